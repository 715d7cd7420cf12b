/**
 * The minutes of the meeting: draft or final, making them final, the corrections recorded
 * since, and the filled notulen as a PDF.
 */
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import type { Meeting } from '../../db/types'
import { correctionText, isFinal } from '../../domain/minutes-logic'
import { ConfirmButton } from '../../ui/confirm-button'
import { reportSaveError } from '../../ui/save-errors'
import { useFormat } from '../../ui/use-format'
import { buildNotulenPdf } from '../briefing'
import { finaliseMinutes } from './minutes-save'
import { buildNotulenModel, notulenFileName } from './notulen-model'
import { loadNotulenSource } from './queries'

export function NotulenPanel({ meeting }: { meeting: Meeting }) {
  const { db, actor, bridge } = useServices()
  const { t } = useTranslation('meetings')
  const { t: tb } = useTranslation('briefing')
  const fmt = useFormat()
  const [busy, setBusy] = useState(false)
  const final = isFinal(meeting)
  const corrections = meeting.corrections ?? []

  const finalise = async () => {
    try {
      await finaliseMinutes(db, actor, meeting)
      notifications.show({ color: 'teal', message: t('minutes.finalised') })
    } catch (error) {
      reportSaveError(error)
    }
  }
  const makePdf = async () => {
    setBusy(true)
    try {
      const source = await loadNotulenSource(db, meeting.id)
      if (!source) return
      const model = buildNotulenModel(source, { now: new Date(), preparedBy: actor.name })
      const bytes = await buildNotulenPdf(model)
      const result = await bridge.saveFile({
        suggestedName: notulenFileName(meeting.title, model.final),
        data: bytes,
        mimeType: 'application/pdf',
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      })
      notifications.show(
        result.saved
          ? { color: 'teal', message: t('minutes.pdfSaved', { name: result.location }) }
          : { color: 'gray', message: tb('cancelled') },
      )
    } catch (error) {
      notifications.show({
        color: 'red',
        message: tb('failed', { message: error instanceof Error ? error.message : String(error) }),
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Paper withBorder p="md" data-testid="notulen-panel">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Title order={3}>{t('minutes.title')}</Title>
          <Badge color={final ? 'teal' : 'yellow'} variant="light" data-testid="minutes-status">
            {final ? t('minutes.final') : t('minutes.draft')}
          </Badge>
        </Group>
        <Group gap="xs">
          {!final && (
            <ConfirmButton
              variant="light"
              message={t('minutes.finaliseConfirm')}
              onConfirm={finalise}
            >
              {t('minutes.finalise')}
            </ConfirmButton>
          )}
          <Button onClick={() => void makePdf()} loading={busy} loaderProps={{ type: 'dots' }}>
            {busy ? t('minutes.pdfBusy') : t('minutes.pdf')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {final
          ? t('minutes.finalSince', {
              when: meeting.finalisedAt ? fmt.dateTime(meeting.finalisedAt) : '—',
              who: meeting.finalisedBy || '—',
            })
          : t('minutes.draftHint')}
      </Text>
      {final && (
        <Stack gap={6} mt="sm" data-testid="corrections">
          <Text fw={600}>{t('minutes.corrections')}</Text>
          {corrections.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('minutes.noCorrections')}
            </Text>
          ) : (
            corrections.map((c, i) => (
              <div key={`${c.at}-${c.recordId}-${i}`} data-testid="correction">
                <Text size="xs" c="dimmed">
                  {t('minutes.by', { when: fmt.dateTime(c.at), who: c.by || '—' })}
                </Text>
                <Text size="sm">{correctionText(c, fmt.locale)}</Text>
                <Text size="sm" fs="italic">
                  {t('minutes.because', { reason: c.reason })}
                </Text>
              </div>
            ))
          )}
        </Stack>
      )}
    </Paper>
  )
}
