import type { CollectionSlug, PayloadRequest } from 'payload'

import { isLocaleCode, type LocaleCode } from '../../publication/locales'
import { withOwnLocale } from './withOwnLocale'

type Doc = Record<string, unknown>

/** Bookkeeping fields Payload or its plugins set on every save. */
export const systemFields = new Set(['id', 'createdAt', 'updatedAt', '_status', 'deletedAt'])

/** One version of a document: its latest (draft or not) or its published one. */
const readVersion = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  locale: LocaleCode | 'all',
  draft: boolean,
): Promise<Doc | null> =>
  (await req.payload.findByID({
    collection,
    id,
    locale,
    fallbackLocale: false,
    draft,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as Doc | null

/**
 * A document's latest version (draft or not), in `locale` ('all': every language, localized
 * values as `{ fr, en, … }`), read within the save's transaction.
 */
export const latestVersion = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  locale: LocaleCode | 'all',
): Promise<Doc | null> => readVersion(withOwnLocale(req), collection, id, locale, true)

/** A document's latest version and its published version, read as `latestVersion` says. */
export const latestAndPublished = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  locale: LocaleCode | 'all',
): Promise<[Doc | null, Doc | null]> =>
  Promise.all([
    readVersion(withOwnLocale(req), collection, id, locale, true),
    readVersion(withOwnLocale(req), collection, id, locale, false),
  ])

/**
 * The content as JSON with keys sorted and without bookkeeping fields. In an 'all' read, the
 * localized values are `{ fr, en, … }` objects: `leaveOut` says which languages' to drop
 * (every language's, to compare the shared fields and the rows' structure alone).
 */
const contentJson = (doc: Doc | null, leaveOut: (code: string) => boolean): string =>
  JSON.stringify(doc ?? {}, (key, value: unknown) => {
    if (systemFields.has(key)) return undefined
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value
    const entries = Object.entries(value as Doc)
    const localized = entries.every(([code]) => isLocaleCode(code))
    return Object.fromEntries(entries.filter(([code]) => !(localized && leaveOut(code))).sort(([a], [b]) => a.localeCompare(b)))
  })

/** Do two reads hold the same content (ignoring `leftOutLocale`'s values in an 'all' read)? */
export const sameContent = (a: Doc | null, b: Doc | null, leftOutLocale?: string): boolean =>
  contentJson(a, (code) => code === leftOutLocale) === contentJson(b, (code) => code === leftOutLocale)

/** Do two 'all' reads hold the same shared (non-localized) values and the same rows? */
export const sameSharedContent = (a: Doc | null, b: Doc | null): boolean => contentJson(a, () => true) === contentJson(b, () => true)
