/**
 * What other areas may use of the sync area: the runner the shell mounts, the header status,
 * the settings panel, and the replica's document format for tools and tests.
 */
export { SyncRunner } from './sync-runner'
export { SyncStatusBadge } from './sync-status'
export { SyncSettingsPanel } from './sync-settings-panel'
export { docId, stampOf, regionPath, scopeOf, heldBy, type SyncDoc } from './sync-doc'
export { checkServerUrl } from './server-url'
