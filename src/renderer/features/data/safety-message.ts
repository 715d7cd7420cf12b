import type { TFunction } from 'i18next'
import { SafetyCopyError, type SafetyBackupResult } from './safety-backup'

export const safetyMessage = (t: TFunction<'data'>, s: SafetyBackupResult): string =>
  s.where === 'folder' ? t('safetyFolder', { name: s.fileName }) : t('safetyBrowser')

/** The error box of a refused import, restore or merge: no safety copy, or the refusal itself. */
export const refusal = (t: TFunction<'data'>, e: unknown): { title: string; message: string } => ({
  title: e instanceof SafetyCopyError ? t('safetyFailedTitle') : t('refusedTitle'),
  message: (e as Error).message,
})
