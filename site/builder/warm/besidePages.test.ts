import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { snapshotTypes } from '../../../publication/registry'
import { snapshotCollectionFile } from '../../../publication/snapshot/collectionFile'
import { staticIndexDir } from '../../../search/staticIndex'
import { besidePagesWriter } from './besidePages'

let dir: string | undefined
afterEach(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

const taskIn = (root: string, snapshotDir: string) => ({
  snapshotDir,
  indexDir: path.join(root, 'index'),
  calendarsDir: path.join(root, 'calendars'),
  locales: ['fr'] as const,
  siteUrl: 'http://127.0.0.1:4321',
})

describe('the search index and calendars in a worker thread', () => {
  it('fails, saying why, when the worker cannot write them (no snapshot); what the folders held before is gone', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-beside-pages-'))
    const task = taskIn(dir, path.join(dir, 'no-snapshot'))
    await fs.mkdir(path.join(task.indexDir, 'left-over'), { recursive: true })
    await expect(besidePagesWriter()(task)).rejects.toThrow(/no-snapshot/)
    await expect(fs.access(path.join(task.indexDir, 'left-over'))).rejects.toThrow()
  })

  it('gives each build a worker of its own, made ready when the last one ended, after a failure too', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-beside-pages-'))
    const snapshotDir = path.join(dir, 'snapshot')
    await fs.mkdir(snapshotDir)
    for (const type of snapshotTypes) await fs.writeFile(snapshotCollectionFile(snapshotDir, type), '[]')
    const write = besidePagesWriter()
    await expect(write(taskIn(dir, path.join(dir, 'no-snapshot')))).rejects.toThrow(/no-snapshot/)
    for (let build = 0; build < 2; build++) {
      const task = taskIn(dir, snapshotDir)
      await expect(write(task)).resolves.toEqual({ records: 0, bytes: 0, kept: [] })
      expect((await fs.stat(path.join(task.indexDir, staticIndexDir))).isDirectory()).toBe(true)
      expect((await fs.stat(task.calendarsDir)).isDirectory()).toBe(true)
    }
  })
})
