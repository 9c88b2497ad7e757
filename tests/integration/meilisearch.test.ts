import { afterAll, describe, expect, it } from 'vitest'

import { indexName, meilisearchConfig } from '../../search/config'
import { createClient, indexSettings, reindex, syncRecords } from '../../search/meilisearch'
import type { SearchRecord } from '../../search/records'

/**
 * Against a real Meilisearch server: runs when MEILISEARCH_HOST (and
 * MEILISEARCH_ADMIN_KEY if the server has a master key) is set, and is reported
 * as skipped otherwise. No such server can be installed on the CI machines.
 */
const config = meilisearchConfig()
const skipReason = config ? null : 'MEILISEARCH_HOST is not set: no Meilisearch server to test against'
const suite = skipReason ? describe.skip : describe

const record = (locale: string, slug: string, title: string): SearchRecord => ({
  id: `${locale}-trainings-${slug}`,
  type: 'trainings',
  locale,
  language: locale,
  title,
  summary: '',
  text: '',
  themes: ['Démocratie'],
  level: 'beginner',
  kind: 'practice',
  durationMinutes: 30,
  eventType: null,
  department: null,
  online: null,
  endsAt: null,
  date: '2026-01-01T00:00:00.000Z',
  url: `/${locale}/trainings/${slug}/`,
  image: null,
})

suite(`Meilisearch${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  const testConfig = config && { ...config, indexPrefix: `test-${process.pid}-` }
  const client = testConfig && createClient(testConfig)
  const search = async (locale: string, q: string) =>
    (await client!.index(indexName(testConfig!, locale)).search(q)).hits.map((hit) => (hit as { id: string }).id)
  afterAll(async () => {
    for (const locale of ['fr', 'en']) await client?.deleteIndexIfExists(indexName(testConfig!, locale))
  })

  it('applies the settings in code, again without change, and syncs a publication then its withdrawal', async () => {
    await syncRecords(
      testConfig!,
      ['fr', 'en'],
      [record('fr', 'ric', 'Le référendum d’initiative citoyenne'), record('en', 'ric', 'The citizens’ initiative referendum')],
      [],
    )
    await syncRecords(testConfig!, ['fr', 'en'], [], [])
    const settings = await client!.index(indexName(testConfig!, 'fr')).getSettings()
    expect(settings.searchableAttributes).toEqual(indexSettings.searchableAttributes)
    expect(settings.filterableAttributes?.sort()).toEqual([...(indexSettings.filterableAttributes ?? [])].sort())
    // Synonyms and typo tolerance come from the settings.
    expect(await search('fr', 'RIC')).toEqual(['fr-trainings-ric'])
    expect(await search('fr', 'referendom')).toEqual(['fr-trainings-ric'])

    await syncRecords(testConfig!, ['fr', 'en'], [], ['fr-trainings-ric', 'en-trainings-ric'])
    expect(await search('fr', 'référendum')).toEqual([])
    expect(await search('en', 'referendum')).toEqual([])
  })

  it('reindexes through a temporary index swapped in, searches answering all along', async () => {
    await syncRecords(testConfig!, ['fr'], [record('fr', 'ancien', 'Ancienne formation')], [])
    const progress: string[] = []
    await reindex(testConfig!, ['fr'], [record('fr', 'nouveau', 'Nouvelle formation')], (locale, sent, total) =>
      progress.push(`${locale} ${sent}/${total}`),
    )
    expect(progress).toEqual(['fr 1/1'])
    expect(await search('fr', 'formation')).toEqual(['fr-trainings-nouveau'])
    expect((await client!.getIndexes({ limit: 1000 })).results.map((index) => index.uid)).not.toContain(
      `${indexName(testConfig!, 'fr')}_next`,
    )
  })
})
