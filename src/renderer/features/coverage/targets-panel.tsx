import { Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useLiveQuery } from 'dexie-react-hooks'
import { Fragment, useMemo, useState } from 'react'
import { useDiscardConfirm } from '../../ui/unsaved-form'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { restoreRecord, softDeleteRecord } from '../../db/repository'
import type { CoverageTarget } from '../../db/types'
import { ConfirmButton } from '../../ui/confirm-button'
import { RecordHistory } from '../../ui/record-history'
import { SampleBadge } from '../../ui/sample-badge'
import { todayWita, yearOfDay } from '../../../shared/time'
import { coverageOfRegion, targetsOfRegion } from './coverage-queries'
import { paceForTarget } from '../../domain/pace'
import { PaceText } from '../../ui/pace-text'
import { TargetForm, useTargetValueText } from './target-form'
import { sortTargets } from './target-logic'

type Editing = { target: CoverageTarget | null; defaultYear: number } | null

/** A region's coverage targets with add, edit and move-to-trash; used on the region and province profiles. */
export function TargetsPanel({ regionId }: { regionId: string }) {
  const { db, actor } = useServices()
  const { t } = useTranslation('coverage')
  const { t: tc } = useTranslation()
  const valueText = useTargetValueText()
  const [editing, setEditing] = useState<Editing>(null)
  const [dirty, setDirty] = useState(false)
  const discard = useDiscardConfirm(dirty)
  const targets = useLiveQuery(() => targetsOfRegion(db, regionId), [db, regionId])
  const rows = sortTargets(targets ?? [])
  const figures = useLiveQuery(() => coverageOfRegion(db, regionId), [db, regionId])
  const today = todayWita(new Date())
  const paces = useMemo(
    () => new Map(rows.map((x) => [x.id, paceForTarget(x, figures ?? [], today)])),
    [rows, figures, today],
  )

  const add = () =>
    setEditing({ target: null, defaultYear: Number(yearOfDay(todayWita(new Date()))) })
  const remove = async (x: CoverageTarget) => {
    await softDeleteRecord(db, 'targets', x.id, { actor })
    const id = `target-deleted-${x.id}`
    notifications.show({
      id,
      color: 'teal',
      message: (
        <Group gap="sm" justify="space-between">
          <Text size="sm">{t('target.deleted')}</Text>
          <Button
            size="compact-xs"
            variant="light"
            onClick={async () => {
              notifications.hide(id)
              await restoreRecord(db, 'targets', x.id, { actor })
              notifications.show({ message: t('target.restored'), color: 'teal' })
            }}
          >
            {tc('actions.undo')}
          </Button>
        </Group>
      ),
    })
  }

  return (
    <Paper withBorder p="md" data-testid="region-targets">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={3} size="h4">
          {t('target.title')}
        </Title>
        <Button size="sm" onClick={add}>
          {t('target.add')}
        </Button>
      </Group>
      {!rows.length ? (
        <Text c="dimmed" data-testid="targets-empty">
          {t('target.emptyHelp')}
        </Text>
      ) : (
        <Stack gap="xs">
          <Table.ScrollContainer minWidth={720}>
            <Table striped withTableBorder verticalSpacing="xs" data-testid="targets-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('target.colYear')}</Table.Th>
                  <Table.Th>{t('target.colSegment')}</Table.Th>
                  <Table.Th>{t('target.colValue')}</Table.Th>
                  <Table.Th>{t('target.colSetBy')}</Table.Th>
                  <Table.Th>{t('target.colSource')}</Table.Th>
                  <Table.Th>{t('target.colActions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((x) => (
                  <Fragment key={x.id}>
                    <Table.Tr data-target-id={x.id}>
                      <Table.Td>{x.year}</Table.Td>
                      <Table.Td>{tc(`segments.${x.segment}`)}</Table.Td>
                      <Table.Td>
                        <Text fw={700} component="span">
                          {valueText(x)}
                        </Text>{' '}
                        <SampleBadge isSample={x.isSample} />
                      </Table.Td>
                      <Table.Td>{t(`setters.${x.setBy}`)}</Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2}>
                          {x.sourceDocument}
                        </Text>
                        {x.note && (
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {x.note}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="xs"
                            variant="light"
                            onClick={() => setEditing({ target: x, defaultYear: x.year })}
                            aria-label={`${tc('actions.edit')} ${t('target.line', { year: x.year, value: valueText(x), setBy: t(`setters.${x.setBy}`) })}`}
                          >
                            {tc('actions.edit')}
                          </Button>
                          <ConfirmButton
                            size="xs"
                            variant="subtle"
                            color="red"
                            message={t('target.deleteConfirm', {
                              year: x.year,
                              value: valueText(x),
                              segment: tc(`segments.${x.segment}`),
                            })}
                            onConfirm={() => remove(x)}
                          >
                            {tc('actions.delete')}
                          </ConfirmButton>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                    {figures && paces.get(x.id) && (
                      <Table.Tr data-pace-for={x.id}>
                        <Table.Td colSpan={6}>
                          <Text size="xs" fw={600} c="dimmed">
                            {t('pace.title')}
                          </Text>
                          <PaceText pace={paces.get(x.id)!} testId="target-pace" />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="dimmed">
            {t('target.panelHint')}
          </Text>
        </Stack>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => discard.ask(() => setEditing(null))}
        title={editing?.target ? t('target.edit') : t('target.add')}
        size="lg"
      >
        {editing !== null && (
          <Stack gap="md">
            <TargetForm
              key={editing.target?.id ?? 'new'}
              regionId={regionId}
              existing={editing.target}
              defaultYear={editing.defaultYear}
              onDone={() => setEditing(null)}
              onDirtyChange={setDirty}
              onEditInstead={(target) => setEditing({ target, defaultYear: target.year })}
            />
            {editing.target && <RecordHistory table="targets" recordId={editing.target.id} />}
          </Stack>
        )}
      </Modal>
      {discard.dialog}
    </Paper>
  )
}
