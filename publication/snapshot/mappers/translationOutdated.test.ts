import { describe, expect, it } from 'vitest'

import { snapshotSchema, type SnapshotCollection } from '../../schema'
import { documentMedia } from '../media'
import type { MapContext } from './context'
import { mappers } from './index'

/**
 * Each entry says whether its translation is outdated, as the mapping found it, and stays a
 * valid entry of its type. A document per kind of mapper: a resource (resource.ts, which every
 * resource type but visuals shares), visuals, themes, events and groups.
 */

const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', publishedAt: '2026-01-01T00:00:00.000Z' }

const documents: Partial<Record<SnapshotCollection, object>> = {
  sheets: { id: 1, slug: 'une-fiche', title: 'Une fiche', summary: 'Résumé', kind: 'sheet', body: null, steps: [], ...stamps },
  visuals: {
    id: 2,
    title: 'Un visuel',
    downloadable: true,
    filename: 'visuel.png',
    mimeType: 'image/png',
    filesize: 100,
    width: 60,
    height: 40,
    alt: 'Un visuel',
    credit: 'Collectif',
    licence: 'cc-by',
    ...stamps,
  },
  themes: { id: 3, slug: 'ecologie', name: 'Écologie', description: '', colour: '#000000', ...stamps },
  events: {
    id: 4,
    slug: 'reunion',
    title: 'Réunion',
    summary: 'Résumé',
    description: null,
    type: { id: 1, slug: 'reunion-publique', name: 'Réunion publique' },
    eventStatus: 'scheduled',
    organisers: [],
    startsAt: '2099-06-01T08:00:00.000Z',
    endsAt: '2099-06-01T10:00:00.000Z',
    registration: { mode: 'none' },
    ...stamps,
  },
  groups: { id: 5, slug: 'lille', name: 'Lille', kind: 'local', active: true, description: null, ...stamps },
}

const contextWith = (outdated: boolean): MapContext => ({
  locale: 'en',
  translation: { translated: true, outdated, titleTranslated: true, summaryTranslated: true, partTranslated: () => true },
  media: documentMedia((collection, filename) => (filename ? [`/media/${collection}/${filename}`, `/uploads/${filename}`] : null), []),
  facts: { calendarDomain: 'cms.example.org', seatsTaken: () => 0 },
})

describe('translationOutdated in snapshot entries', () => {
  describe.each(Object.entries(documents) as [SnapshotCollection, object][])('%s', (type, doc) => {
    it.each([true, false])('is %s when the mapping says so, in an entry its schema accepts', (outdated) => {
      const entry = mappers[type](doc as never, contextWith(outdated))
      expect(entry).not.toBeNull()
      const parsed = snapshotSchema(type).parse(entry)
      expect(parsed).toMatchObject({ translated: true, translationOutdated: outdated })
    })
  })
})
