import { PlaceholderPage } from '../../ui/placeholder-page'

export function MeetingsRoutes() {
  return <PlaceholderPage area="meetings" />
}
