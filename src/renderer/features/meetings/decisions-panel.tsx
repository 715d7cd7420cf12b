import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { createRecord } from '../../db/repository'
import type { Decision } from '../../db/types'
import { reportSaveError } from '../../ui/save-errors'
import { deleteWithUndo } from './undo-delete'
import { CommitmentLink, PledgeModal } from './pledge-modal'
import { useState } from 'react'
import { compareInstants } from '../../../shared/time'
import { isLive } from '../../db/live'

export function DecisionsPanel({ meetingId, rows }: { meetingId: string; rows: Decision[] }) {
  const { db, actor } = useServices()
  const { t } = useTranslation('meetings')
  const live = rows.filter(isLive).sort((a, b) => compareInstants(a.createdAt, b.createdAt))
  const [pledgeFor, setPledgeFor] = useState<Decision | null>(null)
  const form = useForm({ mode: 'controlled', initialValues: { text: '' } })
  const add = form.onSubmit(async (v) => {
    try {
      await createRecord(
        db,
        'decisions',
        { meetingId, agendaItemId: null, text: v.text },
        { actor },
      )
      form.reset()
    } catch (error) {
      reportSaveError(error, form.setFieldError)
    }
  })
  return (
    <Paper withBorder p="md" data-testid="decisions-panel">
      <Title order={3} mb="sm">
        {t('decisions.title')}
      </Title>
      {live.length === 0 ? (
        <Text c="dimmed" mb="sm">
          {t('decisions.empty')}
        </Text>
      ) : (
        <Stack
          gap="xs"
          mb="md"
          component="ol"
          style={{ listStyle: 'none', paddingLeft: 0, marginTop: 0 }}
        >
          {live.map((d, i) => (
            <li key={d.id}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Text w={24} ta="right" style={{ flexShrink: 0 }}>
                  {i + 1}.
                </Text>
                <Text style={{ flex: 1, minWidth: 0 }}>{d.text}</Text>
                {d.commitmentId ? (
                  <CommitmentLink id={d.commitmentId} />
                ) : (
                  <Button size="compact-xs" variant="light" onClick={() => setPledgeFor(d)}>
                    {t('actions.toCommitment')}
                  </Button>
                )}
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() =>
                    void deleteWithUndo(
                      db,
                      actor,
                      'decisions',
                      d.id,
                      t('common:history.delete'),
                      t('common:actions.undo'),
                    )
                  }
                >
                  {t('common:actions.delete')}
                </Button>
              </Group>
            </li>
          ))}
        </Stack>
      )}
      <form onSubmit={add} noValidate>
        <Group align="flex-end">
          <TextInput
            label={t('decisions.text')}
            style={{ flex: 1 }}
            {...form.getInputProps('text')}
          />
          <Button type="submit" variant="light">
            {t('decisions.add')}
          </Button>
        </Group>
      </form>
      {pledgeFor && (
        <PledgeModal
          source={{ table: 'decisions', record: pledgeFor }}
          onClose={() => setPledgeFor(null)}
        />
      )}
    </Paper>
  )
}
