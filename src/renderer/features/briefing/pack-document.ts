/**
 * The briefing pack's pdfmake document definition, from the BriefingModel alone. Pure: the
 * same model gives the same definition in the browser (worker) and on the command line.
 * A4 portrait; every section but the first starts a page; long tables repeat their header;
 * the footer carries the filters, the data date and "Halaman X dari Y".
 */
import { DEFAULT_PACE_WINDOW_MONTHS } from '../../domain/pace'
import type { Content, TableCell, TableLayout, TDocumentDefinitions } from 'pdfmake/interfaces'
import {
  SECTION_TITLES,
  type BriefingModel,
  type CommitmentView,
  type FigureView,
  type PackSection,
} from './pack-model'
import { regionBarsContent, trendContent } from './pack-chart-vector'
import { paritranaContent } from './pack-paritrana'

export const TEAL = '#0f766e'
export const GREY = '#6b7280'

const STATUS_COLOUR: Record<string, string> = {
  lewat_tenggat: '#b91c1c',
  terlambat: '#c2410c',
  perlu_perhatian: '#b45309',
  data_usang: '#6b7280',
  belum_ada_data: '#6b7280',
  sesuai_jalur: '#0f766e',
  tercapai: '#15803d',
  dibatalkan: '#9ca3af',
}

export const heading = (text: string, pageBreak: boolean): Content => ({
  text,
  style: 'h1',
  ...(pageBreak ? { pageBreak: 'before' as const } : {}),
})
export const th = (text: string): TableCell => ({ text, style: 'th' })

/**
 * pdfmake's light horizontal lines with 4 pt instead of 8 pt beside each cell. The padding
 * comes on top of the column widths, so with 8 pt a six-column table lost 96 pt of its page
 * width and the title column wrapped one word a line.
 */
const COMPACT_LINES: TableLayout = {
  hLineWidth: (i, node) =>
    i === 0 || i === node.table.body.length ? 0 : i === node.table.headerRows ? 2 : 1,
  vLineWidth: () => 0,
  hLineColor: (i) => (i === 1 ? 'black' : '#aaa'),
  paddingLeft: (i) => (i === 0 ? 0 : 4),
  paddingRight: (i, node) => (i === (node.table.widths?.length ?? 0) - 1 ? 0 : 4),
}
export const note = (text: string): Content => ({ text, style: 'note' })

/** The type and heading styles of Simpul's documents (the briefing pack and the notulen). */
export const PDF_DEFAULT_STYLE = { font: 'Roboto', fontSize: 10, lineHeight: 1.15 }
export const PDF_STYLES: TDocumentDefinitions['styles'] = {
  h1: { fontSize: 16, bold: true, color: TEAL, margin: [0, 0, 0, 8] },
  h2: { fontSize: 11.5, bold: true, margin: [0, 12, 0, 5] },
  th: { bold: true, fontSize: 8.5, color: '#111827', fillColor: '#f1f5f9' },
  note: { fontSize: 8.5, color: GREY, italics: true, margin: [0, 2, 0, 8] },
}

/** A document's footer: what it is on the left, "Halaman n dari m" on the right. */
export const pageFooter =
  (left: string) =>
  (page: number, pages: number): Content => ({
    columns: [
      { text: left, fontSize: 7.5, color: GREY },
      {
        text: `Halaman ${page} dari ${pages}`,
        fontSize: 7.5,
        color: GREY,
        alignment: 'right',
        width: 90,
      },
    ],
    margin: [40, 18, 40, 0],
  })

function cover(m: BriefingModel): Content[] {
  const row = (label: string, value: string): TableCell[] => [
    { text: label, color: GREY },
    { text: value || '—', bold: true },
  ]
  const included = (Object.keys(SECTION_TITLES) as PackSection[]).filter(
    (s) => s !== 'cover' && m.sections[s],
  )
  return [
    { text: 'PAKET BRIEFING', color: TEAL, bold: true, fontSize: 11, margin: [0, 60, 0, 8] },
    { text: m.meeting.title, fontSize: 24, bold: true, margin: [0, 0, 0, 6] },
    { text: m.meeting.kindLabel, fontSize: 13, color: GREY, margin: [0, 0, 0, 30] },
    {
      table: {
        widths: [120, '*'],
        body: [
          row('Waktu', m.meeting.dateLabel),
          row('Tempat', m.meeting.venue || 'belum dicatat'),
          row('Penyelenggara', m.meeting.organiser),
          row('Wilayah', m.scopeLabel),
          ...(m.meeting.seriesName ? [row('Seri kegiatan', m.meeting.seriesName)] : []),
          row('Disusun oleh', [m.preparedBy, m.office].filter(Boolean).join(', ')),
          row('Data per', m.asOfLabel),
        ],
      },
      layout: 'noBorders',
      fontSize: 11.5,
    },
    { text: 'Isi paket', style: 'h2', margin: [0, 36, 0, 6] },
    {
      ol: [
        ...included.map((s) => SECTION_TITLES[s]),
        ...(m.dataNotes.length ? ['Catatan data'] : []),
      ],
      fontSize: 11,
    },
    {
      text: 'Angka cakupan selalu disertai basisnya (bagian dari apa), sumber dan tanggal datanya. Angka dengan basis berbeda tidak dibandingkan langsung.',
      style: 'note',
      margin: [0, 40, 0, 0],
    },
  ]
}

function headlineCard(f: FigureView): Content {
  return {
    stack: [
      { text: `${f.seriesLabel} · ${f.regionName}`, fontSize: 8.5, color: GREY },
      { text: f.valueText, fontSize: 20, bold: true, color: TEAL, margin: [0, 2, 0, 2] },
      { text: `${f.periodLabel}; ${f.baseText}`, fontSize: 8.5 },
      { text: `Sumber: ${f.sourceText}`, fontSize: 7.5, color: GREY },
    ],
    margin: [0, 0, 0, 10],
  }
}

function summary(m: BriefingModel, pageBreak: boolean): Content[] {
  const cards = m.headlines.map(headlineCard)
  const rows: Content[] = []
  for (let i = 0; i < cards.length; i += 2)
    rows.push({ columns: [cards[i]!, cards[i + 1] ?? { text: '' }], columnGap: 18 })
  return [
    heading('Ringkasan', pageBreak),
    ...(rows.length
      ? rows
      : [note('Belum ada angka cakupan tercatat untuk wilayah kegiatan ini.')]),
    ...(m.paces.length
      ? [
          { text: 'Laju yang diperlukan', style: 'h2' } as Content,
          note(
            `Sisa menuju target dibagi bulan tersisa hingga tenggat, dibandingkan dengan laju sekarang: perubahan per bulan antara angka terakhir dan angka paling awal dalam ${DEFAULT_PACE_WINDOW_MONTHS} bulan sebelumnya (atau angka sebelumnya bila tidak ada).`,
          ),
          {
            ul: m.paces.map((p) => ({
              text: [{ text: `${p.label}: `, bold: true }, p.text],
              margin: [0, 0, 0, 4] as [number, number, number, number],
            })),
            fontSize: 9.5,
          } as Content,
        ]
      : []),
    { text: 'Pokok pembicaraan', style: 'h2' },
    {
      ul: m.talkingPoints.map((p) => ({
        stack: [p],
        unbreakable: true,
        margin: [0, 0, 0, 5] as [number, number, number, number],
      })),
      fontSize: 10.5,
    },
  ]
}

function coverageTable(m: BriefingModel, pageBreak: boolean): Content[] {
  const body: TableCell[][] = [
    [
      th('Wilayah'),
      th('Segmen · yang dihitung'),
      th('Periode'),
      th('Angka'),
      th('Peserta'),
      th('Basis (bagian dari)'),
      th('Sumber'),
    ],
  ]
  // Regions without figures are named once, in one row after the figures, instead of a
  // two-line row each (twelve such rows pushed the sample's last figures onto a near-empty page).
  const empty: string[] = []
  for (const r of m.coverageRows) {
    if ('empty' in r) empty.push(r.regionName)
    else
      body.push([
        { text: r.regionName, bold: true },
        r.seriesLabel,
        r.periodLabel,
        { text: r.valueText, bold: true, alignment: 'right' },
        { text: r.countText, alignment: 'right' },
        r.baseText,
        { text: r.sourceText, fontSize: 7 },
      ])
  }
  if (empty.length)
    body.push([
      {
        text: [
          { text: `Belum ada data tercatat (${empty.length}): `, bold: true },
          { text: empty.join(', '), italics: true },
        ],
        color: GREY,
        colSpan: 7,
      },
      '',
      '',
      '',
      '',
      '',
      '',
    ])
  return [
    heading(SECTION_TITLES.coverage, pageBreak),
    note(
      `Angka terbaru per wilayah dan seri hingga ${m.asOfLabel}. Persentase dihitung dari jumlah peserta dan besar basis bila keduanya ada; selain itu sebagaimana disebut sumber. "±" = perkiraan dari persentase.`,
    ),
    {
      // A row is never split across pages (a split row left a page nearly empty); the header
      // repeats on every page.
      table: { headerRows: 1, dontBreakRows: true, widths: [70, 62, 44, 50, 44, '*', 90], body },
      layout: COMPACT_LINES,
      fontSize: 8,
    },
  ]
}

function charts(m: BriefingModel, pageBreak: boolean): Content[] {
  const out: Content[] = [heading(SECTION_TITLES.charts, pageBreak)]
  if (m.charts.byRegion) {
    out.push({ text: m.charts.byRegion.title, style: 'h2' })
    out.push(regionBarsContent(m.charts.byRegion))
    out.push(
      note(
        `Basis tiap batang: ${m.charts.byRegion.bases.join('; ') || '—'}. Wilayah tanpa batang belum punya data, bukan nol.`,
      ),
      note(m.charts.byRegion.rule),
    )
  }
  if (m.charts.trend) {
    out.push({ text: m.charts.trend.title, style: 'h2' })
    out.push(trendContent(m.charts.trend))
    out.push(note('Seri dengan basis berbeda tidak dapat dibandingkan satu sama lain.'))
  }
  if (!m.charts.byRegion && !m.charts.trend)
    out.push(note('Belum ada angka cakupan yang bisa digambar untuk wilayah ini.'))
  return out
}

/** Width of the drawn progress bar: narrower than its column, so the column never grows. */
const BAR_WIDTH = 56

function progressBar(c: CommitmentView): Content {
  const w = BAR_WIDTH
  const colour = STATUS_COLOUR[c.status] ?? TEAL
  const shapes = [{ type: 'rect' as const, x: 0, y: 3, w, h: 8, color: '#e5e7eb' }]
  if (c.progressShown !== null)
    shapes.push({
      type: 'rect' as const,
      x: 0,
      y: 3,
      w: Math.max(0.5, c.progressShown * w),
      h: 8,
      color: colour,
    })
  return {
    stack: [{ canvas: shapes }, { text: c.progressText, fontSize: 8, margin: [0, 1, 0, 0] }],
  }
}

function commitmentTable(rows: CommitmentView[]): Content {
  const body: TableCell[][] = [
    [
      th('Komitmen'),
      th('Wilayah'),
      th('Status'),
      th('Kemajuan'),
      th('Terakhir'),
      th('Target'),
      th('Tenggat'),
    ],
  ]
  for (const c of rows) {
    body.push([
      { text: c.title, bold: true },
      c.regionName,
      { text: c.statusLabel, bold: true, color: STATUS_COLOUR[c.status] ?? TEAL },
      progressBar(c) as TableCell,
      c.latestText,
      { text: c.targetText, alignment: 'right' },
      c.deadlineText,
    ])
  }
  return {
    // The title gets the room (it wrapped one word per line); a milestone's last stage
    // ("Dilaksanakan") fits the target column whole.
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', 56, 48, BAR_WIDTH + 4, 62, 50, 58],
      body,
    },
    layout: COMPACT_LINES,
    fontSize: 8.5,
  }
}

/**
 * A region's commitments inside its profile: the same facts as the "Komitmen wilayah" table
 * without the region column and the drawn bar (the percentage stays). Laying out a drawn bar
 * in a nested cell for each of 5 000 commitments twice over was most of a national pack's time.
 */
function profileCommitments(rows: CommitmentView[]): Content {
  const body: TableCell[][] = [
    [th('Komitmen'), th('Status'), th('Kemajuan'), th('Terakhir'), th('Target'), th('Tenggat')],
  ]
  for (const c of rows) {
    body.push([
      { text: c.title, bold: true },
      { text: c.statusLabel, bold: true, color: STATUS_COLOUR[c.status] ?? TEAL },
      { text: c.progressText, alignment: 'right' },
      c.latestText,
      { text: c.targetText, alignment: 'right' },
      c.deadlineText,
    ])
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', 56, 45, 80, 56, 56], body },
    layout: COMPACT_LINES,
    fontSize: 8.5,
  }
}

function commitments(m: BriefingModel, pageBreak: boolean): Content[] {
  return [
    heading(SECTION_TITLES.commitments, pageBreak),
    note(
      `Diurutkan dari yang paling mendesak: lewat tenggat dan terlambat lebih dulu. Status dihitung per ${m.asOfLabel}.`,
    ),
    m.commitments.length
      ? commitmentTable(m.commitments)
      : note('Belum ada komitmen tercatat untuk wilayah kegiatan ini.'),
  ]
}

function profiles(m: BriefingModel, pageBreak: boolean): Content[] {
  const out: Content[] = []
  m.profiles.forEach((p, i) => {
    out.push({
      text: `${SECTION_TITLES.profiles}: ${p.regionName}`,
      style: 'h1',
      ...(pageBreak || i > 0 ? { pageBreak: 'before' as const } : {}),
    })
    out.push({ text: `${p.kindLabel} · kode ${p.regionId}`, style: 'note' })
    if (p.figures.length) {
      out.push({ text: 'Angka cakupan terbaru', style: 'h2' })
      out.push({
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [80, 60, 50, '*', 90],
          body: [
            [th('Segmen · yang dihitung'), th('Angka'), th('Periode'), th('Basis'), th('Sumber')],
            ...p.figures.map(
              (f) =>
                [
                  f.seriesLabel,
                  { text: f.valueText, bold: true },
                  f.periodLabel,
                  f.baseText,
                  { text: f.sourceText, fontSize: 7 },
                ] as TableCell[],
            ),
          ],
        },
        layout: 'lightHorizontalLines',
        fontSize: 8.5,
      })
    }
    if (p.targets.length) out.push({ text: 'Target', style: 'h2' }, { ul: p.targets, fontSize: 9 })
    if (p.commitments.length)
      out.push({ text: 'Komitmen', style: 'h2' }, profileCommitments(p.commitments))
    out.push(
      { text: 'Pokok pembicaraan', style: 'h2' },
      // A point is never split over a page ("November 2026." alone atop the next page).
      { ul: p.points.map((t) => ({ stack: [t], unbreakable: true })), fontSize: 10 },
    )
  })
  if (m.regionsWithoutData.length) {
    out.push({
      text: `Kabupaten/kota tanpa data cakupan, target maupun komitmen tercatat (${m.regionsWithoutData.length}): ${m.regionsWithoutData.join(', ')}.`,
      style: 'note',
      margin: [0, 12, 0, 0],
      ...(m.profiles.length === 0 && pageBreak ? { pageBreak: 'before' as const } : {}),
    })
  }
  if (!m.profiles.length && !m.regionsWithoutData.length)
    out.push(
      heading(SECTION_TITLES.profiles, pageBreak),
      note('Tidak ada kabupaten/kota dalam cakupan kegiatan ini.'),
    )
  return out
}

function agenda(m: BriefingModel, pageBreak: boolean): Content[] {
  return [
    heading(SECTION_TITLES.agenda, pageBreak),
    m.agenda.length
      ? {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [20, '*', 150, 50],
            body: [
              [th('No'), th('Acara'), th('Penyaji'), th('Durasi')],
              ...m.agenda.map(
                (a) => [String(a.order), a.title, a.presenter, a.minutesText] as TableCell[],
              ),
            ],
          },
          layout: 'lightHorizontalLines',
        }
      : note('Agenda belum disusun.'),
    ...(m.agendaTotalText ? [note(`Total waktu: ${m.agendaTotalText}.`)] : []),
  ]
}

function invitees(m: BriefingModel, pageBreak: boolean): Content[] {
  const out: Content[] = [
    heading(SECTION_TITLES.invitees, pageBreak),
    m.invitees.length
      ? {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [20, 130, '*', 130],
            body: [
              [th('No'), th('Nama'), th('Jabatan'), th('Instansi')],
              ...m.invitees.map(
                (p, i) =>
                  [
                    String(i + 1),
                    { text: p.name, bold: true },
                    p.position,
                    p.institution,
                  ] as TableCell[],
              ),
            ],
          },
          layout: 'lightHorizontalLines',
          fontSize: 9,
        }
      : note('Belum ada undangan tercatat.'),
  ]
  for (const c of m.committees) {
    out.push({ text: `Susunan ${c.name}`, style: 'h2' })
    out.push({
      table: {
        widths: [70, '*', 150],
        body: c.seats.map(
          (s) =>
            [
              s.role,
              s.seat,
              s.holder ? s.holder : { text: 'belum tercatat', italics: true, color: GREY },
            ] as TableCell[],
        ),
      },
      layout: 'lightHorizontalLines',
      fontSize: 9,
    })
  }
  return out
}

function actions(m: BriefingModel, pageBreak: boolean): Content[] {
  return [
    heading(SECTION_TITLES.actions, pageBreak),
    m.carriedActions.length
      ? {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: ['*', 100, 70, 130],
            body: [
              [th('Tindak lanjut'), th('Penanggung jawab'), th('Batas waktu'), th('Dari kegiatan')],
              ...m.carriedActions.map(
                (a) =>
                  [a.text, a.owner, a.dueText, { text: a.fromTitle, fontSize: 8 }] as TableCell[],
              ),
            ],
          },
          layout: 'lightHorizontalLines',
          fontSize: 9,
        }
      : note(
          m.meeting.seriesName
            ? 'Tidak ada tindak lanjut terbuka dari kegiatan sebelumnya dalam seri ini.'
            : 'Kegiatan ini tidak termasuk seri, sehingga tidak ada tindak lanjut yang terbawa.',
        ),
  ]
}

const SHEET_ROWS = 22

function attendanceSheet(m: BriefingModel, pageBreak: boolean): Content[] {
  const body: TableCell[][] = [
    [th('No'), th('Nama'), th('Instansi'), th('Jabatan'), th('Tanda tangan')],
  ]
  for (let i = 1; i <= SHEET_ROWS; i++)
    body.push([
      { text: String(i), alignment: 'center' },
      '',
      '',
      '',
      { text: i % 2 ? `${i}.` : `      ${i}.`, color: GREY, fontSize: 8 },
    ])
  return [
    heading('DAFTAR HADIR', pageBreak),
    { text: m.meeting.title, bold: true },
    {
      text: `${m.meeting.dateLabel} · ${m.meeting.venue || '........................................'}`,
      margin: [0, 0, 0, 10],
    },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [22, 130, '*', 100, 80],
        heights: (row: number) => (row === 0 ? 14 : 22),
        body,
      },
      fontSize: 9,
    },
  ]
}

function minutes(m: BriefingModel, pageBreak: boolean): Content[] {
  const lines = (n: number): Content => ({
    table: { widths: ['*'], heights: 18, body: Array.from({ length: n }, () => ['']) },
    layout: {
      hLineWidth: (i: number) => (i === 0 ? 0 : 0.5),
      vLineWidth: () => 0,
      hLineColor: () => '#9ca3af',
    },
  })
  const field = (label: string, value = ''): TableCell[] => [
    { text: label, color: GREY },
    value || {
      text: '....................................................................',
      color: '#9ca3af',
    },
  ]
  const out: Content[] = [
    heading('NOTULEN', pageBreak),
    {
      table: {
        widths: [110, '*'],
        body: [
          field('Kegiatan', m.meeting.title),
          field('Hari / tanggal', m.meeting.dateLabel),
          field('Tempat', m.meeting.venue),
          field('Pimpinan rapat'),
          field('Notulis'),
          field('Peserta', 'lihat daftar hadir'),
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 8],
    },
  ]
  const items = m.agenda.length ? m.agenda.map((a) => `${a.order}. ${a.title}`) : ['Pembahasan']
  for (const item of items) out.push({ text: item, style: 'h2', margin: [0, 8, 0, 2] }, lines(4))
  out.push({ text: 'Keputusan', style: 'h2' }, lines(4))
  out.push(
    { text: 'Tindak lanjut', style: 'h2' },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', 120, 80],
        heights: (r: number) => (r === 0 ? 14 : 20),
        body: [
          [th('Apa'), th('Siapa'), th('Kapan')],
          ...Array.from({ length: 5 }, () => ['', '', '']),
        ],
      },
    },
  )
  out.push({
    columns: [
      { text: '' },
      {
        stack: [
          { text: 'Notulis,', margin: [0, 0, 0, 50] },
          { text: '(..........................................)' },
        ],
        width: 200,
      },
    ],
    margin: [0, 24, 0, 0],
    unbreakable: true,
  })
  return out
}

const BUILDERS: Partial<Record<PackSection, (m: BriefingModel, pageBreak: boolean) => Content[]>> =
  {
    summary,
    coverage: coverageTable,
    charts,
    commitments,
    profiles,
    paritrana: paritranaContent,
    agenda,
    invitees,
    actions,
    attendanceSheet,
    minutes,
  }

/** Appendix: the data-quality flags on figures and commitments this pack uses. */
function dataNotes(m: BriefingModel): Content[] {
  return [
    heading('Catatan data', true),
    note(
      'Angka yang dipakai dalam paket ini dan ditandai oleh pemeriksaan data. Angka tidak diubah; periksa sumbernya sebelum dikutip.',
    ),
    {
      ul: m.dataNotes.map((n) => ({
        text: [{ text: `${n.severityLabel}: `, bold: true }, n.text],
        margin: [0, 0, 0, 4] as [number, number, number, number],
      })),
      fontSize: 9.5,
    },
  ]
}

export function buildPackDocument(m: BriefingModel): TDocumentDefinitions {
  const content: Content[] = []
  if (m.sections.cover) content.push(...cover(m))
  for (const section of Object.keys(BUILDERS) as PackSection[]) {
    if (!m.sections[section]) continue
    content.push(...BUILDERS[section]!(m, content.length > 0))
  }
  if (!content.length) content.push(note('Tidak ada bagian yang dipilih.'))
  else if (m.dataNotes.length) content.push(...dataNotes(m))
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 46, 40, 54],
    info: {
      title: `Paket briefing: ${m.meeting.title}`,
      author: m.preparedBy || 'Simpul',
      subject: m.filtersLabel,
      creator: 'Simpul',
      producer: 'Simpul',
      creationDate: new Date(m.creationDate),
    },
    header: (page: number) =>
      page === 1 && m.sections.cover
        ? null
        : { text: m.meeting.title, fontSize: 7.5, color: GREY, margin: [40, 20, 40, 0] },
    footer: pageFooter(m.filtersLabel),
    content,
    defaultStyle: PDF_DEFAULT_STYLE,
    styles: PDF_STYLES,
  }
}
