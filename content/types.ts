/**
 * The shape of the demo content in `content/data/`. Seed files are plain data:
 * the seed (`content/seed.ts`) turns them into CMS documents, converts Markdown
 * to rich text and generates artwork, so authors only ever write text here.
 *
 * Text conventions:
 * - `Localized` text always has `fr`; other locales are optional and fall back to fr.
 * - `Markdown` fields accept paragraphs, `**bold**`, `*italic*`, `- lists`,
 *   `1. ordered lists`, `### headings` and `[links](https://…)`.
 * - Slugs are lowercase ASCII words joined by hyphens and unique per collection.
 */

import { type LocaleCode, localeCodes } from '../publication/locales'
import type { Box, FieldType, LegalZone, NamedFormat, TextStyle } from '../tracts/template'

/** The demo content's languages are the hub's (publication/locales.ts): a new language may carry demo texts at once. */
export const contentLocales: readonly LocaleCode[] = localeCodes
export type ContentLocale = LocaleCode

export type Localized<T = string> = { fr: T } & Partial<Record<Exclude<ContentLocale, 'fr'>, T>>
export type Markdown = string

export type ThemeSlug =
  'ecologie' | 'democratie' | 'economie-travail' | 'services-publics' | 'egalites' | 'international' | 'medias-numerique' | 'militer'

export interface ThemeSeed {
  slug: ThemeSlug
  name: Localized
  description: Localized
  /** `#rrggbb`, dark enough for white text (contrast ≥ 4.5:1). */
  colour: string
}

export type TrainingKind = 'programme' | 'theory' | 'practice'
export type Level = 'beginner' | 'intermediate' | 'advanced'

export interface LessonSeed {
  slug: string
  title: Localized
  body: Localized<Markdown>
  /** Slug of a video in `videos.ts`. */
  video?: string
  /** Slugs of practical sheets in `sheets.ts` whose generated PDF is attached. */
  attachments?: string[]
}

export interface TrainingSeed {
  slug: string
  title: Localized
  summary: Localized
  kind: TrainingKind
  level: Level
  durationMinutes: number
  themes: ThemeSlug[]
  objectives: Localized[]
  modules: { title: Localized; summary?: Localized; lessons: LessonSeed[] }[]
  featured?: boolean
}

export interface Cue {
  /** Seconds from the start. */
  start: number
  end: number
  text: string
}

export interface VideoSeed {
  slug: string
  title: Localized
  summary: Localized
  provider: 'peertube' | 'youtube' | 'vimeo'
  /** Provider video id (PeerTube: `host/uuid`). */
  providerId: string
  durationSeconds: number
  themes: ThemeSlug[]
  /** Subtitles per language; `fr` and `en` always. The transcript is derived from them. */
  subtitles: Localized<Cue[]> & { en: Cue[] }
  featured?: boolean
}

export interface ChartSpec {
  kind: 'bars' | 'donut' | 'figures' | 'timeline'
  /** Unit shown after values, e.g. "%", "Md€", "ans". */
  unit?: string
  items: { label: Localized; value: number }[]
}

export interface InfographicSeed {
  slug: string
  title: Localized
  summary: Localized
  alt: Localized
  longDescription: Localized<Markdown>
  sources: { label: string; url: string }[]
  chart: ChartSpec
  themes: ThemeSlug[]
}

export type Licence = 'CC-BY-4.0' | 'CC-BY-SA-4.0' | 'CC0-1.0' | 'all-rights-reserved'

export interface VisualSeed {
  slug: string
  title: Localized
  alt: Localized
  credit: string
  licence: Licence
  downloadable: boolean
  themes: ThemeSlug[]
  /** What the generated artwork shows. */
  artwork: {
    style: 'slogan' | 'pattern' | 'landscape' | 'crowd' | 'icon'
    /** Short text drawn on slogan-style artwork (fr). */
    text?: string
    /** Two or three `#rrggbb` colours. */
    palette: string[]
  }
}

export interface BibliographyEntrySeed {
  author: string
  title: string
  publisher: string
  year: number
  /** ISBN-13 with a valid check digit, hyphens allowed. */
  isbn?: string
  url?: string
  annotation: Localized
}

export interface BibliographySeed {
  slug: string
  title: Localized
  intro: Localized<Markdown>
  themes: ThemeSlug[]
  entries: BibliographyEntrySeed[]
}

export interface SheetSeed {
  slug: string
  kind: 'sheet' | 'tutorial'
  title: Localized
  summary: Localized
  body: Localized<Markdown>
  steps: { title: Localized; body: Localized<Markdown> }[]
  themes: ThemeSlug[]
}

export type FaqCategory = 'movement' | 'act' | 'trainings' | 'donations' | 'data' | 'tracts'

export interface FaqSeed {
  slug: string
  category: FaqCategory
  order: number
  question: Localized
  answer: Localized<Markdown>
}

export interface ProgrammeChapterSeed {
  number: number
  slug: string
  title: Localized
  intro: Localized<Markdown>
  themes: ThemeSlug[]
  sections: { title: Localized; measures: { title: Localized; text: Localized<Markdown> }[] }[]
}

/**
 * One shape of a tract's artwork, in the page's unit (mm for print formats,
 * px for social ones) from the top-left corner. Colours are `#rrggbb`, opaque:
 * what a field's box sits on can then be checked for contrast.
 */
export type TractLayer =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; radius?: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string }
  /** A circle outline, `width` thick, centred on the radius. */
  | { kind: 'ring'; cx: number; cy: number; r: number; width: number; stroke: string }
  | { kind: 'polygon'; points: [number, number][]; fill: string }
  /** `count` rays (thin triangles) from a centre, spread evenly from angle `from` to `to` (degrees, clockwise from east). */
  | { kind: 'rays'; cx: number; cy: number; radius: number; count: number; from: number; to: number; fill: string }
  /** A grid of `columns` × `rows` dots, `gap` apart, the first centred on (x, y). */
  | { kind: 'dots'; x: number; y: number; columns: number; rows: number; gap: number; r: number; fill: string }
  /** A map pin whose point is at (x, y + height). */
  | { kind: 'pin'; x: number; y: number; height: number; fill: string; hole: string }

/** A field an activist fills in: `Localized` texts, geometry and style as in the engine's contract (tracts/template.ts). */
export interface TractFieldSeed {
  key: string
  label: Localized
  help: Localized
  type: FieldType
  box: Box
  style: TextStyle
  maxLength: number
  required: boolean
  defaultValue?: Localized
}

/** A demo tract template: its texts, its fields and the scene its artwork is drawn from. */
export interface TractSeed {
  slug: string
  name: Localized
  description: Localized
  themes: ThemeSlug[]
  /** Languages the template has its own texts in. */
  languages: ContentLocale[]
  format: NamedFormat
  /** Page colour, painted under the layers. */
  background: string
  artwork: { alt: Localized; layers: TractLayer[] }
  fields: TractFieldSeed[]
  /** Where the legal mention goes: required on print formats. */
  legal: LegalZone | null
}

export type GroupKind = 'local' | 'thematic'

/** A point in decimal degrees (WGS 84): what "near me" sorts by. */
export interface Coordinates {
  latitude: number
  longitude: number
}

/** A demo action group: never a person's data (its contact address is the group's, at example.org). */
export interface ActionGroupSeed {
  slug: string
  /** A proper name: the same in every language. */
  name: string
  kind: GroupKind
  description: Localized<Markdown>
  /** Local groups only: where they are. */
  place?: { city: string; postcode: string; department: string } & Coordinates
  themes: ThemeSlug[]
  contactEmail: string
  socialLinks?: { label: string; url: string }[]
}

export type EventTypeSlug = 'reunion-publique' | 'action-de-rue' | 'porte-a-porte' | 'formation' | 'rassemblement' | 'reunion-en-ligne'

export interface EventTypeSeed {
  slug: EventTypeSlug
  name: Localized
  order: number
}

/** A demo person signing up: an obviously fake first name and an example.org address. */
export interface DemoSignUpSeed {
  firstName: string
  email: `${string}@example.org`
  guests?: number
  language?: ContentLocale
}

/** A resource an event links to, by its slug in `trainings.ts`, `tracts.ts` or `sheets.ts`. */
export type EventResourceSeed = { training: string } | { tract: string } | { sheet: string }

/**
 * A demo event. Its dates are relative to the seeding day, so the agenda always has past and
 * coming events: `day` days after the seeding day (negative: before), at `startsAt` ("HH:MM")
 * local time in `timeZone` (Europe/Paris unless said).
 */
export interface EventSeed {
  slug: string
  title: Localized
  summary: Localized
  description: Localized<Markdown>
  type: EventTypeSlug
  themes: ThemeSlug[]
  /** Slugs of the organising groups in `actionGroups.ts`. */
  organisers: string[]
  day: number
  startsAt: `${number}:${number}`
  durationMinutes: number
  timeZone?: string
  place?: { venue: string; address: string; postcode: string; city: string; department: string } & Coordinates
  online?: { url: string; visibility: 'public' | 'registrants' }
  accessibility?: Localized
  status?: 'scheduled' | 'postponed' | 'cancelled'
  registration?:
    | { mode: 'none' }
    | { mode: 'external'; externalUrl: string }
    | { mode: 'site'; capacity?: number; maxGuests?: number; waitlist?: boolean; askPhone?: boolean }
  resources?: EventResourceSeed[]
  /** Demo sign-ups, made through the real sign-up so the seats add up (in this order: first come, first served). */
  signUps?: DemoSignUpSeed[]
}
