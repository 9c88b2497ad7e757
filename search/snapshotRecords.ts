import { readSnapshotCollection } from '../publication/snapshot/collectionFile'
import { isPast, type SearchRecord, searchableTypes, themeNamesByLocale, toSearchRecord } from './records'

/**
 * The search records of a snapshot (var/site/snapshot/), every type and language: events only
 * while they are coming (the static index is rebuilt with the site, so a past event leaves it then).
 */
export async function readSnapshotRecords(snapshotDir: string, now = Date.now()): Promise<SearchRecord[]> {
  const themeNames = themeNamesByLocale(await readSnapshotCollection(snapshotDir, 'themes'))
  const records: SearchRecord[] = []
  for (const type of searchableTypes) {
    for (const entry of await readSnapshotCollection(snapshotDir, type))
      records.push(toSearchRecord(type, entry as never, themeNames.get(entry.locale) ?? new Map()))
  }
  return records.filter((record) => !isPast(record, now))
}
