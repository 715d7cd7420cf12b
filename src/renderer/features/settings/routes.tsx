/** The settings screen, loaded on demand by app/routes.tsx. */
export { SettingsPage } from './settings-page'
