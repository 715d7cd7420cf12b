import { Paper, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

/** What a new user sees where there is nothing yet: what this place is for and what to do first. */
export function EmptyState({
  title,
  children,
  actions,
}: {
  title: string
  children: ReactNode
  actions?: ReactNode
}) {
  return (
    <Paper withBorder p="xl" radius="md" maw={760} data-testid="empty-state">
      <Stack gap="sm">
        <Title order={3}>{title}</Title>
        <Text component="div">{children}</Text>
        {actions}
      </Stack>
    </Paper>
  )
}
