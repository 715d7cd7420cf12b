/**
 * The meeting page's one way to change its parts. While the minutes are a draft a change is
 * saved at once; once they are final the same control first asks for the reason of the
 * correction (saying what will change), then saves the change with its correction.
 */
import { Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core'
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import type { Meeting, MinutesCorrection } from '../../db/types'
import { correctionText } from '../../domain/minutes-logic'
import { reportSaveError } from '../../ui/save-errors'
import { useFormat } from '../../ui/use-format'
import { needsReason, savePartChanges, type PartChange } from './minutes-save'

/** Saves the changes (asking for a reason first when they correct final minutes); true when saved. */
type SaveParts = (changes: PartChange[]) => Promise<boolean>

const MinutesWriteContext = createContext<{ save: SaveParts; final: boolean } | null>(null)

export function useMinutesWrite(): { save: SaveParts; final: boolean } {
  const value = useContext(MinutesWriteContext)
  if (!value) throw new Error('useMinutesWrite outside MinutesWriteProvider')
  return value
}

interface Pending {
  changes: PartChange[]
  corrections: MinutesCorrection[]
  resolve: (saved: boolean) => void
}

export function MinutesWriteProvider({
  meeting,
  children,
}: {
  meeting: Meeting
  children: ReactNode
}) {
  const { db, actor } = useServices()
  const { t } = useTranslation('meetings')
  const fmt = useFormat()
  const [pending, setPending] = useState<Pending | null>(null)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const save = useCallback<SaveParts>(
    async (changes) => {
      const corrections = needsReason(meeting, changes)
      if (!corrections.length) {
        try {
          await savePartChanges(db, actor, meeting, changes)
          return true
        } catch (e) {
          reportSaveError(e)
          return false
        }
      }
      return new Promise<boolean>((resolve) => {
        setReason('')
        setError(null)
        setPending({ changes, corrections, resolve })
      })
    },
    [db, actor, meeting],
  )

  const close = (saved: boolean) => {
    pending?.resolve(saved)
    setPending(null)
  }
  const confirm = async () => {
    if (!pending) return
    if (!reason.trim()) {
      setError(`${t('minutes.reason')}: ${t('minutes.reasonRequired')}`)
      return
    }
    setBusy(true)
    try {
      await savePartChanges(db, actor, meeting, pending.changes, reason)
      close(true)
    } catch (e) {
      reportSaveError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <MinutesWriteContext.Provider value={{ save, final: meeting.minutesStatus === 'final' }}>
      {children}
      <Modal
        opened={pending !== null}
        onClose={() => close(false)}
        title={t('minutes.correctTitle')}
        centered
        size="lg"
      >
        <Stack>
          <Text size="sm">{t('minutes.correctIntro')}</Text>
          <List size="sm" data-testid="correction-preview">
            {pending?.corrections.map((c) => (
              <List.Item key={c.recordId + c.action}>{correctionText(c, fmt.locale)}</List.Item>
            ))}
          </List>
          <Textarea
            label={t('minutes.reason')}
            required
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            error={error}
            onChange={(e) => {
              setReason(e.currentTarget.value)
              setError(null)
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void confirm()
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => close(false)}>
              {t('common:actions.cancel')}
            </Button>
            <Button onClick={() => void confirm()} loading={busy}>
              {t('minutes.saveCorrection')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </MinutesWriteContext.Provider>
  )
}
