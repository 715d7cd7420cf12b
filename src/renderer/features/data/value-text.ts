/**
 * How a stored value reads to a user in the import preview and the exchange conflict view:
 * codes as their Indonesian labels ("pu" → "Penerima Upah (PU)"), numbers, dates and periods
 * in the UI language, region codes with their names. Pure: the labels and formatters come in
 * as a ValueFormatter (use-value-text.ts builds one from i18n and the region list).
 */

export type LabelGroup =
  | 'segments'
  | 'measures'
  | 'baseKinds'
  | 'setters'
  | 'units'
  | 'commitmentKinds'
  | 'meetingKinds'
  | 'lifecycle'

export interface ValueFormatter {
  /** The label of a code in a group; the code itself when unknown. */
  label(group: LabelGroup, code: string): string
  number(value: number, fractionDigits: number): string
  percent(value: number): string
  date(iso: string): string
  dateTime(iso: string): string
  period(period: string): string
  /** "63.11 Balangan" for a region id. */
  region(id: string): string
}

const ENUM_FIELDS: Record<string, LabelGroup> = {
  segment: 'segments',
  measure: 'measures',
  baseKind: 'baseKinds',
  setBy: 'setters',
  unit: 'units',
  lifecycle: 'lifecycle',
}
const DATE_FIELDS = new Set([
  'asOfDate',
  'baselineDate',
  'deadline',
  'date',
  'dueDate',
  // 'YYYY-MM-DD' or only 'YYYY' (formatDate leaves a bare year as it is).
  'startsOn',
  'asOf',
  'regulationDate',
])
const INSTANT_FIELDS = new Set(['deletedAt', 'createdAt', 'updatedAt', 'startsAt', 'endsAt'])
const YEAR_FIELDS = new Set(['year', 'stageIndex', 'rev', 'order'])

function enumGroup(table: string, field: string): LabelGroup | null {
  if (field === 'kind')
    return table === 'commitments'
      ? 'commitmentKinds'
      : table === 'meetings'
        ? 'meetingKinds'
        : null
  return ENUM_FIELDS[field] ?? null
}

export const EMPTY_VALUE = '—'

export function valueText(table: string, field: string, value: unknown, f: ValueFormatter): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE
  if (typeof value === 'string') {
    const group = enumGroup(table, field)
    if (group) return f.label(group, value)
    if (field === 'regionId') return f.region(value)
    if (field === 'period') return f.period(value)
    if (DATE_FIELDS.has(field)) return f.date(value)
    if (INSTANT_FIELDS.has(field)) return f.dateTime(value)
    return value
  }
  if (typeof value === 'number') {
    if (field === 'statedPercent') return f.percent(value)
    // A year is a name, not a quantity: 2025, never 2.025.
    if (YEAR_FIELDS.has(field) || field.endsWith('Year')) return String(value)
    return f.number(value, 2)
  }
  if (typeof value === 'boolean') return value ? '✓' : EMPTY_VALUE
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY_VALUE
    if (value.every((v) => typeof v === 'string'))
      return (field === 'regionIds' ? value.map((v) => f.region(v)) : value).join(' | ')
    return value
      .map((v) =>
        v && typeof v === 'object' && 'label' in v
          ? String((v as { label: unknown }).label)
          : JSON.stringify(v),
      )
      .join(' | ')
  }
  return JSON.stringify(value)
}

/** One line naming a record, so a user knows which one a conflict is about. */
export function recordTitle(
  table: string,
  row: Record<string, unknown>,
  f: ValueFormatter,
): string {
  const v = (field: string) => valueText(table, field, row[field], f)
  switch (table) {
    case 'coverage':
      return [
        v('regionId'),
        v('period'),
        v('segment'),
        v('measure'),
        row.baseLabel ? String(row.baseLabel) : null,
      ]
        .filter(Boolean)
        .join(' · ')
    case 'targets':
      return [v('regionId'), v('year'), v('segment'), v('setBy')].join(' · ')
    case 'commitments':
      return `${String(row.title ?? '')} (${v('regionId')})`
    case 'measurements':
      return [v('date'), v('value'), row.source ? String(row.source) : null]
        .filter(Boolean)
        .join(' · ')
    case 'meetings':
      return `${String(row.title ?? '')} (${v('startsOn')})`
    default: {
      const name = row.title ?? row.name ?? row.text ?? row.note
      return typeof name === 'string' && name !== '' ? name : String(row.id ?? '')
    }
  }
}
