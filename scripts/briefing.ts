/**
 * The briefing pack from the command line, for automation:
 *   npm run briefing -- --data simpul-backup.simpul.json --meeting <id> --out pack.pdf
 *     [--as-of 2026-11-23] [--sections summary,coverage,...|--without profiles,minutes] [--prepared-by "Nama"]
 * Reads a backup file (the simpul-backup format, checksum verified), then uses the same
 * model and document builders as the app, so the PDF matches the one made in the browser.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { parseBackup } from '../src/renderer/features/data/backup-format'
import { todayWita } from '../src/shared/time'
import {
  buildBriefingModel,
  PACK_SECTIONS,
  type PackSection,
  type SectionChoice,
} from '../src/renderer/features/briefing/pack-model'
import { buildPackDocument } from '../src/renderer/features/briefing/pack-document'
import { normaliseSource, type PackSource } from '../src/renderer/features/briefing/pack-source'

const require = createRequire(import.meta.url)

/** A backup file's tables as a pack source (live records only). */
export async function sourceFromBackup(text: string): Promise<PackSource> {
  const parsed = await parseBackup(text)
  return normaliseSource(parsed.tables)
}

let fontsReady = false

/** pdfmake in Node: Roboto from its own folder; no URL and no other local file may be read. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  const pdfmake = require('pdfmake') as typeof import('pdfmake')
  if (!fontsReady) {
    const fonts = require('pdfmake/fonts/Roboto') as Parameters<typeof pdfmake.setFonts>[0]
    const fontDir = dirname(require.resolve('pdfmake/fonts/Roboto')) + sep
    pdfmake.setFonts(fonts)
    pdfmake.setUrlAccessPolicy(() => false)
    pdfmake.setLocalAccessPolicy((path: string) => resolve(path).startsWith(fontDir))
    fontsReady = true
  }
  return pdfmake.createPdf(doc).getBuffer()
}

export interface CliArgs {
  data: string
  meeting: string
  out: string
  asOf: string
  sections: Partial<SectionChoice>
  preparedBy?: string
}

export function parseArgs(argv: string[], today: string): CliArgs {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const data = get('data')
  const meeting = get('meeting')
  const out = get('out')
  if (!data || !meeting || !out)
    throw new Error(
      'Pemakaian: npm run briefing -- --data BERKAS --meeting ID --out BERKAS.pdf [--as-of TTTT-BB-HH] [--sections a,b] [--without a,b]',
    )
  const asOf = get('as-of') ?? today
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf))
    throw new Error(`--as-of harus TTTT-BB-HH, bukan "${asOf}"`)
  const list = (v: string | undefined) =>
    v
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : null
  const only = list(get('sections'))
  const without = list(get('without')) ?? []
  for (const s of [...(only ?? []), ...without])
    if (!(PACK_SECTIONS as readonly string[]).includes(s))
      throw new Error(`Bagian tidak dikenal: ${s}. Pilihan: ${PACK_SECTIONS.join(', ')}`)
  const sections = Object.fromEntries(
    PACK_SECTIONS.map((s) => [
      s,
      (only ? only.includes(s) : true) && !without.includes(s as PackSection),
    ]),
  ) as SectionChoice
  return { data, meeting, out, asOf, sections, preparedBy: get('prepared-by') }
}

async function main(): Promise<void> {
  const today = todayWita(new Date())
  const args = parseArgs(process.argv.slice(2), today)
  const source = await sourceFromBackup(await readFile(args.data, 'utf8'))
  const started = Date.now()
  const model = buildBriefingModel(source, {
    meetingId: args.meeting,
    asOf: args.asOf,
    sections: args.sections,
    preparedBy: args.preparedBy,
  })
  const pdf = await renderPdf(buildPackDocument(model))
  await writeFile(args.out, pdf)
  console.log(
    `Paket briefing "${model.meeting.title}" ditulis ke ${args.out} (${(pdf.length / 1024).toFixed(0)} KB, ${Date.now() - started} ms).`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
