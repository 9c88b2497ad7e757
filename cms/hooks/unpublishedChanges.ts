import type { CollectionSlug, PayloadRequest } from 'payload'

import { isLocaleCode, type LocaleCode } from '../locales'
import { keepingRequestLocale } from './keepingRequestLocale'

type Doc = Record<string, unknown>

/** Bookkeeping fields Payload or its plugins set on every save. */
export const systemFields = new Set(['id', 'createdAt', 'updatedAt', '_status', 'deletedAt'])

/**
 * A document's latest version (draft or not) and its published version, in `locale` ('all':
 * every language, localized values as `{ fr, en, … }`), read within the save's transaction.
 */
export const latestAndPublished = async (req: PayloadRequest, collection: CollectionSlug, id: number | string, locale: LocaleCode | 'all'): Promise<[Doc | null, Doc | null]> => {
  const read = async (draft: boolean) =>
    (await req.payload.findByID({ collection, id, locale, fallbackLocale: false, draft, depth: 0, req, overrideAccess: true, disableErrors: true })) as Doc | null
  return keepingRequestLocale(req, () => Promise.all([read(true), read(false)]))
}

/** The content as JSON with keys sorted, without bookkeeping fields nor (in an 'all' read) one language's values. */
const contentJson = (doc: Doc | null, leftOutLocale?: string): string =>
  JSON.stringify(doc ?? {}, (key, value: unknown) => {
    if (systemFields.has(key)) return undefined
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value
    const entries = Object.entries(value as Doc)
    const localized = entries.length > 0 && entries.every(([code]) => isLocaleCode(code))
    return Object.fromEntries(entries.filter(([code]) => !(localized && code === leftOutLocale)).sort(([a], [b]) => a.localeCompare(b)))
  })

/** Do two reads hold the same content (ignoring `leftOutLocale`'s values in an 'all' read)? */
export const sameContent = (a: Doc | null, b: Doc | null, leftOutLocale?: string): boolean => contentJson(a, leftOutLocale) === contentJson(b, leftOutLocale)
