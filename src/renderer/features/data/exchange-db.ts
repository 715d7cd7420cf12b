/**
 * Exchange packages against the database: building one for chosen regions and years, and
 * merging a received one in a single transaction (see exchange-merge.ts for the rules and the state
 * kept in settings).
 */
import type { SimpulDexie } from '../../db/database'
import type { Actor } from '../../db/device'
import { newId } from '../../db/device'
import { USER_TABLES, type Region, type RecordMeta } from '../../db/types'
import { BULK_RECORD_ID, ReferenceCheckError, writeBatch, type WriteOp } from '../../db/write'
import {
  inSelectedRegions,
  recordKey,
  referencedRegions,
  selectRecords,
  summarisePackage,
  type PackageSummaryRow,
  serializePackage,
  stampOf,
  type ExchangePackage,
  type ExchangeRecords,
  type ExchangeSelection,
} from './exchange-package'
import { planMerge, type LocalView, type MergePlan } from './exchange-merge'

type Row = RecordMeta & Record<string, unknown>
export const LINEAGE_KEY = 'exchange:lineage'
export const peerKey = (deviceId: string) => `exchange:${deviceId}`

export interface PeerState {
  peerDeviceId: string
  userName: string
  lastImportAt: string
  packageIds: string[]
}

async function readAll(db: SimpulDexie): Promise<ExchangeRecords> {
  const out: Record<string, unknown[]> = {}
  for (const t of USER_TABLES) out[t] = await db.table(t).toArray()
  return out as unknown as ExchangeRecords
}

async function buildLocalView(
  db: SimpulDexie,
): Promise<LocalView & { lineage: Record<string, string[]> }> {
  const all = await readAll(db)
  const byKey = new Map<string, Row>()
  for (const t of USER_TABLES)
    for (const r of all[t] as unknown as Row[]) byKey.set(recordKey(t, r.id), r)
  const seen = new Map<string, Set<string>>()
  // A bulk operation's one entry per table (BULK_RECORD_ID) is the stamp of every record it
  // created: those whose createdAt is its instant.
  const bulkStamps = new Map<string, Set<string>>()
  await db.audit.each((a) => {
    if (a.recordId === BULK_RECORD_ID) {
      const at = `${a.table}|${a.at}`
      if (!bulkStamps.has(at)) bulkStamps.set(at, new Set())
      bulkStamps.get(at)!.add(`${a.deviceId}@${a.at}`)
      return
    }
    const key = recordKey(a.table, a.recordId)
    if (!seen.has(key)) seen.set(key, new Set())
    seen.get(key)!.add(`${a.deviceId}@${a.at}`)
  })
  const lineage = ((await db.settings.get(LINEAGE_KEY))?.value ?? {}) as Record<string, string[]>
  return {
    lineage,
    get: (table, id) => byKey.get(recordKey(table, id)),
    seen: (table, id) => {
      const key = recordKey(table, id)
      const createdAt = byKey.get(key)?.createdAt
      return new Set([
        ...(seen.get(key) ?? []),
        ...(lineage[key] ?? []),
        ...(bulkStamps.get(`${table}|${String(createdAt)}`) ?? []),
      ])
    },
  }
}

export async function exportPackage(
  db: SimpulDexie,
  selection: ExchangeSelection,
  actor: Actor,
  now = new Date(),
): Promise<{ text: string; count: number }> {
  const records = selectRecords(await readAll(db), selection)
  const view = await buildLocalView(db)
  const ancestors: Record<string, string[]> = {}
  let count = 0
  for (const t of USER_TABLES) {
    for (const r of records[t] as unknown as Row[]) {
      count++
      const own = stampOf(r)
      const seen = [...view.seen(t, r.id)].filter((s) => s !== own).sort()
      if (seen.length) ancestors[recordKey(t, r.id)] = seen
    }
  }
  // The chosen regions, their regencies, and every region a record refers to.
  const wanted = referencedRegions(records)
  const regions = (await db.regions.toArray()).filter(
    (r) =>
      wanted.has(r.id) ||
      inSelectedRegions(selection, r.id) ||
      selection.regionIds.some((w) => w.startsWith(`${r.id}.`)),
  )
  const text = await serializePackage({
    packageId: newId(),
    createdAt: now.toISOString(),
    deviceId: actor.deviceId,
    userName: actor.name,
    selection,
    regions,
    records,
    ancestors,
  })
  return { text, count }
}

/** What a package for `selection` would hold, per table and region, before it is saved. */
export async function previewPackage(
  db: SimpulDexie,
  selection: ExchangeSelection,
): Promise<PackageSummaryRow[]> {
  return summarisePackage(selectRecords(await readAll(db), selection))
}

export class ExchangeRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ExchangeRefusedError'
  }
}

export interface PreparedImport {
  pkg: ExchangePackage
  plan: MergePlan
  alreadyImported: boolean
  peer: PeerState | null
}

export async function prepareImport(
  db: SimpulDexie,
  pkg: ExchangePackage,
  actor: Actor,
): Promise<PreparedImport> {
  if (pkg.deviceId === actor.deviceId)
    throw new ExchangeRefusedError(
      'Paket ini dibuat di laptop ini sendiri; tidak ada yang perlu digabung.',
    )
  const peer = ((await db.settings.get(peerKey(pkg.deviceId)))?.value ?? null) as PeerState | null
  const plan = planMerge(pkg, await buildLocalView(db))
  return { pkg, plan, alreadyImported: peer?.packageIds.includes(pkg.packageId) ?? false, peer }
}

export type Resolution = 'local' | 'incoming'

export interface MergeResult {
  added: number
  updated: number
  keptLocal: number
  conflictsResolved: number
}

/**
 * Writes a prepared import through the one write path (source 'exchange'), in one
 * transaction with the lineage, the peer state and new regions. Every conflict needs a
 * resolution; without all of them nothing is written. A package already imported writes
 * nothing at all. Each incoming version is stored with its own RecordMeta, and its audit entry
 * names its author, device and time, so the record's history (and the seen-stamps) match.
 */
export async function applyImport(
  db: SimpulDexie,
  prepared: PreparedImport,
  resolutions: Record<string, Resolution>,
  actor: Actor,
  now = new Date(),
): Promise<MergeResult> {
  const { pkg, plan } = prepared
  const result: MergeResult = { added: 0, updated: 0, keptLocal: 0, conflictsResolved: 0 }
  if (prepared.alreadyImported) return result
  const unresolved = plan.conflicts.filter((c) => !resolutions[recordKey(c.table, c.local.id)])
  if (unresolved.length)
    throw new ExchangeRefusedError(
      `${unresolved.length} data berubah di kedua laptop dan belum dipilih versinya. Tidak ada yang disimpan.`,
    )
  const at = now.toISOString()
  const stale = 'Data berubah sejak pratinjau dibuat. Buka paketnya lagi; tidak ada yang disimpan.'
  // The stored version must still be the one the preview compared against.
  const expectVersion = (local: Row | null) =>
    local
      ? { fields: { updatedOn: local.updatedOn, updatedAt: local.updatedAt }, message: stale }
      : { absent: true, message: stale }
  const learned = new Map<string, string[]>()
  const learn = (key: string, stamps: string[]) =>
    learned.set(key, [...(learned.get(key) ?? []), ...stamps])

  const ops: WriteOp[] = []
  for (const take of plan.takes) {
    ops.push({
      op: 'upsert',
      table: take.table,
      record: take.incoming,
      expect: expectVersion(take.local),
    })
    if (take.local) result.updated++
    else result.added++
  }
  for (const conflict of plan.conflicts) {
    const key = recordKey(conflict.table, conflict.local.id)
    const incomingStamps = [stampOf(conflict.incoming), ...(pkg.ancestors[key] ?? [])]
    if (resolutions[key] === 'incoming') {
      ops.push({
        op: 'upsert',
        table: conflict.table,
        record: conflict.incoming,
        expect: expectVersion(conflict.local),
      })
    } else {
      // Keeping this laptop's version makes a new version that supersedes both sides, so
      // the other laptop takes it without a second conflict.
      const pick = (r: Row) => Object.fromEntries(conflict.fields.map((f) => [f, r[f] ?? null]))
      ops.push({
        op: 'upsert',
        table: conflict.table,
        record: {
          ...conflict.local,
          updatedAt: at,
          updatedBy: actor.name,
          updatedOn: actor.deviceId,
          rev: Math.max(conflict.local.rev, conflict.incoming.rev) + 1,
        },
        expect: expectVersion(conflict.local),
        audit: { before: pick(conflict.incoming), after: pick(conflict.local) },
      })
      result.keptLocal++
    }
    learn(key, [stampOf(conflict.local), ...incomingStamps])
    result.conflictsResolved++
  }
  for (const [key, stamps] of Object.entries(plan.learned)) learn(key, stamps)

  const alongside = async () => {
    const lineage = {
      ...(((await db.settings.get(LINEAGE_KEY))?.value ?? {}) as Record<string, string[]>),
    }
    let lineageChanged = false
    for (const [key, stamps] of learned) {
      const next = [...new Set([...(lineage[key] ?? []), ...stamps])].sort()
      if (next.length !== (lineage[key] ?? []).length) {
        lineage[key] = next
        lineageChanged = true
      }
    }
    if (lineageChanged) await db.settings.put({ key: LINEAGE_KEY, value: lineage })
    const known = new Set((await db.regions.toCollection().primaryKeys()) as string[])
    const newRegions: Region[] = pkg.regions
      .filter((r) => !known.has(r.id))
      .map((r) => ({ ...r, origin: 'impor' as const }))
    const arrivingRegions = new Set(pkg.regions.map((r) => r.id))
    for (const r of newRegions)
      if (r.parentId !== null && !known.has(r.parentId) && !arrivingRegions.has(r.parentId))
        throw new ReferenceCheckError(
          `Tidak disimpan: wilayah ${r.id} "${r.name}" dalam paket berinduk ${r.parentId} yang tidak ada di paket maupun di laptop ini. Tidak ada yang diubah.`,
        )
    if (newRegions.length) await db.regions.bulkAdd(newRegions)
    const peer: PeerState = {
      peerDeviceId: pkg.deviceId,
      userName: pkg.userName,
      lastImportAt: at,
      packageIds: [...(prepared.peer?.packageIds ?? []), pkg.packageId].slice(-200),
    }
    await db.settings.put({ key: peerKey(pkg.deviceId), value: peer })
  }
  await writeBatch(db, { actor, source: 'exchange', now }, ops, {
    arrivingRegions: pkg.regions.map((r) => r.id),
    alongside: { tables: ['settings', 'regions'], run: alongside },
  })
  return result
}
