import { Anchor, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useServices } from '../../app/services'
import type { ParitranaEdition } from '../../db/types'
import { ConfirmButton } from '../../ui/confirm-button'
import { useDiscardConfirm } from '../../ui/unsaved-form'
import { SampleBadge } from '../../ui/sample-badge'
import { useFormat } from '../../ui/use-format'
import { useLinkOptions, useTitles } from './queries'
import { EditionForm } from './edition-form'
import { trashParitranaRecord } from './writes'
import { regencyName, type ParitranaBoard } from '../../domain/paritrana-board'

/** Each edition with its stages (planned and held dates), regions, meetings and commitments. */
export function EditionsPanel({ board }: { board: ParitranaBoard }) {
  const { t } = useTranslation('paritrana')
  const fmt = useFormat()
  const meetingIds = board.editions.flatMap((e) => e.stages.flatMap((s) => s.meetingIds))
  const commitmentIds = board.editions.flatMap((e) => e.stages.flatMap((s) => s.commitmentIds))
  const titles = useTitles(meetingIds, commitmentIds)
  const { db, actor } = useServices()
  const provinceId = board.province?.id ?? ''
  const links = useLinkOptions(provinceId)
  // null: no form; 'new': a new edition; otherwise the edition being edited.
  const [editing, setEditing] = useState<ParitranaEdition | 'new' | null>(null)
  const [dirty, setDirty] = useState(false)
  const discard = useDiscardConfirm(dirty)
  const formModal = (
    <>
      <Modal
        opened={editing !== null}
        onClose={() => discard.ask(() => setEditing(null))}
        title={editing === 'new' ? t('editionForm.titleNew') : t('editionForm.titleEdit')}
        size="xl"
      >
        {editing !== null && (
          <EditionForm
            provinceId={provinceId}
            regencies={board.regencies}
            year={board.editionYear}
            edition={editing === 'new' ? null : editing}
            links={links}
            onDone={() => setEditing(null)}
            onDirtyChange={setDirty}
          />
        )}
      </Modal>
      {discard.dialog}
    </>
  )
  const addButton = provinceId ? (
    <Button w="fit-content" onClick={() => setEditing('new')} data-testid="edition-add">
      {t('editionForm.add')}
    </Button>
  ) : null
  const nameOf = (id: string) => {
    const r = board.regencies.find((x) => x.id === id)
    return r ? regencyName(r) : id
  }
  const when = (d: string | null) =>
    d === null ? t('editions.unknownDate') : d.length === 4 ? d : fmt.date(d)
  if (!board.editions.length)
    return (
      <Stack gap="sm">
        {addButton}
        <Text size="sm" c="dimmed">
          {t('editions.none')}
        </Text>
        {formModal}
      </Stack>
    )
  return (
    <Stack gap="md" data-testid="paritrana-editions">
      {addButton}
      {formModal}
      {board.editions.map((e) => {
        const committee = e.committeeId ? titles?.committees.get(e.committeeId) : undefined
        return (
          <Paper withBorder p="md" key={e.id} data-edition={e.id}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Title order={3} size="h5">
                {e.title} · {t(`editions.categories.${e.category}`)}{' '}
                <SampleBadge isSample={e.isSample} />
              </Title>
              <Group gap="xs" wrap="nowrap">
                <Button size="compact-sm" variant="light" onClick={() => setEditing(e)}>
                  {t('editionForm.edit')}
                </Button>
                <ConfirmButton
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  message={t('editionForm.deleteConfirm', { title: e.title })}
                  onConfirm={() => trashParitranaRecord(db, 'paritranaEditions', e.id, actor)}
                >
                  {t('editionForm.delete')}
                </ConfirmButton>
              </Group>
            </Group>
            {e.proposedRegionIds.length > 0 && (
              <Text size="sm">
                {t('editions.proposed')}: {e.proposedRegionIds.map(nameOf).join(', ')}
              </Text>
            )}
            {e.winnerRegionIds.length > 0 && (
              <Text size="sm">
                {t('editions.winners')}: {e.winnerRegionIds.map(nameOf).join(', ')}
              </Text>
            )}
            {committee && (
              <Text size="sm">
                {t('editions.committee')}: {committee.name} (
                {committee.members.map((m) => m.seat).join(', ')})
              </Text>
            )}
            <Table fz="sm" mt="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('editions.stage')}</Table.Th>
                  <Table.Th>{t('editions.planned')}</Table.Th>
                  <Table.Th>{t('editions.actual')}</Table.Th>
                  <Table.Th>{t('editions.regions')}</Table.Th>
                  <Table.Th>{t('editions.meetings')}</Table.Th>
                  <Table.Th>{t('editions.commitments')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {e.stages.map((s) => (
                  <Table.Tr key={s.stage}>
                    <Table.Td>
                      {t(`editions.stages.${s.stage}`)}
                      {s.note && (
                        <Text size="xs" c="dimmed">
                          {s.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{when(s.plannedOn)}</Table.Td>
                    <Table.Td>{when(s.actualOn)}</Table.Td>
                    <Table.Td>
                      {s.regionIds.length > 3
                        ? `${s.regionIds.length}`
                        : s.regionIds.map(nameOf).join(', ')}
                    </Table.Td>
                    <Table.Td>
                      {s.meetingIds.map((id) => (
                        <Anchor
                          key={id}
                          component={Link}
                          to={`/kegiatan/${id}`}
                          size="sm"
                          display="block"
                        >
                          {titles?.meetings.get(id) ?? id}
                        </Anchor>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      {s.commitmentIds.map((id) => (
                        <Anchor
                          key={id}
                          component={Link}
                          to={`/komitmen/${id}`}
                          size="sm"
                          display="block"
                        >
                          {titles?.commitments.get(id) ?? id}
                        </Anchor>
                      ))}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {e.sourceDocument && (
              <Text size="xs" c="dimmed" mt="xs">
                {t('editions.source')}: {e.sourceDocument}
              </Text>
            )}
          </Paper>
        )
      })}
    </Stack>
  )
}
