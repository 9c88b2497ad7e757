import type { LocaleCode } from '../publication/locales'
import { publicTypes, type SearchableType } from '../publication/registry'
import type { SnapshotEntry } from '../publication/schema'
import { resourcePath, pathTo } from '../publication/urls'

export { isSearchable, searchableTypes, type SearchableType } from '../publication/registry'

/**
 * One search record: a resource in one language, as both engines index it
 * (the static index, search/staticIndex.ts, and Meilisearch when configured). Built from the
 * snapshot (publication/snapshot/writeSnapshot.ts), which reads the CMS as an anonymous
 * visitor: only published content, and no field that could hold personal data.
 */
export interface SearchRecord {
  /** `<locale>-<type>-<slug>`: unique, and allowed as a Meilisearch document id. */
  id: string
  type: SearchableType
  locale: string
  /** The language the text is in: the French text stands in for a missing translation. */
  language: string
  title: string
  summary: string
  /** Plain text of the body (rich text without its markup), cut to `maxTextLength`. */
  text: string
  /** Theme names in the record's locale. */
  themes: string[]
  level: string | null
  /** A training's or a sheet's kind; a group's (local, thematic). */
  kind: string | null
  durationMinutes: number | null
  /** An event's type (its slug): public meeting, street action… */
  eventType: string | null
  /** The department code of an event's place or of a group. */
  department: string | null
  /** Whether an event can be joined online; null for what is not an event. */
  online: boolean | null
  /** When an event ends, in milliseconds since 1970 (UTC): a past event leaves search. */
  endsAt: number | null
  /** Publication date, ISO 8601: the "newest first" sort. */
  date: string | null
  url: string
  /** The 1200×630 picture under /media/, if the resource has one. */
  image: string | null
}

/** Long texts are indexed on their beginning: enough to be found, and the index stays small. */
export const maxTextLength = 4000

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** The text of some HTML, without tags, entities decoded, blocks separated by spaces. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (match, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16))
      if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)))
      return entities[code.toLowerCase()] ?? match
    })
    .replace(/\s+/g, ' ')
    .trim()
}

const clip = (text: string) => (text.length > maxTextLength ? `${text.slice(0, maxTextLength).replace(/\s+\S*$/, '')}…` : text)

type Entry<Type extends SearchableType> = SnapshotEntry<Type>

/** What each type adds to the common fields: its body, and what search filters on. */
const bodies: {
  [Type in SearchableType]: (entry: Entry<Type>) => {
    text: string[]
    level?: string
    kind?: string
    durationMinutes?: number
    eventType?: string
    department?: string | null
    online?: boolean
    endsAt?: number
  }
} = {
  trainings: (entry) => ({
    text: [
      ...entry.objectives,
      ...entry.modules.flatMap((module) => [
        module.title,
        module.summary,
        ...module.lessons.flatMap((lesson) => [lesson.title, htmlToText(lesson.bodyHtml)]),
      ]),
    ],
    level: entry.level,
    kind: entry.kind,
    durationMinutes: entry.durationMinutes,
  }),
  videos: (entry) => ({
    text: [htmlToText(entry.transcriptHtml)],
    durationMinutes: Math.round(entry.durationSeconds / 60),
  }),
  infographics: (entry) => ({ text: [htmlToText(entry.longDescriptionHtml)] }),
  sheets: (entry) => ({
    text: [htmlToText(entry.bodyHtml), ...entry.steps.flatMap((step) => [step.title, htmlToText(step.bodyHtml)])],
    kind: entry.kind,
  }),
  bibliographies: (entry) => ({
    text: [htmlToText(entry.introHtml), ...entry.entries.flatMap((book) => [book.author, book.title, book.annotation ?? ''])],
  }),
  faqs: (entry) => ({ text: [htmlToText(entry.answerHtml)] }),
  programme: (entry) => ({
    text: [
      htmlToText(entry.introHtml),
      ...entry.sections.flatMap((section) => [
        section.title,
        ...section.measures.flatMap((measure) => [measure.title, htmlToText(measure.textHtml)]),
      ]),
    ],
  }),
  events: (entry) => ({
    text: [
      htmlToText(entry.descriptionHtml),
      entry.place?.city ?? '',
      entry.place?.department ?? '',
      entry.type.name,
      ...entry.organisers.map((group) => group.name),
    ],
    eventType: entry.type.slug,
    department: entry.place?.department,
    online: entry.online !== null,
    endsAt: Date.parse(entry.endsAt),
  }),
  groups: (entry) => ({
    text: [htmlToText(entry.descriptionHtml), entry.city ?? '', entry.department ?? ''],
    kind: entry.kind,
    department: entry.department,
  }),
  // A tract template: what its fields ask for, and its format (A5, A4, a square for social networks…).
  tracts: (entry) => ({ text: entry.fields.map((field) => field.label), kind: entry.format }),
  // A visual's text is its title and the description of its picture (the summary): its credit, and what it is.
  visuals: (entry) => ({ text: [entry.credit, visualWords[entry.locale] ?? ''] }),
}

/**
 * What a visitor calls a visual, in each language: nothing else in a visual's record says it is one
 * (a tract template's name says "tract"), and "visuel" is what one searches to find them.
 */
export const visualWords: Partial<Record<string, string>> = {
  fr: 'visuel image',
  en: 'visual image picture',
  es: 'visual imagen',
  de: 'Bild Grafik',
  it: 'visual immagine',
  pt: 'visual imagem',
  ar: 'صورة بصرية',
} satisfies Record<LocaleCode, string>

/**
 * What a result shows: a title, a summary, a date and a picture; a visual, which has no summary, the
 * description of its picture instead; a group's are its name, its city and its logo; a tract template's
 * its name and description.
 */
const headOf = (entry: Entry<SearchableType>) =>
  'title' in entry
    ? {
        title: entry.title,
        summary: 'credit' in entry ? (entry.image?.alt ?? '') : entry.summary,
        date: entry.publishedAt,
        image: entry.image?.social ?? null,
      }
    : 'format' in entry
      ? { title: entry.name, summary: entry.description, date: null, image: null }
      : { title: entry.name, summary: entry.city ?? '', date: null, image: entry.logo?.social ?? null }

/** Whether a record is of an event that is over: not to be found any more. */
export const isPast = (record: Pick<SearchRecord, 'endsAt'>, now: number) => record.endsAt !== null && record.endsAt <= now

/** Where an entry is on the site: its own page, or its anchor in its type's one page (the FAQ, the programme). */
const urlOf = (type: SearchableType, { locale, slug }: { locale: string; slug: string }) => {
  const { route, pages } = publicTypes[type]
  return pages ? resourcePath(locale, route, slug) : `${pathTo(locale, route)}#${encodeURIComponent(slug)}`
}

/** Theme names by language, then slug, from the snapshot's theme entries: records name their themes in their language. */
export function themeNamesByLocale(themes: Iterable<Pick<SnapshotEntry<'themes'>, 'locale' | 'slug' | 'name'>>) {
  const names = new Map<string, Map<string, string>>()
  for (const { locale, slug, name } of themes) names.set(locale, (names.get(locale) ?? new Map<string, string>()).set(slug, name))
  return names
}

/** The search record of an exported entry; `themeNames` maps theme slugs to their names in the entry's locale. */
export function toSearchRecord<Type extends SearchableType>(
  type: Type,
  entry: Entry<Type>,
  themeNames: ReadonlyMap<string, string>,
): SearchRecord {
  const body = bodies[type](entry)
  const { title, summary, date, image } = headOf(entry)
  return {
    id: `${entry.locale}-${type}-${entry.slug}`,
    type,
    locale: entry.locale,
    language: entry.translated ? entry.locale : 'fr',
    title,
    summary,
    text: clip(body.text.filter(Boolean).join(' ')),
    themes: entry.themes.flatMap((slug) => themeNames.get(slug) ?? []),
    level: body.level ?? null,
    kind: body.kind ?? null,
    durationMinutes: body.durationMinutes ?? null,
    eventType: body.eventType ?? null,
    department: body.department ?? null,
    online: body.online ?? null,
    endsAt: body.endsAt ?? null,
    date,
    url: urlOf(type, entry),
    image,
  }
}
