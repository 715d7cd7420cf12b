/** "paket-briefing-rakor-triwulan-iv-2026-11-23.pdf": safe on every file system. */
export function packFileName(title: string, asOf: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `paket-briefing-${slug || 'kegiatan'}-${asOf}.pdf`
}
