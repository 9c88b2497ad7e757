import type { CollectionSlug, Payload } from 'payload'

import { pairTexts, type RecordedSource, textHash, textState } from '../translationSources'

type Doc = Record<string, unknown>

/**
 * Says whether a published translation is older than the published French: one of its texts was
 * translated from a French text that has changed since. Reads the translation status rows the CMS
 * keeps (cms/translations/trackTranslations.ts) for the documents whose latest translation is
 * outdated in some language; a text whose published translation is not the one recorded (a newer
 * draft exists) is left out, as nothing says what it was made from.
 */
export async function outdatedTranslations(payload: Payload, collection: CollectionSlug, ids?: readonly (number | string)[]) {
  const { docs } = await payload.find({
    collection: 'translation-status',
    where: {
      and: [
        { collection: { equals: collection } },
        { status: { equals: 'outdated' } },
        ...(ids ? [{ document: { in: ids.map(String) } }] : []),
      ],
    },
    select: { document: true, locale: true, sources: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const sources = new Map(docs.map((row) => [`${row.document}/${row.locale}`, (row.sources ?? {}) as Record<string, RecordedSource>]))
  const { fields } = payload.collections[collection].config
  return (id: number | string, locale: string, french: unknown, translation: unknown): boolean => {
    const recorded = sources.get(`${id}/${locale}`)
    if (!recorded) return false
    return pairTexts(fields, french as Doc, translation as Doc).some(({ path, french: frenchText, translation: translated }) => {
      const source = recorded[path]
      return source?.text === textHash(translated) && textState(frenchText, translated, source) === 'outdated'
    })
  }
}
