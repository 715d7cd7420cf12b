/**
 * What a trash entry says about the record it holds: enough to tell two deleted figures apart
 * ("Balangan · 2023 · pekerja rentan · 41.120 terdaftar · Sumber: …"), not only the table name.
 * Pure: names of regions, commitments, meetings and stakeholders come in as a lookup.
 */
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatPeriod,
  type Locale,
} from '../../../shared/format'
import type { UserTableName } from '../../db/types'
import { coverageRatio } from '../../domain/coverage-math'
import { shareText } from '../../domain/figure-text'
import { common } from '../../i18n/messages/common'
import { coverage as coverageWords } from '../../i18n/messages/coverage'
import { trash as trashWords } from '../../i18n/messages/trash'
import { paritrana as paritranaWords } from '../../i18n/messages/paritrana'
import type { CoverageObservation } from '../../db/types'

/** Names of the records a deleted record points at (deleted ones included). */
export interface TrashNames {
  region(id: string): string | undefined
  commitment(id: string): string | undefined
  meeting(id: string): string | undefined
  stakeholder(id: string): string | undefined
}

type Row = Record<string, unknown>

const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null)

function lower(text: string, locale: Locale): string {
  // "Pekerja rentan" reads as a word inside the line; "PU"/"BPU" stay as they are.
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLocaleLowerCase(locale) + text.slice(1) : text
}

/** "dari 64.000 (target Bappenas)": two figures of one region and year differ by their base. */
function ofBase(r: Row, size: number, locale: Locale): string {
  const name = str(r.baseLabel) || common[locale].baseKinds[str(r.baseKind) as 'target']
  return `${trashWords[locale].ofBase} ${formatNumber(size, locale)}${name ? ` (${name})` : ''}`
}

function coverageLabel(r: Row, locale: Locale, names: TrashNames): string[] {
  const words = common[locale]
  const f = coverageWords[locale].figure
  const o = r as unknown as CoverageObservation
  const measure = words.measures[o.measure] ?? str(r.measure)
  const count = num(r.count)
  const baseSize = num(r.baseSize)
  const amount =
    count !== null
      ? `${formatNumber(count, locale)} ${measure}${baseSize !== null ? ` ${ofBase(r, baseSize, locale)}` : ''}`
      : coverageRatio(o).percent !== null
        ? `${shareText(coverageRatio(o), locale)} ${measure}`
        : measure
  const source = [str(r.sourceInstitution), str(r.sourceDocument)].filter(Boolean).join('; ')
  return [
    names.region(str(r.regionId)) ?? str(r.regionId),
    formatPeriod(str(r.period), locale),
    lower(words.segments[o.segment] ?? str(r.segment), locale),
    amount,
    source ? f.source.replace('{{source}}', source) : '',
  ]
}

function targetLabel(r: Row, locale: Locale, names: TrashNames): string[] {
  const words = common[locale]
  const value = num(r.value)
  const setter = coverageWords[locale].setters[str(r.setBy) as 'bappenas'] ?? str(r.setBy)
  return [
    names.region(str(r.regionId)) ?? str(r.regionId),
    String(num(r.year) ?? ''),
    lower(words.segments[str(r.segment) as 'pu'] ?? str(r.segment), locale),
    value === null
      ? ''
      : r.unit === 'percent'
        ? formatPercent(value, locale, 2)
        : `${formatNumber(value, locale)} ${trashWords[locale].workers}`,
    setter,
  ]
}

/** "Perangkat desa" for a group code, in the UI language. */
function groupWords(r: Row, locale: Locale): string {
  const groups = paritranaWords[locale].groups as Record<string, string>
  return groups[str(r.group)] ?? str(r.group)
}

/** Paritrana and Inpres 2/2021 records: region, group or edition, and what was recorded. */
function paritranaLabel(table: UserTableName, r: Row, locale: Locale, names: TrashNames): string[] {
  const region = names.region(str(r.regionId)) ?? str(r.regionId)
  const p = paritranaWords[locale]
  switch (table) {
    case 'inpresStatus':
      return [
        region,
        groupWords(r, locale),
        (p.statuses as Record<string, string>)[str(r.status)] ?? str(r.status),
        r.asOf ? formatDate(str(r.asOf), locale) : '',
        str(r.sourceDocument),
      ]
    case 'inpresStatements':
      return [
        `${formatNumber(num(r.count) ?? 0, locale)}/${formatNumber(num(r.outOf) ?? 0, locale)}`,
        groupWords(r, locale),
        str(r.quote),
        r.asOf ? formatDate(str(r.asOf), locale) : '',
        str(r.sourceDocument),
      ]
    case 'paritranaEditions':
      return [str(r.title), String(num(r.year) ?? '')]
    case 'paritranaEvidence':
      return [
        region,
        String(num(r.editionYear) ?? ''),
        str(r.indicatorKey),
        num(r.value) !== null ? formatNumber(num(r.value)!, locale) : '',
        str(r.sourceDocument),
      ]
    case 'paritranaScores':
      return [
        region,
        String(num(r.editionYear) ?? ''),
        num(r.total) !== null ? formatNumber(num(r.total)!, locale, 1) : '',
        str(r.rubricName),
      ]
    default:
      return [str(r.name), num(r.version) !== null ? `v${num(r.version)}` : '']
  }
}

/** The words for one deleted record, in the UI language. */
export function trashLabel(
  table: UserTableName,
  r: Row,
  locale: Locale,
  names: TrashNames,
): string {
  const w = trashWords[locale]
  let parts: string[]
  switch (table) {
    case 'coverage':
      parts = coverageLabel(r, locale, names)
      break
    case 'targets':
      parts = targetLabel(r, locale, names)
      break
    case 'commitments':
      parts = [
        str(r.title),
        names.region(str(r.regionId)) ?? str(r.regionId),
        r.deadline ? `${w.deadline} ${formatDate(str(r.deadline), locale)}` : '',
      ]
      break
    case 'measurements': {
      const value = num(r.value)
      const stage = num(r.stageIndex)
      parts = [
        names.commitment(str(r.commitmentId)) ?? '',
        r.date ? formatDate(str(r.date), locale) : '',
        value !== null
          ? formatNumber(value, locale, 2)
          : stage !== null
            ? `${w.stage} ${stage + 1}`
            : '',
        str(r.source),
      ]
      break
    }
    case 'meetings':
      parts = [str(r.title), r.startsOn ? formatDate(str(r.startsOn), locale) : '']
      break
    case 'attendance':
      parts = [names.stakeholder(str(r.stakeholderId)) ?? '', names.meeting(str(r.meetingId)) ?? '']
      break
    case 'agendaItems':
    case 'decisions':
    case 'actionItems':
      parts = [str(r.title) || str(r.text), names.meeting(str(r.meetingId)) ?? '']
      break
    case 'stakeholders':
      parts = [str(r.name), str(r.position), str(r.institutionName)]
      break
    case 'inpresStatus':
    case 'inpresStatements':
    case 'paritranaEditions':
    case 'paritranaEvidence':
    case 'paritranaScores':
    case 'paritranaRubrics':
      parts = paritranaLabel(table, r, locale, names)
      break
    default:
      parts = [str(r.name) || str(r.title) || str(r.text)]
  }
  const label = parts.filter((p) => p !== '').join(' · ')
  return label || String(r.id)
}
