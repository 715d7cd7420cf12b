import {
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import {
  INPRES_GROUPS,
  type InpresGroup,
  type InpresStatement,
  type InpresStatus,
} from '../../db/types'
import { ConfirmButton } from '../../ui/confirm-button'
import { cellOf, statementSentence, tallySentence } from '../../domain/paritrana-matrix'
import { useDiscardConfirm } from '../../ui/unsaved-form'
import { useFormat } from '../../ui/use-format'
import { SampleBadge } from '../../ui/sample-badge'
import { regencyName, type ParitranaBoard } from '../../domain/paritrana-board'
import { StatusForm } from './status-form'
import { StatementForm } from './statement-form'
import { useLinkOptions } from './queries'
import { trashParitranaRecord } from './writes'

function CellText({ s }: { s: InpresStatus }) {
  const { t } = useTranslation('paritrana')
  const fmt = useFormat()
  const lines = [t(`statuses.${s.status}`)]
  if (s.covered !== null)
    lines.push(
      s.groupSize !== null
        ? `${fmt.number(s.covered)}/${fmt.number(s.groupSize)}`
        : fmt.number(s.covered),
    )
  if (s.regulationKind)
    lines.push(
      `${t(`regulationKinds.${s.regulationKind}`).split(' ')[0]} ${s.regulationNumber} (${t(`regulationStages.${s.regulationStage ?? 'terbit'}`)})`.replace(
        /\s+/g,
        ' ',
      ),
    )
  if (s.apbdYear !== null)
    lines.push(`APBD ${s.apbdYear}${s.apbdAmount !== null ? `: ${fmt.rupiah(s.apbdAmount)}` : ''}`)
  return (
    <>
      {lines.map((l, i) => (
        <Text key={i} size="xs" fw={i === 0 ? 600 : 400}>
          {l}
        </Text>
      ))}
      <Text size="xs" c="dimmed">
        {s.asOf.length === 4 ? s.asOf : fmt.date(s.asOf)}
      </Text>
    </>
  )
}

/** The matrix of regencies × groups, its sentences, the province statements, and the status form. */
export function MatrixPanel({ board }: { board: ParitranaBoard }) {
  const { t } = useTranslation('paritrana')
  const { locale } = useFormat()
  const { db, actor } = useServices()
  const [editing, setEditing] = useState<{ regionId: string; group: InpresGroup } | null>(null)
  // null: no form; 'new': a new statement; otherwise the statement being edited.
  const [stating, setStating] = useState<InpresStatement | 'new' | null>(null)
  const [dirty, setDirty] = useState(false)
  const discard = useDiscardConfirm(dirty)
  const provinceId = board.province?.id ?? ''
  const links = useLinkOptions(provinceId)
  const nameOf = (id: string) => {
    const r = board.regencies.find((x) => x.id === id)
    return r ? regencyName(r) : id
  }
  const first = board.regencies[0]?.id
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h5">
            {t('matrix.statements')}
          </Title>
          {provinceId && (
            <Button size="xs" onClick={() => setStating('new')} data-testid="statement-add">
              {t('statementForm.add')}
            </Button>
          )}
        </Group>
        {board.statements.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('matrix.noStatements')}
          </Text>
        ) : (
          <Stack gap={6} data-testid="paritrana-statements">
            {board.statements.map((s) => (
              <Group key={s.id} gap="xs" wrap="nowrap" align="flex-start" data-statement={s.id}>
                <Text size="sm" style={{ flex: 1 }}>
                  {statementSentence(s, locale)} <SampleBadge isSample={s.isSample} />
                </Text>
                <Button size="compact-xs" variant="subtle" onClick={() => setStating(s)}>
                  {t('statementForm.edit')}
                </Button>
                <ConfirmButton
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  message={t('statementForm.deleteConfirm')}
                  onConfirm={() => trashParitranaRecord(db, 'inpresStatements', s.id, actor)}
                >
                  {t('statementForm.delete')}
                </ConfirmButton>
              </Group>
            ))}
          </Stack>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          {t('matrix.sentences')}
        </Title>
        <Stack gap={4} data-testid="paritrana-sentences">
          {board.tallies.map((tally) => (
            <Text key={tally.group} size="sm">
              {tallySentence(tally, nameOf, locale)}
            </Text>
          ))}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('matrix.legend')}
          </Text>
          {first && (
            <Button
              w="fit-content"
              onClick={() => setEditing({ regionId: first, group: 'perangkat_desa' })}
              data-testid="inpres-record"
            >
              {t('matrix.record')}
            </Button>
          )}
          <Table.ScrollContainer minWidth={900}>
            <Table withTableBorder withColumnBorders data-testid="inpres-matrix" fz="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('matrix.region')}</Table.Th>
                  {INPRES_GROUPS.map((g) => (
                    <Table.Th key={g}>{t(`groups.${g}`)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {board.regencies.map((r) => (
                  <Table.Tr key={r.id} data-region={r.id}>
                    <Table.Th scope="row">{regencyName(r)}</Table.Th>
                    {INPRES_GROUPS.map((g) => {
                      const s = cellOf(board.current, r.id, g)
                      return (
                        <Table.Td key={g} data-group={g} data-status={s?.status ?? ''}>
                          <UnstyledButton
                            onClick={() => setEditing({ regionId: r.id, group: g })}
                            aria-label={t('matrix.cellHint', {
                              region: regencyName(r),
                              group: t(`groups.${g}`),
                            })}
                            w="100%"
                          >
                            {s ? (
                              <CellText s={s} />
                            ) : (
                              <Text size="xs" c="dimmed">
                                {t('noRecord')}
                              </Text>
                            )}
                          </UnstyledButton>
                        </Table.Td>
                      )
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Paper>
      <Modal
        opened={editing !== null}
        onClose={() => discard.ask(() => setEditing(null))}
        title={t('form.title')}
        size="lg"
      >
        {editing && (
          <StatusForm
            regencies={board.regencies}
            regionId={editing.regionId}
            group={editing.group}
            current={cellOf(board.current, editing.regionId, editing.group)}
            onDone={() => setEditing(null)}
            onDirtyChange={setDirty}
          />
        )}
      </Modal>
      <Modal
        opened={stating !== null}
        onClose={() => discard.ask(() => setStating(null))}
        title={stating === 'new' ? t('statementForm.titleNew') : t('statementForm.titleEdit')}
        size="lg"
      >
        {stating !== null && (
          <StatementForm
            provinceId={provinceId}
            outOf={board.regencies.length}
            statement={stating === 'new' ? null : stating}
            links={links}
            onDone={() => setStating(null)}
            onDirtyChange={setDirty}
          />
        )}
      </Modal>
      {discard.dialog}
      {board.regencies.length === 0 && <Alert color="yellow">{t('card.none')}</Alert>}
    </Stack>
  )
}
