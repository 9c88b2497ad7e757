import fs from 'node:fs/promises'
import path from 'node:path'

import type { SnapshotEntry } from '../publication/schema'
import { type SearchRecord, searchableTypes, toSearchRecord } from './records'

/** The search records of a snapshot (var/site/content/), every type and language. */
export async function readSnapshotRecords(snapshotDir: string): Promise<SearchRecord[]> {
  const read = async <Key extends 'themes' | (typeof searchableTypes)[number]>(collection: Key) =>
    JSON.parse(await fs.readFile(path.join(snapshotDir, `${collection}.json`), 'utf8')) as SnapshotEntry<Key>[]
  const themeNames = new Map<string, Map<string, string>>()
  for (const theme of await read('themes')) {
    const names = themeNames.get(theme.locale) ?? new Map<string, string>()
    themeNames.set(theme.locale, names.set(theme.slug, theme.name))
  }
  const records: SearchRecord[] = []
  for (const type of searchableTypes) {
    for (const entry of await read(type)) records.push(toSearchRecord(type, entry as never, themeNames.get(entry.locale) ?? new Map()))
  }
  return records
}
