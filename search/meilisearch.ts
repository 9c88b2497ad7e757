import { type EnqueuedTaskPromise, Meilisearch, type Settings } from 'meilisearch'

import { indexName, type MeilisearchConfig } from './config'
import { isPast, type SearchRecord } from './records'

/**
 * The Meilisearch side of search, on the server only (it holds the admin key):
 * one index per language, its settings kept here and applied on every sync
 * (idempotent), documents from the same records as the static index.
 */
export const indexSettings: Settings = {
  // In order of importance: a title match ranks above a match in the body.
  searchableAttributes: ['title', 'summary', 'themes', 'text'],
  // Events filter on their type, place and attendance, groups on their kind and department; `endsAt` removes past events.
  filterableAttributes: ['type', 'themes', 'level', 'kind', 'language', 'eventType', 'department', 'online', 'endsAt'],
  sortableAttributes: ['date'],
  displayedAttributes: [
    'id',
    'type',
    'locale',
    'language',
    'title',
    'summary',
    'text',
    'themes',
    'level',
    'kind',
    'durationMinutes',
    'eventType',
    'department',
    'online',
    'endsAt',
    'date',
    'url',
    'image',
  ],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'date:desc'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  synonyms: {
    ric: ["référendum d'initiative citoyenne", 'référendum'],
    "référendum d'initiative citoyenne": ['ric'],
    aec: ["l'avenir en commun", 'programme'],
    "l'avenir en commun": ['aec'],
    '6e république': ['sixième république', 'constituante'],
    'sixième république': ['6e république'],
    smic: ['salaire minimum'],
    'salaire minimum': ['smic'],
    'prise de parole': ['parler en public', 'prendre la parole'],
    'public speaking': ['speaking in public'],
  },
  stopWords: [
    'le',
    'la',
    'les',
    'l',
    'un',
    'une',
    'des',
    'de',
    'du',
    'd',
    'et',
    'en',
    'à',
    'au',
    'aux',
    'the',
    'a',
    'an',
    'of',
    'and',
    'to',
    'in',
  ],
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: 1000 },
}

export const createClient = (config: MeilisearchConfig) => new Meilisearch({ host: config.host, apiKey: config.adminKey })

/** Waits for a Meilisearch task and fails when the task did. */
async function done(task: EnqueuedTaskPromise) {
  const finished = await task.waitTask({ timeout: 120_000 })
  if (finished.status !== 'succeeded')
    throw new Error(`Meilisearch task ${finished.uid} ${finished.status}: ${finished.error?.message ?? ''}`)
}

/** Creates the index if needed and applies the settings (no-op when they are already there). */
async function prepareIndex(client: Meilisearch, uid: string) {
  if (!(await client.getIndexes({ limit: 1000 })).results.some((index) => index.uid === uid))
    await done(client.createIndex(uid, { primaryKey: 'id' }))
  await done(client.index(uid).updateSettings(indexSettings))
}

/**
 * Brings one document's records up to date in every language index: written
 * where the document is published, removed where it no longer is, or once it
 * is an event that is over.
 */
export async function syncRecords(
  config: MeilisearchConfig,
  locales: readonly string[],
  records: readonly SearchRecord[],
  removedIds: readonly string[],
  now = Date.now(),
) {
  const client = createClient(config)
  for (const locale of locales) {
    const uid = indexName(config, locale)
    await prepareIndex(client, uid)
    const own = records.filter((record) => record.locale === locale)
    const coming = own.filter((record) => !isPast(record, now))
    if (coming.length) await done(client.index(uid).addDocuments(coming))
    const removed = [
      ...removedIds.filter((id) => id.startsWith(`${locale}-`)),
      ...own.filter((record) => isPast(record, now)).map(({ id }) => id),
    ]
    if (removed.length) await done(client.index(uid).deleteDocuments(removed))
  }
}

/**
 * Removes the events that are over from every language index: records are written while an
 * event is coming, and nothing else takes them out when its end passes. For a periodic job.
 */
export async function removePastEvents(config: MeilisearchConfig, locales: readonly string[], now = Date.now()) {
  const client = createClient(config)
  for (const locale of locales) {
    const uid = indexName(config, locale)
    await prepareIndex(client, uid)
    await done(client.index(uid).deleteDocuments({ filter: `type = events AND endsAt <= ${now}` }))
  }
}

/**
 * Rebuilds every language index from scratch without interrupting searches:
 * each is filled under a temporary name, then swapped with the live one in one
 * step, and the old copy deleted. Events that are over are left out.
 */
export async function reindex(
  config: MeilisearchConfig,
  locales: readonly string[],
  records: readonly SearchRecord[],
  onProgress: (locale: string, sent: number, total: number) => void,
  now = Date.now(),
) {
  const client = createClient(config)
  const batchSize = 1000
  for (const locale of locales) {
    const uid = indexName(config, locale)
    const next = `${uid}_next`
    await client.deleteIndexIfExists(next)
    await prepareIndex(client, next)
    const own = records.filter((record) => record.locale === locale && !isPast(record, now))
    for (let start = 0; start < own.length; start += batchSize) {
      await done(client.index(next).addDocuments(own.slice(start, start + batchSize)))
      onProgress(locale, Math.min(start + batchSize, own.length), own.length)
    }
    if (!own.length) onProgress(locale, 0, 0)
    await prepareIndex(client, uid)
    await done(client.swapIndexes([{ indexes: [uid, next], rename: false }]))
    await done(client.deleteIndex(next))
  }
}
