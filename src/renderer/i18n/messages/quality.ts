/** Data-quality flags: the "Periksa data" screen and the badges beside flagged figures. */
export const quality = {
  id: {
    title: 'Periksa data',
    description:
      'Angka yang mustahil, mencurigakan atau perlu diketahui, menurut aturan pemeriksaan data. Tidak ada yang diubah otomatis: periksa sumbernya, lalu perbaiki datanya bila perlu.',
    rule: 'Aturan',
    allRules: 'Semua aturan',
    region: 'Wilayah',
    allRegions: 'Semua wilayah',
    count: '{{n}} catatan',
    none: 'Tidak ada catatan data untuk pilihan ini.',
    colSeverity: 'Tingkat',
    colRule: 'Aturan',
    colRegion: 'Wilayah',
    colMessage: 'Catatan',
    open: 'Buka',
    flagged: 'Catatan data',
    severity: { impossible: 'Mustahil', warning: 'Periksa', info: 'Info' },
  },
  en: {
    title: 'Check data',
    description:
      'Figures that are impossible, suspect or worth knowing, by the data-check rules. Nothing is changed automatically: check the source, then correct the data if needed.',
    rule: 'Rule',
    allRules: 'All rules',
    region: 'Region',
    allRegions: 'All regions',
    count: '{{n}} notes',
    none: 'No data notes for this choice.',
    colSeverity: 'Severity',
    colRule: 'Rule',
    colRegion: 'Region',
    colMessage: 'Note',
    open: 'Open',
    flagged: 'Data notes',
    severity: { impossible: 'Impossible', warning: 'Check', info: 'Info' },
  },
} as const
