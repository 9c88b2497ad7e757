import type { TaskConfig } from 'payload'

import { meilisearchConfig } from '../../search/config'
import { isSearchable, publicTypeOf } from '../../publication/registry'
import { type SearchableType, type SearchRecord, themeNamesByLocale, toSearchRecord } from '../../search/records'
import type { SnapshotEntry } from '../../publication/schema'
import { siteLocaleCodes } from '../../publication/locales'

/**
 * The ids of a document's records to take out of search: every id it had in every language (its slug may have
 * changed), minus those it still has. A document without a slug (a visual) is named by its id on the site, so
 * a visual no longer downloadable, or deleted, leaves search too.
 */
export function staleRecordIds(
  type: SearchableType,
  document: { id: string; slugs: readonly string[] },
  records: readonly Pick<SearchRecord, 'id'>[],
  locales: readonly string[],
): string[] {
  const kept = new Set(records.map((record) => record.id))
  const slugs = document.slugs.length > 0 ? document.slugs : [document.id]
  return locales.flatMap((locale) => slugs.map((slug) => `${locale}-${type}-${slug}`)).filter((id) => !kept.has(id))
}

/**
 * Brings a document's search records up to date on the Meilisearch server
 * (only when MEILISEARCH_HOST is set). Queued on publish, unpublish and
 * delete; it runs in the job queue, never in the editor's request, and a
 * failure (server down) is retried with growing delays.
 */
export const syncSearchTask: TaskConfig<{ input: { collection: string; id: string; slugs: string[] }; output: object }> = {
  slug: 'syncSearch',
  label: 'Update the search server',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'slugs', type: 'json', required: true },
  ],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 2000 } },
  handler: async ({ input, req: { payload } }) => {
    const config = meilisearchConfig()
    // Queued with the CMS collection (`action-groups`); records and their ids name the public type (`groups`).
    const type = publicTypeOf(input.collection)
    if (!config || !type || !isSearchable(type)) return { output: {} }
    // Loaded here: the snapshot's rich-text rendering and the Meilisearch client stay out of the admin's start-up.
    const [{ createSnapshotMapper }, { syncRecords }] = await Promise.all([
      import('../../publication/snapshot/mapDocuments'),
      import('../../search/meilisearch'),
    ])
    const mapper = createSnapshotMapper(payload, siteLocaleCodes)
    const themes = [...(await mapper.mapDocuments('themes')).values()].flatMap(
      (theme) => Object.values(theme.entries) as SnapshotEntry<'themes'>[],
    )
    const themeNames = themeNamesByLocale(themes)
    const exported = (await mapper.mapDocuments(type, [input.id])).get(input.id)
    const records: SearchRecord[] = Object.values(exported?.entries ?? {}).map((entry) =>
      toSearchRecord(type, entry as never, themeNames.get((entry as { locale: string }).locale) ?? new Map()),
    )
    const removed = staleRecordIds(type, input, records, siteLocaleCodes)
    await syncRecords(config, siteLocaleCodes, records, removed)
    return { output: { records: records.length, removed: removed.length } }
  },
}

/**
 * Hourly, when a search server is configured: takes out the events that ended since (records are
 * written while an event is coming, and nothing else removes them when its end passes).
 */
export const removePastSearchEventsTask: TaskConfig<{ input: object; output: object }> = {
  slug: 'removePastSearchEvents',
  label: 'Remove ended events from the search server',
  schedule: [{ cron: '0 2 * * * *', queue: 'search' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async () => {
    const config = meilisearchConfig()
    if (!config) return { output: {} }
    const { removePastEvents } = await import('../../search/meilisearch')
    await removePastEvents(config, siteLocaleCodes)
    return { output: {} }
  },
}
