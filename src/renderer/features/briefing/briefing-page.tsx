import { PlaceholderPage } from '../../ui/placeholder-page'

export function BriefingPage() {
  return <PlaceholderPage area="briefing" />
}
