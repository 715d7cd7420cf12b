export { SyncPage } from './sync-page'
