/**
 * The package staff carry between offline laptops (USB stick, e-mail, chat app): the records
 * of chosen regions and years, deleted ones included as tombstones, plus what the sending
 * laptop knows about each record's history. Pure: no Dexie, no DOM.
 *
 * A record version is identified by its stamp `<updatedOn>@<updatedAt>` (the device that
 * made the change and when). `ancestors` lists, per record, the stamps of versions the sent
 * version is known to supersede. The receiver uses them to tell "newer than mine" from
 * "changed on both sides" (see exchange-merge.ts).
 */
import { hiddenCharacterProblem } from '../../domain/hidden-characters'
import {
  BackupFormatError,
  CURRENT_SCHEMA_VERSION,
  TABLE_LABELS,
  canonicalJson,
  checkJsonShape,
  sha256Hex,
} from './backup-format'
import { parseInstant, witaFileStamp, yearOfDay } from '../../../shared/time'
import { stampToV2, tableExistsAt, tablesToV2, tablesToV3 } from '../../db/migrations'
import { describeFirstIssue, parseStoredRow } from '../../db/rows'
import {
  USER_TABLES,
  type Region,
  type RecordMeta,
  type UserRecordByTable,
  type UserTableName,
} from '../../db/types'

export const EXCHANGE_FORMAT = 'simpul-exchange'
export const EXCHANGE_FORMAT_VERSION = 1

export type ExchangeRecords = { [K in UserTableName]: UserRecordByTable[K][] }

export interface ExchangeSelection {
  regionIds: string[]
  /** Inclusive year range; null means no limit on that side. */
  fromYear: number | null
  toYear: number | null
}

export interface ExchangePackage {
  format: typeof EXCHANGE_FORMAT
  formatVersion: number
  schemaVersion: number
  packageId: string
  createdAt: string
  deviceId: string
  userName: string
  selection: ExchangeSelection
  checksum: string
  regions: Region[]
  records: ExchangeRecords
  ancestors: Record<string, string[]>
}

export const stampOf = (r: Pick<RecordMeta, 'updatedOn' | 'updatedAt'>): string =>
  `${r.updatedOn}@${r.updatedAt}`
export const recordKey = (table: UserTableName, id: string): string => `${table}/${id}`

/** The year of a calendar value ('2023', '2023-02', '2023-02-09'); never used on an instant. */
const yearOf = (s: string | null | undefined): number | null =>
  s && /^\d{4}/.test(s) ? Number(s.slice(0, 4)) : null

/** The province code of a region code ('63.11' → '63'). */
const provinceOf = (code: string): string => code.split('.')[0] ?? code

/**
 * True when `code` lies in the selection: a chosen region, or a regency or city of a chosen
 * province ("63 Kalimantan Selatan" means the province and its regencies, as in meetings).
 */
export function inSelectedRegions(selection: ExchangeSelection, code: string | null): boolean {
  if (code === null) return false
  return selection.regionIds.includes(code) || selection.regionIds.includes(provinceOf(code))
}

/**
 * Picks the records a package for `selection` carries. Tombstones travel with the rest. A
 * province carries its regencies and cities. The package also carries what its records refer
 * to (a commitment an action item follows, a parent commitment, the meeting a commitment was
 * made at), so the receiving laptop never holds a reference it cannot resolve.
 */
export function selectRecords(all: ExchangeRecords, selection: ExchangeSelection): ExchangeRecords {
  const inRegion = (code: string | null) => inSelectedRegions(selection, code)
  const inYears = (y: number | null) =>
    y === null ||
    ((selection.fromYear === null || y >= selection.fromYear) &&
      (selection.toYear === null || y <= selection.toYear))
  const coverage = all.coverage.filter((r) => inRegion(r.regionId) && inYears(yearOf(r.period)))
  const targets = all.targets.filter((r) => inRegion(r.regionId) && inYears(r.year))
  const commitmentIds = new Set(
    all.commitments
      .filter((r) => inRegion(r.regionId) && inYears(yearOf(r.deadline)))
      .map((c) => c.id),
  )
  const meetingIds = new Set(
    all.meetings
      .filter(
        (m) => m.regionIds.some((id) => inRegion(id)) && inYears(Number(yearOfDay(m.startsOn))),
      )
      .map((m) => m.id),
  )
  // The Paritrana records of the chosen regions, and the meetings and commitments they name.
  const editions = all.paritranaEditions.filter((e) => inRegion(e.regionId) && inYears(e.year))
  const statements = all.inpresStatements.filter(
    (r) => inRegion(r.regionId) && inYears(yearOf(r.asOf)),
  )
  for (const e of editions)
    for (const s of e.stages) {
      s.meetingIds.forEach((id) => meetingIds.add(id))
      s.commitmentIds.forEach((id) => commitmentIds.add(id))
    }
  for (const r of statements) if (r.meetingId) meetingIds.add(r.meetingId)
  const editionCommittees = new Set(editions.map((e) => e.committeeId).filter(Boolean))
  // What the chosen records refer to, until nothing new is added.
  const commitmentById = new Map(all.commitments.map((c) => [c.id, c]))
  for (let grew = true; grew;) {
    grew = false
    const add = (set: Set<string>, id: string | null | undefined) => {
      if (id && !set.has(id)) {
        set.add(id)
        grew = true
      }
    }
    for (const a of all.actionItems)
      if (meetingIds.has(a.meetingId)) add(commitmentIds, a.commitmentId)
    for (const id of [...commitmentIds]) {
      const c = commitmentById.get(id)
      add(commitmentIds, c?.parentId)
      add(meetingIds, c?.meetingId)
    }
  }
  const commitments = all.commitments.filter((c) => commitmentIds.has(c.id))
  const meetings = all.meetings.filter((m) => meetingIds.has(m.id))
  const attendance = all.attendance.filter((a) => meetingIds.has(a.meetingId))
  const people = new Set(attendance.map((a) => a.stakeholderId))
  const stakeholders = all.stakeholders.filter((s) => people.has(s.id) || inRegion(s.regionId))
  const institutions = new Set(
    stakeholders.map((s) => s.institutionId).filter((x): x is string => x !== null),
  )
  return {
    coverage,
    targets,
    commitments,
    measurements: all.measurements.filter((m) => commitmentIds.has(m.commitmentId)),
    meetings,
    agendaItems: all.agendaItems.filter((a) => meetingIds.has(a.meetingId)),
    attendance,
    decisions: all.decisions.filter((d) => meetingIds.has(d.meetingId)),
    actionItems: all.actionItems.filter((a) => meetingIds.has(a.meetingId)),
    stakeholders: all.stakeholders.filter(
      (s) => stakeholders.includes(s) || institutions.has(s.id),
    ),
    committees: all.committees.filter((c) => inRegion(c.regionId) || editionCommittees.has(c.id)),
    inpresStatus: all.inpresStatus.filter((r) => inRegion(r.regionId) && inYears(yearOf(r.asOf))),
    inpresStatements: statements,
    paritranaEditions: editions,
    // Rubrics belong to no region: every laptop may score with any of them.
    paritranaRubrics: all.paritranaRubrics,
    paritranaEvidence: all.paritranaEvidence.filter(
      (r) => inRegion(r.regionId) && inYears(r.editionYear),
    ),
    paritranaScores: all.paritranaScores.filter(
      (r) => inRegion(r.regionId) && inYears(r.editionYear),
    ),
  }
}

/** The region codes the records of a package refer to, with the province of each. */
export function referencedRegions(records: ExchangeRecords): Set<string> {
  const codes = new Set<string>()
  const add = (code: string | null | undefined) => {
    if (!code) return
    codes.add(code)
    codes.add(provinceOf(code))
  }
  for (const r of records.coverage) add(r.regionId)
  for (const r of records.targets) add(r.regionId)
  for (const r of records.commitments) add(r.regionId)
  for (const m of records.meetings) m.regionIds.forEach(add)
  for (const s of records.stakeholders) add(s.regionId)
  for (const c of records.committees) add(c.regionId)
  for (const t of [
    'inpresStatus',
    'inpresStatements',
    'paritranaEvidence',
    'paritranaScores',
  ] as const)
    for (const r of records[t]) add(r.regionId)
  for (const e of records.paritranaEditions) {
    add(e.regionId)
    ;[
      ...e.proposedRegionIds,
      ...e.winnerRegionIds,
      ...e.stages.flatMap((s) => s.regionIds),
    ].forEach(add)
  }
  return codes
}

/** What a package holds, per table and region (a record without one region under '').*/
export interface PackageSummaryRow {
  table: UserTableName
  regionId: string
  count: number
}

export function summarisePackage(records: ExchangeRecords): PackageSummaryRow[] {
  const rows = new Map<string, PackageSummaryRow>()
  const regionOf = (table: UserTableName, r: Record<string, unknown>): string => {
    if (typeof r.regionId === 'string') return r.regionId
    if (table === 'meetings' && Array.isArray(r.regionIds))
      return r.regionIds.length === 1 ? String(r.regionIds[0]) : ''
    return ''
  }
  for (const table of USER_TABLES)
    for (const r of records[table] as unknown as Record<string, unknown>[]) {
      const regionId = regionOf(table, r)
      const key = `${table}/${regionId}`
      const row = rows.get(key) ?? { table, regionId, count: 0 }
      row.count++
      rows.set(key, row)
    }
  return [...rows.values()].sort((a, b) =>
    a.table === b.table
      ? a.regionId.localeCompare(b.regionId)
      : USER_TABLES.indexOf(a.table) - USER_TABLES.indexOf(b.table),
  )
}

export const countRecords = (records: ExchangeRecords): number =>
  USER_TABLES.reduce((n, t) => n + records[t].length, 0)

const checksummed = (p: Pick<ExchangePackage, 'regions' | 'records' | 'ancestors' | 'selection'>) =>
  canonicalJson({
    regions: p.regions,
    records: p.records,
    ancestors: p.ancestors,
    selection: p.selection,
  })

export async function serializePackage(
  p: Omit<ExchangePackage, 'format' | 'formatVersion' | 'schemaVersion' | 'checksum'>,
): Promise<string> {
  const sorted: ExchangeRecords = { ...p.records }
  for (const t of USER_TABLES)
    (sorted as Record<string, RecordMeta[]>)[t] = [...p.records[t]].sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    )
  const body = { ...p, records: sorted }
  const checksum = `sha256:${await sha256Hex(checksummed(body))}`
  return JSON.stringify(
    {
      format: EXCHANGE_FORMAT,
      formatVersion: EXCHANGE_FORMAT_VERSION,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      checksum,
      ...body,
    },
    null,
    1,
  )
}

/** Reads and checks a package; throws BackupFormatError with an Indonesian message. */
export async function parsePackage(text: string): Promise<ExchangePackage> {
  const trimmed = text.replace(/^\uFEFF/, '').trim()
  if (trimmed === '')
    throw new BackupFormatError(
      'empty',
      'Berkas kosong. Pilih paket pertukaran Simpul (.simpul-paket.json).',
    )
  let doc: Record<string, unknown>
  try {
    doc = JSON.parse(trimmed) as Record<string, unknown>
  } catch {
    throw new BackupFormatError(
      'not-json',
      'Paket rusak atau terpotong: isinya bukan JSON yang utuh. Tidak ada yang diubah.',
    )
  }
  const shape = checkJsonShape(doc)
  if (shape)
    throw new BackupFormatError('invalid', `Paket ditolak: ${shape}. Tidak ada yang diubah.`)
  if (!doc || typeof doc !== 'object' || doc.format !== EXCHANGE_FORMAT) {
    const isBackup = doc && typeof doc === 'object' && doc.format === 'simpul-backup'
    throw new BackupFormatError(
      'foreign',
      isBackup
        ? 'Berkas ini cadangan lengkap, bukan paket pertukaran. Pulihkan lewat bagian Cadangan.'
        : 'Berkas ini bukan paket pertukaran Simpul. Tidak ada yang diubah.',
    )
  }
  if (typeof doc.formatVersion !== 'number' || typeof doc.schemaVersion !== 'number')
    throw new BackupFormatError('invalid', 'Paket tidak lengkap: versi format tidak ada.')
  if (doc.formatVersion > EXCHANGE_FORMAT_VERSION || doc.schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new BackupFormatError(
      'newer',
      'Paket ini dibuat oleh versi Simpul yang lebih baru. Perbarui Simpul dulu. Tidak ada yang diubah.',
    )
  }
  if (
    !Number.isInteger(doc.formatVersion) ||
    !Number.isInteger(doc.schemaVersion) ||
    doc.formatVersion < 1 ||
    doc.schemaVersion < 1
  )
    throw new BackupFormatError(
      'invalid',
      'Paket tidak lengkap: versi format tidak sah (harus bilangan bulat 1 atau lebih).',
    )
  const records = doc.records as Record<string, unknown> | undefined
  if (
    !records ||
    typeof records !== 'object' ||
    USER_TABLES.some(
      (t) => tableExistsAt(t, doc.schemaVersion as number) && !Array.isArray(records[t]),
    ) ||
    !Array.isArray(doc.regions) ||
    !doc.ancestors ||
    typeof doc.ancestors !== 'object' ||
    typeof doc.deviceId !== 'string' ||
    typeof doc.packageId !== 'string' ||
    !doc.selection
  ) {
    throw new BackupFormatError('invalid', 'Paket tidak lengkap: ada bagian yang hilang.')
  }
  if ((doc.deviceId as string).trim() === '' || (doc.packageId as string).trim() === '')
    throw new BackupFormatError(
      'invalid',
      'Paket tidak sah: id perangkat atau id paket kosong. Tidak ada yang diubah.',
    )
  // The sender's name and device are shown in the merge preview: the same rule as any text.
  for (const [label, value] of [
    ['nama pengirim', doc.userName],
    ['id perangkat', doc.deviceId],
  ] as const) {
    const hidden = typeof value === 'string' ? hiddenCharacterProblem(value) : null
    if (hidden)
      throw new BackupFormatError(
        'invalid',
        `Paket tidak sah: ${label} ${hidden}. Tidak ada yang diubah.`,
      )
  }
  if (Array.isArray(doc.ancestors))
    throw new BackupFormatError(
      'invalid',
      'Paket tidak sah: riwayat versi harus berupa daftar per data.',
    )
  for (const [key, stamps] of Object.entries(doc.ancestors as Record<string, unknown>)) {
    if (!Array.isArray(stamps) || stamps.some((s) => typeof s !== 'string' || s === ''))
      throw new BackupFormatError(
        'invalid',
        `Paket tidak sah: riwayat versi ${key.slice(0, 80)} harus daftar penanda versi (teks), bukan ${Array.isArray(stamps) ? 'daftar berisi nilai lain' : typeof stamps}. Tidak ada yang diubah.`,
      )
  }
  const p = doc as unknown as ExchangePackage
  if (doc.checksum !== `sha256:${await sha256Hex(checksummed(p))}`) {
    throw new BackupFormatError(
      'checksum',
      'Paket rusak: checksum tidak cocok, isi berkas berubah sejak dibuat. Tidak ada yang diubah.',
    )
  }
  if (p.schemaVersion < 3) p.records = tablesToV3(p.records)
  if (p.schemaVersion < 2) upgradeFromV1(p)
  for (const t of USER_TABLES) {
    const rows = p.records[t] as unknown[]
    const seen = new Set<string>()
    for (let i = 0; i < rows.length; i++) {
      const result = parseStoredRow(t, rows[i])
      if (!result.ok)
        throw new BackupFormatError(
          'invalid',
          `Paket berisi data tidak sah: tabel ${TABLE_LABELS[t]}, baris ${i + 1}, ${describeFirstIssue(result.issues)}. Tidak ada yang diubah.`,
        )
      // What the schema does not know is dropped here, before the merge compares versions.
      rows[i] = result.value
      const id = String(result.value.id)
      if (seen.has(id))
        throw new BackupFormatError(
          'invalid',
          `Paket tidak sah: tabel ${TABLE_LABELS[t]}, baris ${i + 1}, data ${id} muncul lebih dari sekali. Tidak ada yang diubah.`,
        )
      seen.add(id)
    }
  }
  const regionIds = new Set<string>()
  for (let i = 0; i < p.regions.length; i++) {
    const result = parseStoredRow('regions', p.regions[i])
    if (!result.ok)
      throw new BackupFormatError('invalid', `Paket berisi wilayah tidak sah (baris ${i + 1}).`)
    p.regions[i] = result.value as unknown as Region
    if (regionIds.has(p.regions[i]!.id))
      throw new BackupFormatError(
        'invalid',
        `Paket tidak sah: wilayah ${p.regions[i]!.id} muncul lebih dari sekali.`,
      )
    regionIds.add(p.regions[i]!.id)
  }
  return p
}

/** A package from a laptop still on schema v1, read as this version stores it (migrations.ts). */
function upgradeFromV1(p: ExchangePackage): void {
  p.records = tablesToV2(p.records)
  p.ancestors = Object.fromEntries(
    Object.entries(p.ancestors).map(([k, stamps]) => [
      k,
      Array.isArray(stamps) ? stamps.map((s) => stampToV2(String(s))) : stamps,
    ]),
  )
  p.schemaVersion = CURRENT_SCHEMA_VERSION
}

export function packageFileName(createdAt: string, deviceLabel: string): string {
  // Minutes of the WITA clock, as the user sees it: 'YYYY-MM-DD-HH-mm'.
  const instant = parseInstant(createdAt)
  const stamp = instant
    ? witaFileStamp(instant).substring(0, 16).replace('T', '-')
    : createdAt.replace(/[^0-9A-Za-z-]/g, '-')
  return `simpul-paket-${deviceLabel.replace(/[^0-9A-Za-z-]/g, '').slice(0, 30) || 'laptop'}-${stamp}.simpul-paket.json`
}
