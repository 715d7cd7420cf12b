/** The Ringkasan screen, loaded on demand by app/routes.tsx. */
export { DashboardPage } from './dashboard-page'
