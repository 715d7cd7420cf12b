/**
 * The navigation areas and their screens. Each feature owns its folder under features/ and
 * exports its pages; this table is the only place they are wired in.
 */
import type { ReactElement } from 'react'
import { DashboardPage } from '../features/dashboard/dashboard-page'
import { RegionsRoutes } from '../features/regions/regions-routes'
import { CommitmentsRoutes } from '../features/commitments/commitments-routes'
import { MeetingsRoutes } from '../features/meetings/meetings-routes'
import { BriefingPage } from '../features/briefing/briefing-page'
import { DataPage } from '../features/data/data-page'
import { TrashPage } from '../features/trash/trash-page'
import { SettingsPage } from '../features/settings/settings-page'

export const NAV_ITEMS = [
  { key: 'dashboard', path: '/' },
  { key: 'regions', path: '/wilayah' },
  { key: 'commitments', path: '/komitmen' },
  { key: 'meetings', path: '/kegiatan' },
  { key: 'briefing', path: '/briefing' },
  { key: 'data', path: '/data' },
  { key: 'trash', path: '/sampah' },
  { key: 'settings', path: '/pengaturan' },
] as const

export const ROUTES: { path: string; element: ReactElement }[] = [
  { path: '/', element: <DashboardPage /> },
  { path: '/wilayah/*', element: <RegionsRoutes /> },
  { path: '/komitmen/*', element: <CommitmentsRoutes /> },
  { path: '/kegiatan/*', element: <MeetingsRoutes /> },
  { path: '/briefing/*', element: <BriefingPage /> },
  { path: '/data', element: <DataPage /> },
  { path: '/sampah', element: <TrashPage /> },
  { path: '/pengaturan', element: <SettingsPage /> },
]
