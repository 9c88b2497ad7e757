import type { Payload, Where } from 'payload'

import { defaultLocale, isLocaleCode, type LocaleCode } from '../../../publication/locales'
import { isEmptyText, localizedTexts, textHash, type TranslationState } from '../../../publication/translationSources'
import { statusRows } from '../trackTranslations'
import { type TranslatableCollection, translatableCollections } from '../translatableCollections'
import { type PublishedFrench, textsToUpdate } from './textsToUpdate'

type Doc = Record<string, unknown>

/** A document whose translation into one language a French publication gave work to. */
export interface PendingDocument {
  collection: TranslatableCollection
  id: string
  locale: LocaleCode
  /** The French title (public text), null when it has none. */
  title: string | null
  /** The document's texts outdated and missing in that language, as the dashboard counts them. */
  outdated: number
  missing: number
}

export interface DigestWindow {
  since: Date
  until: Date
}

interface StatusRow {
  locale: string
  title?: string | null
  outdated?: number | null
  missing?: number | null
  fields?: Record<string, TranslationState> | null
}

const inWindow = ({ since, until }: DigestWindow): Where[] => [
  { updatedAt: { greater_than: since.toISOString() } },
  { updatedAt: { less_than_equal: until.toISOString() } },
]

const pendingOf = (collection: TranslatableCollection, id: string, row: StatusRow): PendingDocument | null =>
  isLocaleCode(row.locale)
    ? { collection, id, locale: row.locale, title: row.title ?? null, outdated: row.outdated ?? 0, missing: row.missing ?? 0 }
    : null

/** A French document's translatable texts that are not empty, by path: what a translation is made from. */
const publishedFrench = (payload: Payload, collection: TranslatableCollection, doc: Doc): PublishedFrench =>
  new Map(
    localizedTexts(payload.collections[collection].config.fields, doc)
      .filter(({ value }) => !isEmptyText(value))
      .map(({ path, value }) => [path, textHash(value)]),
  )

/**
 * A drafted collection's documents published in the window (in any language: a translator's
 * publication changes no French and so gives no work), compared with the French they had
 * published when the window opened.
 */
const publishedInWindow = async (payload: Payload, collection: TranslatableCollection, window: DigestWindow) => {
  const { docs: versions } = await payload.findVersions({
    collection,
    where: { and: [{ 'version._status': { equals: 'published' } }, ...inWindow(window)] },
    locale: defaultLocale,
    fallbackLocale: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const pending: PendingDocument[] = []
  for (const id of new Set(versions.map((version) => String(version.parent)))) {
    const live = (await payload.findByID({
      collection,
      id,
      locale: defaultLocale,
      fallbackLocale: false,
      draft: false,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })) as Doc | null
    // Unpublished since: nothing of it is public to translate.
    if (live?._status !== 'published') continue
    const {
      docs: [before],
    } = await payload.findVersions({
      collection,
      where: {
        and: [
          { parent: { equals: id } },
          { 'version._status': { equals: 'published' } },
          { updatedAt: { less_than_equal: window.since.toISOString() } },
        ],
      },
      sort: '-updatedAt',
      limit: 1,
      locale: defaultLocale,
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
    })
    const frenchBefore = before ? publishedFrench(payload, collection, before.version as unknown as Doc) : null
    const frenchNow = publishedFrench(payload, collection, live)
    for (const row of (await statusRows(payload, collection, id)).values() as Iterable<StatusRow>) {
      if (textsToUpdate(frenchBefore, frenchNow, row.fields ?? {}).length === 0) continue
      const document = pendingOf(collection, id, row)
      if (document) pending.push(document)
    }
  }
  return pending
}

/**
 * A collection without drafts is public on every save, and keeps no earlier version to compare
 * with: its documents whose status changed in the window and that have texts to translate or review.
 */
const changedInWindow = async (payload: Payload, collection: TranslatableCollection, window: DigestWindow) => {
  const { docs } = await payload.find({
    collection: 'translation-status',
    where: {
      and: [
        { collection: { equals: collection } },
        ...inWindow(window),
        { or: [{ outdated: { greater_than: 0 } }, { missing: { greater_than: 0 } }] },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.flatMap((row) => pendingOf(collection, row.document, row as StatusRow) ?? [])
}

/**
 * Every language's documents that French publications in the window gave translation work to:
 * a published French text changed and its translation is now outdated, or French gained a text
 * not yet translated. A French draft gives none until it is published. In the dashboard's order
 * (the programme first), then by French title.
 */
export async function pendingWork(payload: Payload, window: DigestWindow): Promise<PendingDocument[]> {
  const pending: PendingDocument[] = []
  for (const collection of translatableCollections) {
    const drafted = Boolean(payload.collections[collection].config.versions?.drafts)
    const found = drafted ? await publishedInWindow(payload, collection, window) : await changedInWindow(payload, collection, window)
    pending.push(...found.sort((a, b) => (a.title ?? '').localeCompare(b.title ?? '', defaultLocale)))
  }
  return pending
}
