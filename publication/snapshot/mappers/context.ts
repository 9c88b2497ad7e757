import type { LocaleCode } from '../../locales'
import type { SnapshotCollection, SnapshotEntry } from '../../schema'
import type { DocumentMedia } from '../media'

/** Whether a document has its own text in the language mapped, entirely or for its title and summary, and whether that text is still current. */
export interface Translation {
  translated: boolean
  /** The French changed after this language's text was last translated: what the site shows may be out of date. */
  outdated: boolean
  titleTranslated: boolean
  summaryTranslated: boolean
  /** Whether one part (a lesson, a measure) has its own text: `pick` finds it in the stored document. */
  partTranslated: <Doc>(pick: (doc: Doc) => unknown) => boolean
}

/** What entries show beyond the documents read as a visitor, read once per mapping. */
export interface SnapshotFacts {
  /** The CMS's host (SERVER_URL's): the domain of events' calendar UIDs. */
  calendarDomain: string
  /** The seats taken at an event, by its id: a count, never who took them. */
  seatsTaken: (eventId: number | string) => number
}

/** What a mapper is given beside the document: the language, what of it is translated, the document's media, and the facts. */
export interface MapContext {
  locale: LocaleCode
  translation: Translation
  media: DocumentMedia
  facts: SnapshotFacts
}

/** The entry a document makes in one language, or null when it shows nothing there. */
export type Mapper<Type extends SnapshotCollection, Doc> = (doc: Doc, context: MapContext) => SnapshotEntry<Type> | null
