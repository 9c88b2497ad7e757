import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { expect, it } from 'vitest'

import { searchableTypes } from './records'
import { eventEntry } from './testEntries'
import { readSnapshotRecords } from './snapshotRecords'

it('leaves out of search the events that are over when the records are read', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-search-snapshot-'))
  const files: Record<string, unknown[]> = { themes: [], ...Object.fromEntries(searchableTypes.map((type) => [type, []])) }
  files.events = [
    eventEntry({ slug: 'finie', endsAt: '2026-05-01T10:00:00.000Z' }),
    eventEntry({ slug: 'a-venir', endsAt: '2026-05-01T12:00:00.000Z' }),
  ]
  for (const [type, entries] of Object.entries(files)) await fs.writeFile(path.join(dir, `${type}.json`), JSON.stringify(entries))
  const records = await readSnapshotRecords(dir, Date.parse('2026-05-01T11:00:00.000Z'))
  expect(records.map((record) => record.id)).toEqual(['fr-events-a-venir'])
  await fs.rm(dir, { recursive: true })
})
