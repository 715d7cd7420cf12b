import { PlaceholderPage } from '../../ui/placeholder-page'

export function CommitmentsRoutes() {
  return <PlaceholderPage area="commitments" />
}
