import * as fs from 'node:fs/promises'
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  listBackups,
  openBackupsFolder,
  readBackup,
  rotateBackups,
  writeBackup,
  type BackupFs,
} from '../../../src/main/backups'

let dir: string
beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'simpul-backups-')), 'backups')
})
afterEach(async () => {
  await rm(join(dir, '..'), { recursive: true, force: true })
})

const bytes = (text: string) => new TextEncoder().encode(text)
const name = (n: number) => `simpul-backup-2026-11-${String(n).padStart(2, '0')}.simpul.json`

/** Seed a backup with a given age so "newest" does not depend on how fast the test runs. */
async function seed(fileName: string, minutesAgo: number, content = '{}') {
  await fs.mkdir(dir, { recursive: true })
  const path = join(dir, fileName)
  await writeFile(path, content)
  const when = new Date(Date.UTC(2026, 10, 23, 12, 0) - minutesAgo * 60_000)
  await utimes(path, when, when)
}

describe('writeBackup', () => {
  it('creates the folder and writes the backup', async () => {
    const info = await writeBackup(fs, dir, { fileName: name(1), data: bytes('{"a":1}'), keep: 5 })
    expect(info).toMatchObject({ fileName: name(1), sizeBytes: 7 })
    expect(new Date(info.modifiedAt).toString()).not.toBe('Invalid Date')
    expect(await readFile(join(dir, name(1)), 'utf8')).toBe('{"a":1}')
  })

  it('leaves no temporary file behind', async () => {
    await writeBackup(fs, dir, { fileName: name(1), data: bytes('{}'), keep: 5 })
    expect(await readdir(dir)).toEqual([name(1)])
  })

  it('keeps only the newest `keep` backups and never the one just written', async () => {
    for (let i = 1; i <= 6; i++) await seed(name(i), 100 - i) // name(6) is the newest seeded
    await seed('catatan.txt', 500)
    await seed('simpul-backup-lain.json', 500)
    await writeBackup(fs, dir, { fileName: name(20), data: bytes('{}'), keep: 3 })
    expect((await readdir(dir)).sort()).toEqual(
      ['catatan.txt', name(20), name(5), name(6), 'simpul-backup-lain.json'].sort(),
    )
  })

  it('keeps the new backup even when its clock is behind the others', async () => {
    for (let i = 1; i <= 3; i++) await seed(name(i), -1000 - i) // "in the future"
    await writeBackup(fs, dir, { fileName: name(20), data: bytes('{}'), keep: 1 })
    expect(await readdir(dir)).toEqual([name(20)])
  })

  it('replaces a backup of the same name whole', async () => {
    await seed(name(1), 10, 'old')
    await writeBackup(fs, dir, { fileName: name(1), data: bytes('new'), keep: 5 })
    expect(await readFile(join(dir, name(1)), 'utf8')).toBe('new')
  })

  it('leaves the previous backup intact and no temp file when the write fails half-way', async () => {
    await seed(name(1), 10, 'previous good backup')
    const failing: BackupFs = {
      ...fs,
      open: async (path, flags) => {
        const handle = await fs.open(path, flags)
        return {
          writeFile: async (data: Uint8Array) => {
            await handle.writeFile(data.subarray(0, 3))
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        }
      },
    }
    await expect(
      writeBackup(failing, dir, { fileName: name(1), data: bytes('new content'), keep: 5 }),
    ).rejects.toThrow('Cadangan tidak bisa ditulis: ENOSPC')
    expect(await readdir(dir)).toEqual([name(1)])
    expect(await readFile(join(dir, name(1)), 'utf8')).toBe('previous good backup')
  })

  it('writes a backup given in parts one part at a time, the file their concatenation', async () => {
    const writes: number[] = []
    const counting: BackupFs = {
      ...fs,
      open: async (path, flags) => {
        const handle = await fs.open(path, flags)
        return {
          writeFile: async (d: Uint8Array) => {
            writes.push(d.byteLength)
            await handle.writeFile(d)
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        }
      },
    }
    const parts = [bytes('{"a":'), bytes('[1,2,'), bytes(''), bytes('3]}')]
    const info = await writeBackup(counting, dir, { fileName: name(1), data: parts, keep: 5 })
    expect(writes).toEqual([5, 5, 0, 3])
    expect(await readFile(join(dir, name(1)), 'utf8')).toBe('{"a":[1,2,3]}')
    expect(info.sizeBytes).toBe(13)
  })

  it('renames only after the data is flushed to disk', async () => {
    const order: string[] = []
    const spying: BackupFs = {
      ...fs,
      open: async (path, flags) => {
        const handle = await fs.open(path, flags)
        return {
          writeFile: async (d: Uint8Array) => {
            order.push('write')
            await handle.writeFile(d)
          },
          sync: async () => {
            order.push('sync')
            await handle.sync()
          },
          close: async () => {
            order.push('close')
            await handle.close()
          },
        }
      },
      rename: async (from, to) => {
        order.push('rename')
        await fs.rename(from, to)
      },
    }
    await writeBackup(spying, dir, { fileName: name(1), data: bytes('{}'), keep: 5 })
    expect(order).toEqual(['write', 'sync', 'close', 'rename'])
  })

  it('refuses a name outside the pattern', async () => {
    await expect(
      writeBackup(fs, dir, { fileName: '../evil.simpul.json', data: bytes('{}'), keep: 5 }),
    ).rejects.toThrow('Nama berkas cadangan tidak sah.')
  })
})

describe('rotateBackups', () => {
  it('deletes the oldest beyond keep and reports them', async () => {
    for (let i = 1; i <= 4; i++) await seed(name(i), 10 - i)
    expect((await rotateBackups(fs, dir, 2)).sort()).toEqual([name(1), name(2)])
    expect((await readdir(dir)).sort()).toEqual([name(3), name(4)])
  })

  it('does nothing when there are fewer than keep', async () => {
    await seed(name(1), 1)
    expect(await rotateBackups(fs, dir, 5)).toEqual([])
  })
})

describe('listBackups', () => {
  it('lists backups newest first and ignores other files', async () => {
    await seed(name(1), 30, 'aaa')
    await seed(name(2), 10, 'bb')
    await seed('.simpul-backup-x.simpul.json.abc.tmp', 5)
    await fs.mkdir(join(dir, name(9)))
    expect(await listBackups(fs, dir)).toEqual([
      { fileName: name(2), sizeBytes: 2, modifiedAt: '2026-11-23T11:50:00.000Z' },
      { fileName: name(1), sizeBytes: 3, modifiedAt: '2026-11-23T11:30:00.000Z' },
    ])
  })

  it('is empty before the first backup', async () => {
    expect(await listBackups(fs, dir)).toEqual([])
  })
})

describe('readBackup', () => {
  it('reads a backup by name', async () => {
    await seed(name(1), 1, '{"ok":true}')
    expect(new TextDecoder().decode(await readBackup(fs, dir, name(1)))).toBe('{"ok":true}')
  })

  it.each([
    '../../etc/passwd',
    `../${name(1)}`,
    `sub/${name(1)}`,
    'simpul-backup-..simpul.json',
    name(1) + '\u0000',
  ])('refuses %j', async (bad) => {
    await expect(readBackup(fs, dir, bad)).rejects.toThrow('Nama berkas cadangan tidak sah.')
  })

  it('says when a backup does not exist', async () => {
    await expect(readBackup(fs, dir, name(7))).rejects.toThrow(
      `Cadangan ${name(7)} tidak ditemukan.`,
    )
  })
})

describe('openBackupsFolder', () => {
  it('creates the folder and opens it', async () => {
    const openPath = vi.fn(async () => '')
    await openBackupsFolder({ mkdir: fs.mkdir, openPath }, dir)
    expect(openPath).toHaveBeenCalledWith(dir)
    expect((await fs.stat(dir)).isDirectory()).toBe(true)
  })

  it('reports the shell error in Indonesian', async () => {
    await expect(
      openBackupsFolder({ mkdir: fs.mkdir, openPath: async () => 'No application' }, dir),
    ).rejects.toThrow('Folder cadangan tidak bisa dibuka: No application')
  })
})
