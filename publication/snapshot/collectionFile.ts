import fs from 'node:fs/promises'
import path from 'node:path'

import type { SnapshotCollection, SnapshotEntry } from '../schema'

/** A collection's file in a snapshot folder: written by writeSnapshot, read by the site's loaders, the search index and the calendars. */
export const snapshotCollectionFile = (snapshotDir: string, collection: SnapshotCollection) => path.join(snapshotDir, `${collection}.json`)

/** A collection of a snapshot, as written (Astro's collections check it against its schema). */
export const readSnapshotCollection = async <Key extends SnapshotCollection>(snapshotDir: string, collection: Key) =>
  JSON.parse(await fs.readFile(snapshotCollectionFile(snapshotDir, collection), 'utf8')) as SnapshotEntry<Key>[]
