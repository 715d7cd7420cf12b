/**
 * The "Kesiapan Paritrana" pages of the briefing pack (pdfmake content), from the section
 * model of features/paritrana. Its own file so the pack's layout can change around it.
 */
import type { Content, TableCell } from 'pdfmake/interfaces'
import type { BriefingModel } from './pack-model'

const TEAL = '#0f766e'

export function paritranaContent(m: BriefingModel, pageBreak: boolean): Content[] {
  const p = m.paritrana
  const out: Content[] = [
    {
      text: 'Kesiapan Paritrana',
      style: 'h1',
      ...(pageBreak ? { pageBreak: 'before' as const } : {}),
    },
  ]
  if (!p) {
    out.push({ text: 'Tidak ada kabupaten/kota dalam cakupan paket ini.', style: 'note' })
    return out
  }
  out.push({ text: p.rubricLine, style: 'note' })
  out.push({ text: 'Pokok pembicaraan', style: 'h2' }, { ul: p.points, fontSize: 10 })
  if (p.statements.length)
    out.push(
      { text: 'Pernyataan tingkat provinsi (wilayah tidak disebut sumber)', style: 'h2' },
      { ul: p.statements, fontSize: 9.5 },
    )
  out.push(
    { text: 'Matriks Inpres 2/2021: yang tercatat per wilayah', style: 'h2' },
    { ul: p.tallies, fontSize: 9.5 },
  )
  if (p.regions.length) {
    const labels = p.regions[0]!.aspects.map((a) => a.label)
    const th = (text: string): TableCell => ({ text, style: 'th' })
    out.push(
      { text: 'Skor kesiapan per kabupaten/kota (0–100)', style: 'h2' },
      {
        table: {
          headerRows: 1,
          widths: ['auto', '*', ...labels.map(() => 'auto'), 'auto'],
          body: [
            [th('#'), th('Kabupaten/kota'), ...labels.map(th), th('Total')],
            ...p.regions.map((r) => [
              String(r.rank),
              r.regionName,
              ...r.aspects.map((a) => a.scoreText),
              { text: r.totalText, bold: true, color: TEAL },
            ]),
          ],
        },
        layout: 'lightHorizontalLines',
        fontSize: 8.5,
      },
    )
    out.push({ text: 'Yang belum ada datanya dan yang paling menaikkan skor', style: 'h2' })
    // Regencies with the same gaps are said once, with their names: with little data
    // recorded, twelve identical lists filled three pages and said nothing more.
    const groups = new Map<string, { names: string[]; missing: string[]; raise: string[] }>()
    for (const r of p.regions) {
      const key = JSON.stringify([r.missing, r.raise])
      const g = groups.get(key)
      if (g) g.names.push(r.regionName)
      else groups.set(key, { names: [r.regionName], missing: r.missing, raise: r.raise })
    }
    for (const g of groups.values())
      out.push({
        stack: [
          {
            text:
              g.names.length > 1
                ? `${g.names.join(', ')} (${g.names.length} kabupaten/kota, sama)`
                : g.names[0]!,
            bold: true,
            margin: [0, 4, 0, 2],
          },
          {
            ul: [
              g.missing.length
                ? `Belum ada data: ${g.missing.join('; ')}.`
                : 'Semua indikator sudah ada datanya.',
              ...g.raise.map((x) => `Menaikkan skor: ${x}.`),
            ],
            fontSize: 9,
          },
        ],
        unbreakable: true,
      })
  }
  return out
}
