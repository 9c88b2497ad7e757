import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { writeBesidePages } from './besidePages'

let dir: string | undefined
afterEach(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

describe('the search index and calendars in a worker thread', () => {
  it('fails, saying why, when the worker cannot write them (no snapshot); what the folders held before is gone', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-beside-pages-'))
    const [indexDir, calendarsDir] = [path.join(dir, 'index'), path.join(dir, 'calendars')]
    await fs.mkdir(path.join(indexDir, 'left-over'), { recursive: true })
    const writing = writeBesidePages({
      snapshotDir: path.join(dir, 'no-snapshot'),
      indexDir,
      calendarsDir,
      locales: ['fr'],
      siteUrl: 'http://127.0.0.1:4321',
    })
    await expect(writing).rejects.toThrow(/no-snapshot/)
    await expect(fs.access(path.join(indexDir, 'left-over'))).rejects.toThrow()
  })
})
