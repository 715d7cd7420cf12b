import { Stack } from '@mantine/core'
import { PlaceholderPage } from '../../ui/placeholder-page'
import { Welcome } from '../../ui/welcome'

export function DashboardPage() {
  return (
    <Stack>
      <Welcome />
      <PlaceholderPage area="dashboard" />
    </Stack>
  )
}
