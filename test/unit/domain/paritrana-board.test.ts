import { describe, expect, it } from 'vitest'
import { buildBoard } from '../../../src/renderer/domain/paritrana-board'
import { bundledRegions } from '../../../src/renderer/db/regions'
import { status } from './paritrana-fixtures'

const empty = {
  inpresStatements: [],
  paritranaEditions: [],
  paritranaRubrics: [],
  paritranaEvidence: [],
  paritranaScores: [],
  coverage: [],
  commitments: [],
  measurements: [],
}

describe('Paritrana board', () => {
  it('counts each regency once when a pack source lists regions twice (own and children)', () => {
    const regions = bundledRegions().filter((r) => r.id.startsWith('63'))
    const board = buildBoard(
      {
        ...empty,
        regions: [...regions, ...regions],
        inpresStatus: [status('perangkat_desa', { regionId: '63.09', status: 'seluruhnya' })],
      },
      { provinceId: '63', editionYear: 2026, asOf: '2026-12-01' },
    )
    expect(board.regencies).toHaveLength(13)
    const desa = board.tallies.find((t) => t.group === 'perangkat_desa')!
    expect([desa.all, desa.total]).toEqual([['63.09'], 13])
    expect(board.ranking).toHaveLength(13)
    expect(board.ranking[0]!.regionId).toBe('63.09')
  })
})
