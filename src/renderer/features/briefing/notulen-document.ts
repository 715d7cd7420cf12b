/**
 * The filled notulen (minutes) of a meeting as a pdfmake document, from a NotulenModel of
 * ready words (built by the meetings area from what was recorded). Pure, like the pack's
 * document: the same model gives the same definition in the worker and in Node. It shares the
 * pack's headings, table headers and notes; the pack's blank notulen template stays for
 * meetings not yet held.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import {
  GREY,
  heading,
  note,
  pageFooter,
  PDF_DEFAULT_STYLE,
  PDF_STYLES,
  TEAL,
  th,
} from './pack-document'

export interface NotulenModel {
  title: string
  kindLabel: string
  dateLabel: string
  venue: string
  organiser: string
  regionsLabel: string
  seriesName: string
  final: boolean
  /** "Final, ditetapkan 9 Februari 2023 10.30 WITA oleh Rina" or "Draf, belum ditetapkan". */
  statusLine: string
  attendanceSummary: string
  attendance: { name: string; role: string; presence: string }[]
  agenda: { number: string; title: string; detail: string; outcome: string }[]
  decisions: { text: string; commitment: string }[]
  actions: { text: string; owner: string; due: string; status: string }[]
  commitments: { title: string; region: string; target: string; madeBy: string }[]
  carriedNote: string
  carried: { text: string; owner: string; due: string; from: string }[]
  corrections: { when: string; who: string; what: string; reason: string }[]
  /** "Disusun oleh Rina, 10 Februari 2023 08.00 WITA". */
  preparedLabel: string
  /** Instant pinned as the PDF's creation date. */
  creationDate: string
}

const table = (widths: (number | string)[], header: string[], rows: TableCell[][]): Content => ({
  table: {
    headerRows: 1,
    keepWithHeaderRows: 1,
    widths,
    body: [header.map(th), ...rows],
    dontBreakRows: true,
  },
  layout: 'lightHorizontalLines',
  fontSize: 9,
})

const section = (title: string): Content => ({ text: title, style: 'h2' })

/** Rows up to which a section's heading and table are kept on one page. */
const KEEP_TOGETHER_ROWS = 8

/**
 * A section: its heading is never left alone at the foot of a page. A short section moves to
 * the next page whole; a long one keeps its heading with its first part.
 */
function block(title: string, parts: Content[], rows: number): Content[] {
  if (rows <= KEEP_TOGETHER_ROWS) return [{ stack: [section(title), ...parts], unbreakable: true }]
  const [first, ...rest] = parts
  return [{ stack: [section(title), first!], unbreakable: true }, ...rest]
}

function meta(m: NotulenModel): Content {
  const row = (label: string, value: string): TableCell[] => [
    { text: label, color: GREY },
    { text: value || '—' },
  ]
  return {
    table: {
      widths: [110, '*'],
      body: [
        row('Kegiatan', m.title),
        row('Jenis', m.kindLabel),
        row('Hari / tanggal', m.dateLabel),
        row('Tempat', m.venue),
        row('Penyelenggara', m.organiser),
        row('Wilayah', m.regionsLabel),
        ...(m.seriesName ? [row('Seri kegiatan', m.seriesName)] : []),
        row('Status notulen', m.statusLine),
      ],
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 6],
  }
}

export function buildNotulenDocument(m: NotulenModel): TDocumentDefinitions {
  const content: Content[] = [
    {
      columns: [
        heading('NOTULEN', false),
        {
          text: m.final ? 'FINAL' : 'DRAF',
          width: 80,
          alignment: 'right',
          bold: true,
          fontSize: 11,
          color: m.final ? TEAL : '#b45309',
          margin: [0, 4, 0, 0],
        },
      ],
    },
    meta(m),
    ...block(
      'Kehadiran',
      [
        note(m.attendanceSummary),
        m.attendance.length
          ? table(
              [18, '*', 170, 130],
              ['No', 'Nama', 'Jabatan / instansi', 'Kehadiran'],
              m.attendance.map((a, i) => [
                { text: String(i + 1), alignment: 'right' },
                a.name,
                { text: a.role, fontSize: 8 },
                a.presence,
              ]),
            )
          : note('Belum ada undangan tercatat.'),
      ],
      m.attendance.length,
    ),
    ...block(
      'Agenda dan hasil pembahasan',
      m.agenda.length
        ? m.agenda.map((a): Content => ({
            unbreakable: true,
            stack: [
              {
                text: [
                  { text: `${a.number}. ${a.title}`, bold: true },
                  a.detail ? { text: `  ${a.detail}`, color: GREY, fontSize: 8.5 } : '',
                ],
                margin: [0, 4, 0, 2],
              },
              a.outcome
                ? { text: a.outcome, margin: [14, 0, 0, 4] }
                : ({
                    ...(note('Hasil pembahasan belum dicatat.') as object),
                    margin: [14, 0, 0, 4],
                  } as Content),
            ],
          }))
        : [note('Agenda belum dicatat.')],
      m.agenda.length,
    ),
    ...block(
      'Keputusan',
      [
        m.decisions.length
          ? {
              ol: m.decisions.map((d) =>
                d.commitment
                  ? {
                      text: [
                        d.text,
                        { text: `\nMenjadi komitmen: ${d.commitment}`, color: TEAL, fontSize: 8.5 },
                      ],
                    }
                  : d.text,
              ),
              margin: [0, 0, 0, 4],
            }
          : note('Tidak ada keputusan tercatat.'),
      ],
      m.decisions.length,
    ),
    ...block(
      'Tindak lanjut',
      [
        m.actions.length
          ? table(
              ['*', 110, 80, 60],
              ['Tindak lanjut', 'Penanggung jawab', 'Batas waktu', 'Status'],
              m.actions.map((a) => [a.text, a.owner || '—', a.due, a.status]),
            )
          : note('Tidak ada tindak lanjut tercatat.'),
      ],
      m.actions.length,
    ),
    ...block(
      'Komitmen yang disampaikan dalam kegiatan ini',
      [
        m.commitments.length
          ? table(
              ['*', 100, 130, 90],
              ['Komitmen', 'Wilayah', 'Target dan tenggat', 'Disampaikan oleh'],
              m.commitments.map((c) => [c.title, c.region, c.target, c.madeBy || '—']),
            )
          : note('Tidak ada komitmen tercatat dari kegiatan ini.'),
      ],
      m.commitments.length,
    ),
    ...block(
      'Tindak lanjut terbuka dari kegiatan sebelumnya dalam seri',
      [
        m.carried.length
          ? table(
              ['*', 100, 75, 110],
              ['Tindak lanjut', 'Penanggung jawab', 'Batas waktu', 'Dari kegiatan'],
              m.carried.map((a) => [a.text, a.owner || '—', a.due, { text: a.from, fontSize: 8 }]),
            )
          : note(m.carriedNote),
      ],
      m.carried.length,
    ),
  ]
  if (m.final) {
    content.push(
      ...block(
        'Koreksi sesudah notulen final',
        [
          m.corrections.length
            ? table(
                [95, 80, '*'],
                ['Waktu', 'Oleh', 'Perubahan dan alasan'],
                m.corrections.map((c) => [
                  { text: c.when, fontSize: 8 },
                  c.who,
                  { text: [c.what, { text: `\nAlasan: ${c.reason}`, italics: true, color: GREY }] },
                ]),
              )
            : note('Tidak ada koreksi sesudah notulen ditetapkan final.'),
        ],
        m.corrections.length,
      ),
    )
  }
  content.push({
    columns: [
      {
        stack: [
          { text: 'Pimpinan rapat,', margin: [0, 0, 0, 46] },
          { text: '(..........................................)' },
        ],
        width: 220,
      },
      { text: '' },
      {
        stack: [
          { text: 'Notulis,', margin: [0, 0, 0, 46] },
          { text: '(..........................................)' },
        ],
        width: 200,
      },
    ],
    margin: [0, 28, 0, 0],
    unbreakable: true,
  })
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 46, 40, 54],
    info: {
      title: `Notulen: ${m.title}`,
      creator: 'Simpul',
      producer: 'Simpul',
      creationDate: new Date(m.creationDate),
    },
    header: (page: number) =>
      page === 1
        ? null
        : { text: `Notulen · ${m.title}`, fontSize: 7.5, color: GREY, margin: [40, 20, 40, 0] },
    footer: pageFooter(`${m.final ? 'Notulen final' : 'Notulen draf'} · ${m.preparedLabel}`),
    content,
    defaultStyle: PDF_DEFAULT_STYLE,
    styles: PDF_STYLES,
  }
}
