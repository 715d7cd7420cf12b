/**
 * Reference regions: Kalimantan Selatan ships with the app (resources/regions) and is loaded
 * on first start; other provinces' regions come from a CSV or JSON file of
 * code, name, kind, parent. Parsing is pure; loading is one transaction.
 */
import Papa from 'papaparse'
import kalsel from '../../../resources/regions/63-kalimantan-selatan.json' with { type: 'json' }
import type { SimpulDexie } from './database'
import { regionSchema, describeIssues } from './schemas'
import type { Region } from './types'

export const KALSEL_ID = '63'

/** Every region, ordered by Kemendagri code. */
export function allRegions(db: SimpulDexie): Promise<Region[]> {
  return db.regions.orderBy('id').toArray()
}

/** One region by its code, or undefined. */
export function regionById(db: SimpulDexie, id: string): Promise<Region | undefined> {
  return db.regions.get(id)
}

export function bundledRegions(): Region[] {
  return kalsel.regions.map((r) => ({
    ...r,
    kind: r.kind as Region['kind'],
    origin: 'bawaan' as const,
  }))
}

/** Adds the bundled regions that are missing; never overwrites a region already there. */
export async function ensureReferenceRegions(db: SimpulDexie): Promise<number> {
  return db.transaction('rw', db.regions, async () => {
    const wanted = bundledRegions()
    const existing = new Set(
      (await db.regions.bulkGet(wanted.map((r) => r.id))).filter(Boolean).map((r) => r!.id),
    )
    const missing = wanted.filter((r) => !existing.has(r.id))
    if (missing.length) await db.regions.bulkAdd(missing)
    return missing.length
  })
}

export interface RegionFileResult {
  regions: Region[]
  errors: string[]
}

const KIND_ALIASES: Record<string, Region['kind']> = {
  provinsi: 'provinsi',
  province: 'provinsi',
  prov: 'provinsi',
  kabupaten: 'kabupaten',
  kab: 'kabupaten',
  regency: 'kabupaten',
  kota: 'kota',
  city: 'kota',
}

/**
 * Parse a regions file (JSON array or {regions: [...]}, or CSV with header
 * kode/code, nama/name, jenis/kind, induk/parent). Every row is checked; the parent must
 * exist in the file or among `known` ids. Errors name the row.
 */
export function parseRegionFile(
  text: string,
  fileName: string,
  known: Set<string>,
): RegionFileResult {
  let rows: Record<string, unknown>[]
  const errors: string[] = []
  if (fileName.toLowerCase().endsWith('.json')) {
    try {
      const parsed: unknown = JSON.parse(text)
      const list = Array.isArray(parsed) ? parsed : (parsed as { regions?: unknown })?.regions
      if (!Array.isArray(list))
        return { regions: [], errors: ['Berkas JSON harus berisi daftar wilayah.'] }
      rows = list as Record<string, unknown>[]
    } catch {
      return { regions: [], errors: ['Berkas JSON rusak atau bukan JSON.'] }
    }
  } else {
    const firstLine = text.split(/\r?\n/, 1)[0] ?? ''
    const delimiter = firstLine.includes(';') ? ';' : ','
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
      delimiter,
      dynamicTyping: false,
    })
    rows = parsed.data
  }
  const pick = (row: Record<string, unknown>, ...keys: string[]) => {
    for (const k of keys) {
      const v = row[k]
      if (v !== undefined && v !== null && String(v).trim() !== '') return String(v).trim()
    }
    return null
  }
  const regions: Region[] = []
  const ids = new Set<string>()
  rows.forEach((row, i) => {
    const line = i + 2
    const kindRaw = (pick(row, 'kind', 'jenis') ?? '').toLowerCase()
    const candidate = {
      id: pick(row, 'id', 'code', 'kode') ?? '',
      name: pick(row, 'name', 'nama') ?? '',
      kind: KIND_ALIASES[kindRaw] ?? kindRaw,
      parentId: pick(row, 'parentId', 'parent', 'induk'),
      origin: 'impor',
    }
    const result = regionSchema.safeParse(candidate)
    if (!result.success) {
      for (const issue of describeIssues(result.error))
        errors.push(`Baris ${line}, kolom ${issue.label}: ${issue.message}`)
      return
    }
    const r = result.data
    if (ids.has(r.id)) errors.push(`Baris ${line}: kode ${r.id} muncul lebih dari sekali`)
    if (r.kind === 'provinsi' && r.parentId !== null)
      errors.push(`Baris ${line}: provinsi tidak boleh punya induk`)
    if (r.kind !== 'provinsi' && (r.parentId === null || !r.id.startsWith(`${r.parentId}.`))) {
      errors.push(`Baris ${line}: kode ${r.id} harus diawali kode provinsi induknya`)
    }
    ids.add(r.id)
    regions.push(r)
  })
  for (const r of regions) {
    if (r.parentId && !ids.has(r.parentId) && !known.has(r.parentId))
      errors.push(`Wilayah ${r.id}: induk ${r.parentId} tidak ditemukan`)
  }
  if (rows.length === 0) errors.push('Berkas tidak berisi wilayah.')
  return { regions: errors.length ? [] : regions, errors }
}

/** Writes parsed regions in one transaction; existing codes are updated (name, kind, parent). */
export async function importRegions(db: SimpulDexie, regions: Region[]): Promise<void> {
  await db.transaction('rw', db.regions, async () => {
    await db.regions.bulkPut(regions)
  })
}

/** The region list in the same CSV shape parseRegionFile reads, so it can travel and come back. */
export function regionsToCsv(regions: Region[]): string {
  const lines = regions.map((r) => [r.id, r.name, r.kind, r.parentId ?? ''].join(';'))
  return ['kode;nama;jenis;induk', ...lines].join('\r\n') + '\r\n'
}
