/**
 * The navigation areas and their screens. Each feature owns its folder under features/ and
 * exports its pages; this table is the only place they are wired in.
 */
import { lazy, type ReactElement } from 'react'

// Each area loads with its first visit: the start-up chunk stays small, and Chart.js, the
// import code and the briefing builder arrive only with the screens that use them.
const DashboardPage = lazy(() =>
  import('../features/dashboard/routes').then((m) => ({ default: m.DashboardPage })),
)
const RegionsRoutes = lazy(() =>
  import('../features/regions/routes').then((m) => ({ default: m.RegionsRoutes })),
)
const CommitmentsRoutes = lazy(() =>
  import('../features/commitments/routes').then((m) => ({
    default: m.CommitmentsRoutes,
  })),
)
const MeetingsRoutes = lazy(() =>
  import('../features/meetings/routes').then((m) => ({ default: m.MeetingsRoutes })),
)
const BriefingPage = lazy(() =>
  import('../features/briefing/routes').then((m) => ({ default: m.BriefingPage })),
)
const DataPage = lazy(() =>
  import('../features/data/routes').then((m) => ({ default: m.DataPage })),
)
const QualityPage = lazy(() =>
  import('../features/quality/routes').then((m) => ({ default: m.QualityPage })),
)
const ParitranaRoutes = lazy(() =>
  import('../features/paritrana/routes').then((m) => ({ default: m.ParitranaRoutes })),
)
const TrashPage = lazy(() =>
  import('../features/trash/routes').then((m) => ({ default: m.TrashPage })),
)
const SyncPage = lazy(() =>
  import('../features/sync/routes').then((m) => ({ default: m.SyncPage })),
)
const SettingsPage = lazy(() =>
  import('../features/settings/routes').then((m) => ({ default: m.SettingsPage })),
)

export const NAV_ITEMS = [
  { key: 'dashboard', path: '/' },
  { key: 'regions', path: '/wilayah' },
  { key: 'commitments', path: '/komitmen' },
  { key: 'meetings', path: '/kegiatan' },
  { key: 'paritrana', path: '/paritrana' },
  { key: 'briefing', path: '/briefing' },
  { key: 'data', path: '/data' },
  { key: 'quality', path: '/periksa-data' },
  { key: 'trash', path: '/sampah' },
  { key: 'settings', path: '/pengaturan' },
] as const

export const ROUTES: { path: string; element: ReactElement }[] = [
  { path: '/', element: <DashboardPage /> },
  { path: '/wilayah/*', element: <RegionsRoutes /> },
  { path: '/komitmen/*', element: <CommitmentsRoutes /> },
  { path: '/kegiatan/*', element: <MeetingsRoutes /> },
  { path: '/paritrana/*', element: <ParitranaRoutes /> },
  { path: '/briefing/*', element: <BriefingPage /> },
  { path: '/data', element: <DataPage /> },
  { path: '/periksa-data', element: <QualityPage /> },
  { path: '/sampah', element: <TrashPage /> },
  { path: '/pengaturan', element: <SettingsPage /> },
  { path: '/sinkron', element: <SyncPage /> },
]
