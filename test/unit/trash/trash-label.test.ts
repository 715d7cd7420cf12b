import { describe, expect, it } from 'vitest'
import { actor, freshDb } from '../db/helpers'
import { softDeleteRecord } from '../../../src/renderer/db/repository'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import { SAMPLE_IDS } from '../../../src/renderer/db/sample-data'
import { loadTrash } from '../../../src/renderer/features/trash/queries'
import { trashLabel } from '../../../src/renderer/features/trash/trash-label'

describe('trash entries say what the deleted record was', () => {
  it('tells Balangan\u2019s two 2025 figures apart, and names the 2023 vulnerable-worker figure', async () => {
    const db = await freshDb()
    await loadSampleData(db, actor)
    const balangan = await db.coverage.where('regionId').equals('63.11').toArray()
    for (const o of balangan) await softDeleteRecord(db, 'coverage', o.id, { actor })
    await softDeleteRecord(db, 'commitments', SAMPLE_IDS.balanganCommitment, { actor })
    const trash = await loadTrash(db)
    const labels = trash.rows.map((r) => trashLabel(r.table, r.record, 'id', trash.names))
    expect(labels).toContain(
      'Balangan · 2023 · pekerja rentan · 41.120 terdaftar · Sumber: BPJAMSOSTEK Banjarmasin; ANTARA Kalsel, 2023: Balangan lolos penilaian Paritrana tingkat provinsi',
    )
    const y2025 = labels.filter((l) =>
      l.startsWith('Balangan · 2025 · semua pekerja · 62.000 terdaftar'),
    )
    expect(y2025.some((l) => l.includes('dari 64.000 (target Bappenas)'))).toBe(true)
    expect(
      y2025.some((l) => l.includes('dari 80.000 (angkatan kerja, termasuk ASN, TNI dan Polri)')),
    ).toBe(true)
    // Every deleted coverage row reads differently: none is just the table name or an id.
    const coverageLabels = trash.rows
      .filter((r) => r.table === 'coverage')
      .map((r) => trashLabel(r.table, r.record, 'id', trash.names))
    expect(new Set(coverageLabels).size).toBe(balangan.length)
    const commitment = trash.rows.find((r) => r.table === 'commitments')!
    expect(trashLabel('commitments', commitment.record, 'id', trash.names)).toMatch(
      /^.+ · Balangan · tenggat \d{1,2} \w+ \d{4}$/,
    )
    expect(
      trashLabel(
        'coverage',
        trash.rows.find((r) => r.record.period === '2023' && r.record.regionId === '63.11')!.record,
        'en',
        trash.names,
      ),
    ).toBe(
      'Balangan · 2023 · vulnerable workers · 41,120 registered · Source: BPJAMSOSTEK Banjarmasin; ANTARA Kalsel, 2023: Balangan lolos penilaian Paritrana tingkat provinsi',
    )
  })

  it('names a deleted Inpres statement and status by their words, not their id', async () => {
    const db = await freshDb()
    await loadSampleData(db, actor)
    const statement = (await db.inpresStatements.toArray()).find((s) => s.group === 'non_asn')!
    const status = (await db.inpresStatus.where('regionId').equals('63.11').toArray())[0]!
    await softDeleteRecord(db, 'inpresStatements', statement.id, { actor })
    await softDeleteRecord(db, 'inpresStatus', status.id, { actor })
    const trash = await loadTrash(db)
    const label = (table: string) => {
      const row = trash.rows.find((r) => r.table === table)!
      return trashLabel(row.table, row.record, 'id', trash.names)
    }
    expect(label('inpresStatements')).toMatch(
      new RegExp(`^${statement.count}/${statement.outOf} · Non-ASN/honorer · `),
    )
    expect(label('inpresStatements')).toContain(statement.sourceDocument)
    expect(label('inpresStatus')).toMatch(/^Balangan · [^·]+ · (Belum|Sebagian|Seluruhnya) · /)
    expect(label('inpresStatus')).not.toContain(status.id)
  })
})
