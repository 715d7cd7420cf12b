/** Size of the entry script that index.html loads first, raw and gzipped. */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface ChunkSize {
  file: string
  bytes: number
  gzipBytes: number
}

export async function firstChunkSize(webRoot: string): Promise<ChunkSize> {
  const html = await readFile(resolve(webRoot, 'index.html'), 'utf8')
  const src = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html)?.[1]
  if (!src) throw new Error(`${webRoot}/index.html has no module script`)
  const body = await readFile(resolve(webRoot, src.replace(/^\.?\//, '')))
  return { file: src, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length }
}
