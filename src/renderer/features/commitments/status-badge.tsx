import { Badge, Tooltip, type BadgeProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CommitmentStatus } from '../../domain/progress'

/** Colour per status; the text always goes with it, never colour alone. */
export const STATUS_COLORS: Record<CommitmentStatus, string> = {
  lewat_tenggat: 'red',
  terlambat: 'red',
  perlu_perhatian: 'orange',
  data_usang: 'yellow',
  belum_ada_data: 'gray',
  sesuai_jalur: 'teal',
  tercapai: 'green',
  dibatalkan: 'dark',
}

/** Overdue and behind are filled so they stand out on a projector; the rest are light. */
const FILLED: ReadonlySet<CommitmentStatus> = new Set(['lewat_tenggat', 'terlambat'])

const MARKS: Record<CommitmentStatus, string> = {
  lewat_tenggat: '!',
  terlambat: '!',
  perlu_perhatian: '▲',
  data_usang: '?',
  belum_ada_data: '–',
  sesuai_jalur: '✓',
  tercapai: '✓',
  dibatalkan: '×',
}

export function CommitmentStatusBadge({
  status,
  size = 'md',
}: {
  status: CommitmentStatus
  size?: BadgeProps['size']
}) {
  const { t } = useTranslation('commitments')
  return (
    <Tooltip label={t(`statusHint.${status}`)}>
      <Badge
        color={STATUS_COLORS[status]}
        variant={FILLED.has(status) ? 'filled' : 'light'}
        size={size}
        radius="sm"
        data-testid="commitment-status"
        data-status={status}
        leftSection={<span aria-hidden>{MARKS[status]}</span>}
      >
        {t(`status.${status}`)}
      </Badge>
    </Tooltip>
  )
}
