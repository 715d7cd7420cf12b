import {
  AppShell,
  Badge,
  Burger,
  Group,
  Loader,
  MantineProvider,
  NavLink,
  Stack,
  Text,
  Title,
  createTheme,
} from '@mantine/core'
import { Suspense, useState } from 'react'
import { DatesProvider } from '@mantine/dates'
import { useDisclosure } from '@mantine/hooks'
import { Notifications } from '@mantine/notifications'
import type { i18n as I18n } from 'i18next'
import { I18nextProvider, useTranslation } from 'react-i18next'
import {
  createHashRouter,
  NavLink as RouterNavLink,
  Route,
  RouterProvider,
  Routes,
  useLocation,
} from 'react-router'
import 'dayjs/locale/id'
import { ServicesProvider, type Services } from './services'
import { NAV_ITEMS, ROUTES } from './routes'
import { ErrorBoundary } from './error-boundary'
import { AutoBackup } from '../features/data'
import { SyncRunner, SyncStatusBadge } from '../features/sync'

const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'sm',
  // Officials who ask their OS for less motion get dialogs that open and close at once.
  respectReducedMotion: true,
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
})

function Shell({ persisted }: { persisted: boolean }) {
  const { t } = useTranslation()
  const [opened, { toggle, close }] = useDisclosure()
  const location = useLocation()
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a className="skip-link" href="#main">
        {t('shell:skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Title order={1} size="h3" c="teal.8">
              {t('appName')}
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              {t('tagline')}
            </Text>
          </Group>
          <SyncStatusBadge />
          {!persisted && (
            <Badge color="yellow" variant="light" title={t('shell:persistDenied')}>
              {t('shell:persistDenied').split('.')[0]}
            </Badge>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('appName')}>
        <Stack gap={2} component="nav">
          {NAV_ITEMS.map((item) => (
            <NavLink
              key={item.path}
              component={RouterNavLink}
              to={item.path}
              label={t(`nav.${item.key}`)}
              active={
                item.path === '/'
                  ? location.pathname === '/'
                  : location.pathname.startsWith(item.path)
              }
              onClick={close}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <ErrorBoundary key={location.pathname}>
          <Suspense fallback={<Loader aria-label={t('states.loading')} m="xl" />}>
            <Routes>
              {ROUTES.map((r) => (
                <Route key={r.path} path={r.path} element={r.element} />
              ))}
            </Routes>
          </Suspense>
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  )
}

/**
 * A data router (one splat route; the screens keep their nested <Routes>) so a form with
 * unsaved input can ask before the app moves elsewhere (useBlocker needs one).
 */
function AppRouter({ persisted }: { persisted: boolean }) {
  const [router] = useState(() =>
    createHashRouter([{ path: '*', element: <Shell persisted={persisted} /> }]),
  )
  return <RouterProvider router={router} />
}

export function App({
  services,
  i18n,
  persisted,
}: {
  services: Services
  i18n: I18n
  persisted: boolean
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <ServicesProvider value={services}>
        <MantineProvider theme={theme}>
          <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
            <Notifications position="top-right" />
            {/* Scheduled backups run wherever the user is in the app, not only on the Data page. */}
            <AutoBackup />
            {/* The replica beside Dexie and live sync, when the office has set it up. */}
            <SyncRunner />
            <AppRouter persisted={persisted} />
          </DatesProvider>
        </MantineProvider>
      </ServicesProvider>
    </I18nextProvider>
  )
}
