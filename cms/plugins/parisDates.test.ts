import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig, Config, Field, SanitizedConfig } from 'payload'
import { sanitizeConfig } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { eventTimeField } from '../fields/eventTime'
import { parisDateCell, parisDates, parisTimestampsComponent } from './parisDates'

const ownCell = '/cms/components/admin/Other#OtherCell'

const articles: CollectionConfig = {
  slug: 'articles',
  fields: [
    { name: 'publishedAt', type: 'date' },
    { name: 'consent', type: 'group', fields: [{ name: 'at', type: 'date' }] },
    { type: 'tabs', tabs: [{ label: 'Dates', fields: [{ name: 'opensAt', type: 'date' }] }] },
    eventTimeField({ name: 'startsAt', label: 'Starts' }),
    { name: 'startedAt', type: 'date', admin: { components: { Cell: ownCell } } },
  ],
}
const counters: CollectionConfig = { slug: 'counters', timestamps: false, fields: [{ name: 'count', type: 'number' }] }

const withPlugin = async (collections: CollectionConfig[]) =>
  (await parisDates({ collections } as Config)).collections as CollectionConfig[]

const collectionOf = (collections: CollectionConfig[], slug: string): CollectionConfig => {
  const collection = collections.find((candidate) => candidate.slug === slug)
  if (!collection) throw new Error(`No collection ${slug}`)
  return collection
}

const cellOf = (fields: Field[], name: string): unknown => {
  for (const field of fields) {
    if ('name' in field && field.name === name) return 'admin' in field ? field.admin?.components?.Cell : undefined
    const inner = field.type === 'tabs' ? field.tabs.flatMap((tab) => tab.fields) : 'fields' in field ? field.fields : []
    const found = cellOf(inner, name)
    if (found) return found
  }
  return undefined
}

describe('parisDates', () => {
  it('writes in Paris every date column without a zone of its own, however deep', async () => {
    const result = collectionOf(await withPlugin([articles]), 'articles')
    for (const name of ['publishedAt', 'at', 'opensAt', 'updatedAt', 'createdAt'])
      expect(cellOf(result.fields, name), name).toBe(parisDateCell)
    // Payload's cell writes a date in the zone stored beside it; a cell of the collection's own stays.
    expect(cellOf(result.fields, 'startsAt')).toBeUndefined()
    expect(cellOf(result.fields, 'startedAt')).toBe(ownCell)
  })

  it('shows the document’s own timestamps in Paris, once, where it has timestamps', async () => {
    const twice = await withPlugin(await withPlugin([articles, counters]))
    const result = collectionOf(twice, 'articles')
    expect(result.admin?.components?.edit?.beforeDocumentControls).toEqual([parisTimestampsComponent])
    expect(result.fields.filter((field) => 'name' in field && field.name === 'createdAt')).toHaveLength(1)
    expect(collectionOf(twice, 'counters')).toEqual(counters)
  })

  it('changes no column or index of any collection: no migration', { timeout: 60_000 }, async () => {
    // A fresh copy each time: sanitizing changes the fields it is given.
    const hubCollections = async () => {
      vi.resetModules()
      return (await import('../collections')).collections
    }
    // Sanitizing opens no database.
    const sanitized = async (collections: CollectionConfig[]) =>
      sanitizeConfig({
        db: {} as Config['db'],
        secret: 'test',
        editor: lexicalEditor(),
        collections,
        localization: { locales: ['fr', 'en'], defaultLocale: 'fr' },
      })
    // What the database adapters build their tables from: the fields, but how the admin shows them and what runs on them.
    const notStored = ['admin', 'hooks', 'access', 'editor', 'label', 'labels']
    const storedShape = (config: SanitizedConfig) =>
      JSON.stringify(
        config.collections.map(({ slug, flattenedFields }) => ({ slug, flattenedFields })),
        (key, value: unknown) => (notStored.includes(key) || typeof value === 'function' ? undefined : value),
      )
    const before = storedShape(await sanitized(await hubCollections()))
    const after = await sanitized(await withPlugin(await hubCollections()))
    expect(storedShape(after)).toBe(before)
    expect(
      after.collections
        .find(({ slug }) => slug === 'events')
        ?.fields.map((field) => ('name' in field ? field.name : field.type))
        .slice(-3),
    ).toEqual(['updatedAt', 'createdAt', '_status'])
  })
})
