import type { BaseFilter, Where } from 'payload'

import { defaultLocale, isLocaleCode } from '../../publication/locales'
import { languagesShownTo } from './documentStatus'

/** The list view's query parameter naming the language to translate into (`?translateInto=de`). */
export const translateParameter = 'translateInto'

/** No document: every document has an id. */
const none: Where = { id: { exists: false } }

/** The language a list view is filtered on, if the reader may see its translations. */
export const languageToTranslate = (query: Record<string, unknown> | undefined, user: Parameters<typeof languagesShownTo>[0]) => {
  const code = query?.[translateParameter]
  return isLocaleCode(code) && code !== defaultLocale && languagesShownTo(user).includes(code) ? code : null
}

/**
 * A collection's list filter "to translate into <language>": its documents whose translation in
 * that language is missing or outdated (cms/translations/trackTranslations.ts keeps the status).
 */
export const toTranslateFilter =
  (collection: string): BaseFilter =>
  async ({ req }) => {
    const code = languageToTranslate(req.query, req.user)
    if (!code) return null
    const { docs } = await req.payload.find({
      collection: 'translation-status',
      where: { and: [{ collection: { equals: collection } }, { locale: { equals: code } }, { status: { in: ['missing', 'outdated'] } }] },
      select: { document: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return docs.length === 0 ? none : { id: { in: docs.map((row) => row.document) } }
  }
