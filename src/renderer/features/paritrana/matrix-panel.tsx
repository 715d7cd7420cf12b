import {
  Alert,
  Button,
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
import { INPRES_GROUPS, type InpresGroup, type InpresStatus } from '../../db/types'
import { cellOf, statementSentence, tallySentence } from '../../domain/paritrana-matrix'
import { useDiscardConfirm } from '../../ui/unsaved-form'
import { useFormat } from '../../ui/use-format'
import { SampleBadge } from '../../ui/sample-badge'
import { regencyName, type ParitranaBoard } from '../../domain/paritrana-board'
import { StatusForm } from './status-form'

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
  const [editing, setEditing] = useState<{ regionId: string; group: InpresGroup } | null>(null)
  const [dirty, setDirty] = useState(false)
  const discard = useDiscardConfirm(dirty)
  const nameOf = (id: string) => {
    const r = board.regencies.find((x) => x.id === id)
    return r ? regencyName(r) : id
  }
  const first = board.regencies[0]?.id
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          {t('matrix.statements')}
        </Title>
        {board.statements.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('matrix.noStatements')}
          </Text>
        ) : (
          <Stack gap={4} data-testid="paritrana-statements">
            {board.statements.map((s) => (
              <Text key={s.id} size="sm">
                {statementSentence(s, locale)} <SampleBadge isSample={s.isSample} />
              </Text>
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
      {discard.dialog}
      {board.regencies.length === 0 && <Alert color="yellow">{t('card.none')}</Alert>}
    </Stack>
  )
}
