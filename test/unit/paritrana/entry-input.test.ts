import { describe, expect, it } from 'vitest'
import type { ParitranaEdition } from '../../../src/renderer/db/types'
import { parseRecordData } from '../../../src/renderer/db/rows'
import {
  editionInput,
  editionValues,
  statementInput,
  statementValues,
} from '../../../src/renderer/features/paritrana/entry-input'
import { meta } from '../domain/paritrana-fixtures'

describe('province statement form values', () => {
  const filled = {
    ...statementValues(null, 13),
    count: '4',
    quote: 'Baru 4 dari 13 kabupaten/kota yang melindungi tenaga honorernya',
    asOf: '2019-10-15',
    sourceDocument: 'ANTARA Kalsel, 15 Oktober 2019',
  }

  it('becomes a statement of the province that names no region', () => {
    const r = statementInput(filled, '63')
    expect(r).toEqual({
      ok: true,
      input: {
        regionId: '63',
        group: 'non_asn',
        count: 4,
        outOf: 13,
        extent: 'melindungi',
        quote: 'Baru 4 dari 13 kabupaten/kota yang melindungi tenaga honorernya',
        asOf: '2019-10-15',
        sourceDocument: 'ANTARA Kalsel, 15 Oktober 2019',
        meetingId: null,
      },
    })
    // What the form makes is what the write path accepts.
    expect(r.ok && parseRecordData('inpresStatements', r.input).ok).toBe(true)
  })

  it('names each wrong field and writes nothing', () => {
    expect(statementInput(statementValues(null, 13), '63')).toEqual({
      ok: false,
      errors: {
        count: 'form.required',
        asOf: 'form.required',
        quote: 'form.required',
        sourceDocument: 'form.required',
      },
    })
    expect(statementInput({ ...filled, count: '14' }, '63')).toEqual({
      ok: false,
      errors: { count: 'statementForm.countTooMany' },
    })
    expect(statementInput({ ...filled, count: '2,5', outOf: '0', asOf: '15/10' }, '63')).toEqual({
      ok: false,
      errors: { count: 'form.notWhole', outOf: 'statementForm.outOfZero', asOf: 'form.notDate' },
    })
    // Only the year is known: that is what is stored.
    const y = statementInput({ ...filled, asOf: '2019', extent: 'sebagian' }, '63')
    expect(y.ok && [y.input.asOf, y.input.extent]).toEqual(['2019', 'sebagian'])
  })
})

describe('Paritrana edition form values', () => {
  it('stores only the stages with something filled in, in the award order, with day or year dates', () => {
    const v = editionValues(null, 2026)
    expect(v.title).toBe('Paritrana Award 2026')
    v.proposedRegionIds = ['63.11', '63.09']
    v.stages.wawancara_nasional = {
      ...v.stages.wawancara_nasional,
      plannedOn: '2026-04-22',
      regionIds: ['63.11'],
      commitmentIds: ['c1'],
    }
    v.stages.sosialisasi = { ...v.stages.sosialisasi, actualOn: '2026', meetingIds: ['m1'] }
    const r = editionInput(v, '63')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.input).toMatchObject({
      year: 2026,
      category: 'kabupaten_kota',
      regionId: '63',
      committeeId: null,
      proposedRegionIds: ['63.11', '63.09'],
      winnerRegionIds: [],
    })
    expect(r.input.stages).toEqual([
      {
        stage: 'sosialisasi',
        plannedOn: null,
        actualOn: '2026',
        regionIds: [],
        meetingIds: ['m1'],
        commitmentIds: [],
        note: '',
      },
      {
        stage: 'wawancara_nasional',
        plannedOn: '2026-04-22',
        actualOn: null,
        regionIds: ['63.11'],
        meetingIds: [],
        commitmentIds: ['c1'],
        note: '',
      },
    ])
    expect(parseRecordData('paritranaEditions', r.input).ok).toBe(true)
  })

  it('names the year, the title and a stage date that are wrong', () => {
    const v = editionValues(null, 2026)
    v.year = '26'
    v.title = ' '
    v.stages.dokumen = { ...v.stages.dokumen, plannedOn: '31 Mei' }
    expect(editionInput(v, '63')).toEqual({
      ok: false,
      errors: {
        year: 'form.notYear',
        title: 'form.required',
        'stages.dokumen.plannedOn': 'form.notDate',
      },
    })
    expect(editionInput({ ...v, year: '' }, '63')).toMatchObject({
      errors: { year: 'form.required' },
    })
  })

  it('an edited edition comes back as it was stored', () => {
    const stored: ParitranaEdition = {
      ...meta,
      id: 'e1',
      year: 2023,
      category: 'kabupaten_kota',
      regionId: '63',
      title: 'Paritrana Award 2023',
      committeeId: 'tim9',
      proposedRegionIds: ['63.11'],
      winnerRegionIds: [],
      stages: [
        {
          stage: 'penilaian_provinsi',
          plannedOn: null,
          actualOn: null,
          regionIds: ['63.11'],
          meetingIds: [],
          commitmentIds: [],
          note: 'Tanggal tidak disebut.',
        },
      ],
      sourceDocument: 'ANTARA',
      notes: '',
    }
    const r = editionInput(editionValues(stored, 2026), '63')
    expect(r.ok && r.input).toEqual({
      year: 2023,
      category: 'kabupaten_kota',
      regionId: '63',
      title: 'Paritrana Award 2023',
      committeeId: 'tim9',
      proposedRegionIds: ['63.11'],
      winnerRegionIds: [],
      stages: stored.stages,
      sourceDocument: 'ANTARA',
      notes: '',
    })
  })
})
