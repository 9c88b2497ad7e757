import { hash } from 'node:crypto'
import fs from 'node:fs/promises'

import type { CollectionKey } from 'astro:content'

import { snapshotTypes } from '../../../publication/registry'
import { type SnapshotCollection, snapshotSchema } from '../../../publication/schema'
import { snapshotCollectionFile } from '../../../publication/snapshot/collectionFile'
import { startBuildScope } from '../../lib/buildScope'

/** Each parsed entry by a digest of its raw JSON, by collection: an entry that did not change is not parsed again. */
type Parsed = Map<string, unknown>

const parsedByCollection = new Map<SnapshotCollection, Parsed>()

/** A collection's entries from the snapshot, parsed by its schema as the site's loader has Astro do it. */
async function readCollection(snapshotDir: string, collection: SnapshotCollection): Promise<unknown[]> {
  const raw = JSON.parse(await fs.readFile(snapshotCollectionFile(snapshotDir, collection), 'utf8')) as { locale: string; slug: string }[]
  // In the order Astro's content layer gives them: its data store is sorted by id (`locale/slug`), as it compares them.
  raw.sort((a, b) => `${a.locale}/${a.slug}`.localeCompare(`${b.locale}/${b.slug}`))
  const before = parsedByCollection.get(collection) ?? new Map()
  const now: Parsed = new Map()
  const schema = snapshotSchema(collection)
  const entries = raw.map((entry) => {
    // A digest, not the JSON itself: at 30,000 entries the texts would double what the cache holds.
    const key = hash('sha1', JSON.stringify(entry), 'base64url')
    const parsed = before.get(key) ?? schema.parse(entry)
    now.set(key, parsed)
    return parsed
  })
  parsedByCollection.set(collection, now)
  return entries
}

/**
 * Installs the snapshot in `snapshotDir` as the content of the next warm build (site/lib/buildScope.ts):
 * every collection is read once, when a page first asks for it.
 */
export function useSnapshotContent(snapshotDir: string) {
  const reads = new Map<SnapshotCollection, Promise<unknown[]>>()
  startBuildScope({
    snapshotDir,
    entries: (collection: CollectionKey) => {
      const type = collection as SnapshotCollection
      if (!snapshotTypes.includes(type)) return Promise.reject(new Error(`No snapshot collection ${collection}`))
      let read = reads.get(type)
      if (!read) reads.set(type, (read = readCollection(snapshotDir, type)))
      return read
    },
  })
}
