import type { TFunction } from 'i18next'
import type { SafetyBackupResult } from './safety-backup'

export const safetyMessage = (t: TFunction<'data'>, s: SafetyBackupResult): string =>
  s.where === 'folder' ? t('safetyFolder', { name: s.fileName }) : t('safetyBrowser')
