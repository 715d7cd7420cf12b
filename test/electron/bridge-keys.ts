import type { SimpulBridge } from '../../src/shared/bridge-contract'

/** The contract's method names, checked both ways against SimpulBridge by the compiler. */
export const BRIDGE_KEYS = [
  'appInfo',
  'backups',
  'openExternal',
  'openFile',
  'saveFile',
  'setLanguage',
  'syncPassword',
] as const satisfies readonly (keyof SimpulBridge)[]
export const BACKUP_KEYS = [
  'list',
  'openFolder',
  'read',
  'supported',
  'write',
] as const satisfies readonly (keyof SimpulBridge['backups'])[]

type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never]
  ? true
  : { missing: Exclude<All, Listed> }
export const bridgeKeysAreComplete: Exhaustive<keyof SimpulBridge, (typeof BRIDGE_KEYS)[number]> =
  true
export const backupKeysAreComplete: Exhaustive<
  keyof SimpulBridge['backups'],
  (typeof BACKUP_KEYS)[number]
> = true
