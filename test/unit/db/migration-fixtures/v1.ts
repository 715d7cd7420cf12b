/**
 * A database as schema version 1 left it: one record in every table, written raw (as an
 * old release would have), so an upgrade from v1 is checked against real shapes.
 */
import { utc } from '../../../fixtures/records'

// Spelled out, not recordMeta(): this is the metadata as v1 wrote it, and must not follow
// later changes to RecordMeta.
const at = utc(2024, 1, 2, 3, 4, 5)
const meta = {
  createdAt: at,
  createdBy: 'Siti',
  updatedAt: at,
  updatedBy: 'Siti',
  updatedOn: 'dev-1',
  rev: 1,
  isSample: 0,
}
export const v1Fixture: Record<string, object[]> = {
  regions: [
    { id: '63', name: 'Kalimantan Selatan', kind: 'provinsi', parentId: null, origin: 'bawaan' },
  ],
  coverage: [
    {
      id: 'c1',
      ...meta,
      regionId: '63',
      period: '2023-02',
      segment: 'pu',
      measure: 'registered',
      count: null,
      baseKind: 'tidak_disebut',
      baseLabel: 'pekerja formal',
      baseSize: null,
      statedPercent: 46.44,
      sourceDocument: 'klikkalsel',
      sourceInstitution: 'BPJS',
      asOfDate: '2023-02-09',
      note: '',
    },
  ],
  targets: [
    {
      id: 't1',
      ...meta,
      regionId: '63.11',
      year: 2025,
      segment: 'semua',
      value: 64000,
      unit: 'count',
      setBy: 'bappenas',
      sourceDocument: 'x',
      note: '',
    },
  ],
  commitments: [
    {
      id: 'k1',
      ...meta,
      regionId: '63.11',
      parentId: null,
      title: 'Tambahan 20.000',
      statement: '',
      kind: 'count',
      segment: 'pekerja_rentan',
      baselineValue: 41120,
      baselineDate: '2023-12-31',
      baselineSource: '',
      targetValue: 61120,
      deadline: '2024-12-31',
      meetingId: null,
      madeByName: '',
      madeByPosition: '',
      responsibleOffice: '',
      stages: [],
      lifecycle: 'aktif',
      notes: '',
      evidence: [],
    },
  ],
  measurements: [
    {
      id: 'm1',
      ...meta,
      commitmentId: 'k1',
      date: '2025-10-13',
      value: 62000,
      stageIndex: null,
      source: 'x',
      note: '',
    },
  ],
  meetings: [
    {
      id: 'g1',
      ...meta,
      kind: 'rakor',
      title: 'Rakor',
      startsAt: '2023-02-09T00:00:00+08:00',
      datePrecision: 'day',
      endsAt: null,
      venue: '',
      organiser: '',
      regionIds: ['63'],
      seriesId: null,
      seriesName: '',
      notes: '',
    },
  ],
  agendaItems: [
    {
      id: 'a1',
      ...meta,
      meetingId: 'g1',
      order: 0,
      title: 'Pembukaan',
      presenter: '',
      minutes: 10,
      outcome: '',
    },
  ],
  attendance: [
    { id: 'p1', ...meta, meetingId: 'g1', stakeholderId: 's1', invited: 1, attended: 1, note: '' },
  ],
  decisions: [{ id: 'd1', ...meta, meetingId: 'g1', agendaItemId: null, text: 'Sepakat' }],
  actionItems: [
    {
      id: 'i1',
      ...meta,
      meetingId: 'g1',
      text: 'Kirim data',
      owner: 'BPJS',
      dueDate: null,
      status: 'terbuka',
      commitmentId: null,
    },
  ],
  stakeholders: [
    {
      id: 's1',
      ...meta,
      kind: 'person',
      name: 'Bunyamin Najmi',
      institutionId: null,
      institutionName: 'BPJS',
      position: 'Kepala Kantor',
      category: 'bpjs',
      regionId: '63',
      phone: '',
      email: '',
    },
  ],
  committees: [
    { id: 'tim9', ...meta, name: 'Tim 9', description: '', regionId: '63', members: [] },
  ],
  audit: [
    {
      seq: 1,
      table: 'coverage',
      recordId: 'c1',
      action: 'create',
      at,
      by: 'Siti',
      deviceId: 'dev-1',
      before: null,
      after: {},
    },
  ],
  settings: [{ key: 'userName', value: 'Siti' }],
}
