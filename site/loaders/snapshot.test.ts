import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { LoaderContext } from 'astro/loaders'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { snapshotLoader } from './snapshot'

/** The part of Astro's data store the loader uses, with its documented digest rule. */
function memoryStore() {
  const entries = new Map<string, { id: string; data: unknown; digest?: string | number }>()
  return {
    entries,
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; data: unknown; digest?: string | number }) => {
      if (entries.get(entry.id)?.digest === entry.digest && entry.digest !== undefined) return false
      entries.set(entry.id, entry)
      return true
    },
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
  }
}

describe('snapshotLoader', () => {
  let dir: string
  const parsed: string[] = []
  const logs: string[] = []
  const store = memoryStore()
  const context = () =>
    ({
      store,
      parseData: async ({ id, data }: { id: string; data: unknown }) => {
        parsed.push(id)
        return data
      },
      generateDigest: (value: unknown) => JSON.stringify(value),
      logger: { info: (line: string) => logs.push(line), warn: (line: string) => logs.push(line) },
    }) as unknown as LoaderContext
  const write = (entries: object[]) => fs.writeFile(path.join(dir, 'faqs.json'), JSON.stringify(entries))

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-snapshot-'))
    process.env.HUB_SITE_SNAPSHOT = dir
  })
  afterEach(() => {
    delete process.env.HUB_SITE_SNAPSHOT
  })

  it('processes only new or changed entries, and drops the ones no longer exported', async () => {
    const loader = snapshotLoader('faqs')
    await write([
      { locale: 'fr', slug: 'adherer', title: 'Adhérer ?' },
      { locale: 'en', slug: 'adherer', title: 'Joining?' },
      { locale: 'fr', slug: 'donner', title: 'Donner ?' },
    ])
    await loader.load(context())
    expect(parsed.splice(0)).toEqual(['fr/adherer', 'en/adherer', 'fr/donner'])

    // One translation changed, one resource unpublished: only those are touched.
    await write([
      { locale: 'fr', slug: 'adherer', title: 'Adhérer ?' },
      { locale: 'en', slug: 'adherer', title: 'How do I join?' },
    ])
    await loader.load(context())
    expect(parsed.splice(0)).toEqual(['en/adherer'])
    expect(store.keys()).toEqual(['fr/adherer', 'en/adherer'])
    expect(logs.at(-1)).toBe('faqs: 1 updated, 1 removed, 2 in all')
  })
})
