import type { i18n as I18n } from 'i18next'
import type { StorageProblem } from '../db/durability'

/** Shown instead of the app when the database cannot be used. Plain HTML: Mantine may not be up. */
export function FatalScreen({
  i18n,
  problem,
  reason,
  reload,
}: {
  i18n: I18n
  problem: StorageProblem | 'dbVersionChange'
  reason?: string
  reload?: boolean
}) {
  const t = i18n.getFixedT(null, 'shell')
  const body =
    problem === 'dbOpenFailed' ? t('dbOpenFailedBody', { reason: reason ?? '' }) : t(problem)
  return (
    <main
      role="alert"
      style={{
        maxWidth: 640,
        margin: '15vh auto',
        fontFamily: 'system-ui, sans-serif',
        padding: 24,
      }}
    >
      <h1 style={{ fontSize: 24 }}>{t('dbOpenFailed')}</h1>
      <p style={{ fontSize: 16, lineHeight: 1.5 }}>{body}</p>
      {reload && (
        <button
          type="button"
          onClick={() => window.location.reload()}
          style={{ fontSize: 16, padding: '8px 16px' }}
        >
          {i18n.getFixedT(null, 'common')('actions.reload')}
        </button>
      )}
    </main>
  )
}
