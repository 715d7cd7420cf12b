const tablesId = {
  coverage: 'Data cakupan', targets: 'Target', commitments: 'Komitmen', measurements: 'Pengukuran komitmen',
  meetings: 'Kegiatan', agendaItems: 'Agenda', attendance: 'Kehadiran', decisions: 'Keputusan',
  actionItems: 'Tindak lanjut', stakeholders: 'Pemangku kepentingan', committees: 'Tim / panitia',
}
const tablesEn = {
  coverage: 'Coverage figure', targets: 'Target', commitments: 'Commitment', measurements: 'Commitment measurement',
  meetings: 'Meeting', agendaItems: 'Agenda item', attendance: 'Attendance', decisions: 'Decision',
  actionItems: 'Action item', stakeholders: 'Stakeholder', committees: 'Committee',
}
export const trash = {
  id: {
    title: 'Sampah',
    description: 'Data yang dihapus disimpan di sini dan bisa dipulihkan kapan saja.',
    emptyTitle: 'Sampah kosong',
    emptyBody: 'Data yang Anda hapus akan muncul di sini, dan bisa dipulihkan.',
    kind: 'Jenis', item: 'Data', deletedAt: 'Dihapus pada', deletedBy: 'Oleh',
    restored: '"{{label}}" dipulihkan',
    tables: tablesId,
  },
  en: {
    title: 'Trash',
    description: 'Deleted records are kept here and can be restored at any time.',
    emptyTitle: 'Trash is empty',
    emptyBody: 'Records you delete appear here and can be restored.',
    kind: 'Kind', item: 'Record', deletedAt: 'Deleted at', deletedBy: 'By',
    restored: '"{{label}}" restored',
    tables: tablesEn,
  },
}
