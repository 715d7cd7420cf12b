import { Alert, Button, Stack, Text } from '@mantine/core'
import { Component, type ReactNode } from 'react'
import { Translation } from 'react-i18next'

/** A screen that throws shows what happened and how to recover, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  override componentDidCatch(error: Error) {
    console.error(error)
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <Translation>
        {(t) => (
          <Alert color="red" title={t('errors.title')} role="alert">
            <Stack gap="sm">
              <Text>{t('errors.unexpected')}</Text>
              <Text size="sm" c="dimmed">
                {this.state.error?.message}
              </Text>
              <Button variant="light" onClick={() => window.location.reload()} w="fit-content">
                {t('actions.reload')}
              </Button>
            </Stack>
          </Alert>
        )}
      </Translation>
    )
  }
}
