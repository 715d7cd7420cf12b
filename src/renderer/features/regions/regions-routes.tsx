import { PlaceholderPage } from '../../ui/placeholder-page'

export function RegionsRoutes() {
  return <PlaceholderPage area="regions" />
}
