import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { fillIn } from '../../publication/textsByLanguage'
import type { SubtitleTrack } from '../components/subtitles/languagesWithoutTrack'
import { subtitleMessages } from '../translations/subtitleMessages'
import { locales } from '../../publication/locales'
import { refusal } from './refusal'

type Doc = Record<string, unknown>
type Row = SubtitleTrack & { id?: unknown }

/** The collection and the shared array whose rows are subtitle tracks, one per language. */
const subtitled = { collection: 'videos', field: 'subtitles' } as const

const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])

/** A file compares by its id, whether it was sent as an id or read as the document. */
const fileId = (file: unknown): string => {
  const id = file && typeof file === 'object' ? (file as { id?: unknown }).id : file
  return id === null || id === undefined ? '' : String(id)
}

/** Is `sent` the stored track unchanged? A row sent without its id keeps the stored one. */
const sameTrack = (sent: Row | undefined, stored: Row | undefined): boolean =>
  Boolean(sent && stored) &&
  sent!.language === stored!.language &&
  fileId(sent!.file) === fileId(stored!.file) &&
  (!sent!.id || String(sent!.id) === String(stored!.id))

const nameOf = (code: unknown): string => locales.find((locale) => locale.code === code)?.label ?? (code ? String(code) : '—')

/**
 * A translator may add, replace or remove the subtitle tracks of their own languages on a video,
 * although `subtitles` is shared: a track is a language's own, whatever language the save is made
 * in. Every other language's track must stay as stored, in the same order. When the save keeps to
 * that, its subtitles are left out of what restrictTranslators compares as shared fields (and the
 * save goes through the usual draft and publication rules); otherwise it is refused, naming the
 * field and the other languages' tracks it touched, and nothing is written.
 */
export const setAsideSubtitleTracksOfTheirLanguages = (
  req: PayloadRequest,
  collection: Pick<SanitizedCollectionConfig, 'slug'>,
  incoming: Doc,
  original: Doc | undefined,
  theirs: readonly string[],
): Doc => {
  if (collection.slug !== subtitled.collection || !(subtitled.field in incoming)) return incoming
  const isOthers = (row: Row) => !theirs.includes(String(row.language))
  const sent = rowsOf(incoming[subtitled.field]).filter(isOthers)
  const stored = rowsOf(original?.[subtitled.field]).filter(isOthers)
  if (sent.length === stored.length && sent.every((row, index) => sameTrack(row, stored[index]))) {
    const { [subtitled.field]: _theirTracks, ...rest } = incoming
    return rest
  }
  const trackIn = (rows: Row[], language: unknown) => rows.find((row) => row.language === language)
  const touched = [...new Set([...sent, ...stored].map((row) => row.language))].filter(
    (language) => !sameTrack(trackIn(sent, language), trackIn(stored, language)),
  )
  const t = subtitleMessages(req.i18n?.language)
  const detail =
    touched.length > 0 ? fillIn(t.otherLanguagesTracks, { languages: touched.map(nameOf).join(t.listSeparator) }) : t.otherTracksOrder
  const message = `${fillIn(t.onlyTheirTracks, { theirs: theirs.map(nameOf).join(t.listSeparator) })} ${detail}`
  throw refusal(req, collection.slug, [{ message, path: subtitled.field }])
}
