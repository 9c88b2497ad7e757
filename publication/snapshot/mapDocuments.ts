import type { Payload } from 'payload'

import { defaultLocale, type LocaleCode } from '../locales'
import { sourceCollection } from '../registry'
import type { SnapshotCollection } from '../schema'
import { isFieldTranslated, isFullyTranslated } from '../translationStatus'
import { mappers } from './mappers'
import { seatsTakenByEvent } from './eventSeats'
import { calendarDomain } from './mappers/events'
import { documentMedia, filePublisher } from './media'
import { outdatedTranslations } from './outdatedTranslations'
import { ownTexts, publicDocuments } from './publicReads'
import type { SnapshotDocument } from './state'

/**
 * Maps documents to what the public site (and the search index) shows, in
 * each of `locales`: `mapDocuments(collection, ids?)` gives, by id, each
 * document's entry per language and the files it links.
 */
export function createSnapshotMapper(payload: Payload, locales: readonly LocaleCode[]) {
  const publishFile = filePublisher(payload)

  /** Maps the given documents (all when `ids` is not given) in every language. */
  const mapDocuments = async (collection: SnapshotCollection, ids?: readonly string[]) => {
    const map = mappers[collection]
    const exported = new Map<string, SnapshotDocument>()
    const cmsCollection = sourceCollection(collection)
    const french = await ownTexts(payload, cmsCollection, defaultLocale, ids)
    const isOutdated = await outdatedTranslations(payload, cmsCollection, ids)
    // Counts only events show; other types read none.
    const seats = collection === 'events' ? await seatsTakenByEvent(payload, ids) : new Map<string, number>()
    const facts = {
      calendarDomain: calendarDomain(payload.config.serverURL),
      seatsTaken: (id: number | string) => seats.get(String(id)) ?? 0,
    }
    for (const locale of locales) {
      const own = locale === defaultLocale ? french : await ownTexts(payload, cmsCollection, locale, ids)
      for await (const doc of publicDocuments<{ id: number; updatedAt: string }>(payload, cmsCollection, locale, {
        withFallback: true,
        ids,
      })) {
        const [source, translation] = [french.get(doc.id), own.get(doc.id)]
        const document = exported.get(String(doc.id)) ?? { updatedAt: doc.updatedAt, entries: {}, media: [] }
        const entry = map(doc as never, {
          locale,
          translation: {
            translated: isFullyTranslated(source, translation),
            outdated: locale !== defaultLocale && isOutdated(doc.id, locale, source, translation),
            titleTranslated: isFieldTranslated(source, translation, 'title') && isFieldTranslated(source, translation, 'question'),
            summaryTranslated: isFieldTranslated(source, translation, 'summary'),
            partTranslated: (pick) => isFullyTranslated(source && pick(source as never), translation && pick(translation as never)),
          },
          // The files it links are the document's own: the snapshot serves them while the document is public.
          media: documentMedia(publishFile, document.media),
          facts,
        })
        if (entry) document.entries[locale] = entry
        exported.set(String(doc.id), document)
      }
    }
    return exported
  }
  return { mapDocuments }
}
