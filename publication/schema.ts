import { z } from 'zod'

import { tractTemplateSchema } from '../tracts/template'
import type { ResourceType, SnapshotType } from './registry'

/**
 * The contract between the snapshot (`publication/snapshot/writeSnapshot.ts`) and the pages:
 * what one published resource looks like in one language. Only public fields
 * exist here, so personal data has nowhere to go. The types themselves are listed in registry.ts.
 */

/** The values a training's or a sheet's listing filters on (registry.ts names these enums as its facets). */
export const trainingKind = z.enum(['programme', 'theory', 'practice'])
export const trainingLevel = z.enum(['beginner', 'intermediate', 'advanced'])
export const sheetKind = z.enum(['sheet', 'tutorial'])

const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not a date')
/** Where the site serves files copied (hard-linked) from the uploads. */
const mediaUrl = z.string().startsWith('/media/')

/** A downloadable file copied into the site under /media/. */
export const downloadSchema = z.object({
  url: mediaUrl,
  title: z.string(),
  mimeType: z.string(),
  bytes: z.number().int().nonnegative(),
})
export type Download = z.infer<typeof downloadSchema>

const pixels = z.number().int().positive()
const pictureCopy = z.object({ url: mediaUrl, width: pixels, height: pixels })

/**
 * A picture as pages show it: its responsive copies in AVIF and WebP, made
 * when it was uploaded (cms/uploads/responsiveImages.ts), narrowest first;
 * site/lib/pictures.ts picks those a place needs.
 */
const responsiveImageSchema = z.object({
  /** The picture's own size: its proportions. */
  width: pixels,
  height: pixels,
  avif: z.array(pictureCopy),
  webp: z.array(pictureCopy),
  /** The uploaded file itself, published only for a picture without copies: an SVG, or one narrower than the narrowest copy. */
  original: mediaUrl.nullable(),
})
export type ResponsiveImage = z.infer<typeof responsiveImageSchema>

const percent = z.number().min(0).max(100)

/**
 * How a place of other proportions (a card) frames a picture: around the
 * editor's focal point (percent from the top left), or whole, on the colour of
 * its edge, for a picture whose text must not be cut.
 */
const framingSchema = z.object({
  focus: z.object({ x: percent, y: percent }),
  whole: z.boolean(),
  background: z
    .string()
    .regex(/^#[0-9a-f]{6}$/)
    .nullable(),
})
export type PictureFraming = z.infer<typeof framingSchema>

/**
 * A resource's picture: its copies, its alt text, its framing (without one, a
 * card cuts it around its centre), and the 1200×630 copy social networks show, under /media/.
 */
const pictureSchema = responsiveImageSchema.extend({ alt: z.string(), social: mediaUrl.nullable(), framing: framingSchema.optional() })
export type Picture = z.infer<typeof pictureSchema>

/**
 * Whether the French original changed after this language's text was translated: a translated
 * page then says so, with a link to the French.
 */
const translationOutdated = z.boolean()

/** Fields every resource page has. `translated` is false when the text shown is the French fallback. */
const resourceShape = {
  locale: z.string(),
  slug: z.string(),
  translated: z.boolean(),
  translationOutdated,
  /** The title, and the summary, have their own text in this language (even when the rest is not yet). */
  titleTranslated: z.boolean(),
  summaryTranslated: z.boolean(),
  title: z.string(),
  summary: z.string(),
  themes: z.array(z.string()),
  publishedAt: isoDate.nullable(),
  featured: z.boolean(),
  seo: z.object({ title: z.string().nullable(), description: z.string().nullable() }),
  image: pictureSchema.nullable(),
}

/** What each resource type adds to resourceShape. */
const resourceShapes = {
  trainings: {
    kind: trainingKind,
    level: trainingLevel,
    durationMinutes: z.number(),
    objectives: z.array(z.string()),
    modules: z.array(
      z.object({
        title: z.string(),
        titleTranslated: z.boolean(),
        summary: z.string(),
        lessons: z.array(
          z.object({
            slug: z.string(),
            titleTranslated: z.boolean(),
            translated: z.boolean(),
            title: z.string(),
            bodyHtml: z.string(),
            video: z.string().nullable(),
            attachments: z.array(downloadSchema),
          }),
        ),
      }),
    ),
  },
  videos: {
    source: z.enum(['upload', 'peertube', 'youtube', 'vimeo']),
    providerId: z.string().nullable(),
    file: downloadSchema.nullable(),
    durationSeconds: z.number().int().nonnegative(),
    subtitles: z.array(z.object({ language: z.string(), url: z.string() })),
    transcriptHtml: z.string(),
  },
  infographics: {
    longDescriptionHtml: z.string(),
    sources: z.array(z.object({ label: z.string(), url: z.string() })),
    highResolution: downloadSchema.nullable(),
    width: z.number().int(),
    height: z.number().int(),
  },
  sheets: {
    kind: sheetKind,
    bodyHtml: z.string(),
    steps: z.array(z.object({ title: z.string(), bodyHtml: z.string() })),
    attachments: z.array(downloadSchema),
  },
  bibliographies: {
    introHtml: z.string(),
    entries: z.array(
      z.object({
        author: z.string(),
        title: z.string(),
        publisher: z.string().nullable(),
        year: z.number().int().nullable(),
        isbn: z.string().nullable(),
        url: z.string().nullable(),
        annotation: z.string().nullable(),
      }),
    ),
  },
  faqs: {
    answerHtml: z.string(),
    category: z.string(),
    order: z.number(),
  },
  programme: {
    number: z.number().int(),
    introHtml: z.string(),
    sections: z.array(
      z.object({
        title: z.string(),
        titleTranslated: z.boolean(),
        measures: z.array(
          z.object({ number: z.string(), titleTranslated: z.boolean(), translated: z.boolean(), title: z.string(), textHtml: z.string() }),
        ),
      }),
    ),
  },
  visuals: {
    credit: z.string(),
    licence: z.string(),
    width: z.number().int(),
    height: z.number().int(),
    sizes: z.array(downloadSchema.extend({ name: z.string(), width: z.number().int(), height: z.number().int() })),
  },
} satisfies Record<ResourceType, z.ZodRawShape>

export const themeSchema = z.object({
  locale: z.string(),
  slug: z.string(),
  translated: z.boolean(),
  translationOutdated,
  name: z.string(),
  description: z.string(),
  colour: z.string(),
})

/** The values the agenda and the group directory filter on (registry.ts names them as facets). */
export const eventStatus = z.enum(['scheduled', 'postponed', 'cancelled'])
export const registrationMode = z.enum(['site', 'none', 'external'])
export const groupKind = z.enum(['local', 'thematic'])

/** Where a place is, when its coordinates are known (WGS 84, decimal degrees). */
const coordinates = { latitude: z.number().min(-90).max(90).nullable(), longitude: z.number().min(-180).max(180).nullable() }

/**
 * An event in one language, as the agenda, its page, its calendars and search show it. Only public
 * fields: nothing about who signed up but counts. `online.url` is null when the link is sent to
 * registrants only. Times are instants (UTC); `timeZone` is where they are shown.
 */
export const eventSchema = z.object({
  locale: z.string(),
  /** The CMS's id: what the sign-up form and the seats endpoint name the event by. */
  id: z.string(),
  slug: z.string(),
  translated: z.boolean(),
  translationOutdated,
  titleTranslated: z.boolean(),
  summaryTranslated: z.boolean(),
  title: z.string(),
  summary: z.string(),
  descriptionHtml: z.string(),
  type: z.object({ slug: z.string(), name: z.string() }),
  status: eventStatus,
  themes: z.array(z.string()),
  /** The organising groups, by slug and name, in the order the event lists them. */
  organisers: z.array(z.object({ slug: z.string(), name: z.string() })),
  startsAt: isoDate,
  endsAt: isoDate,
  timeZone: z.string(),
  place: z
    .object({
      venue: z.string().nullable(),
      address: z.string().nullable(),
      postcode: z.string().nullable(),
      city: z.string().nullable(),
      department: z.string().nullable(),
      country: z.string().nullable(),
      ...coordinates,
    })
    .nullable(),
  online: z.object({ url: z.string().nullable() }).nullable(),
  accessibility: z.string().nullable(),
  image: pictureSchema.nullable(),
  registration: z.object({
    mode: registrationMode,
    externalUrl: z.string().nullable(),
    capacity: z.number().int().positive().nullable(),
    maxGuests: z.number().int().nonnegative(),
    waitlist: z.boolean(),
    askPhone: z.boolean(),
    opensAt: isoDate.nullable(),
    closesAt: isoDate.nullable(),
    /** Seats taken when the entry was written (the page's first state; the seats island updates it). */
    seatsTaken: z.number().int().nonnegative(),
  }),
  /** Linked resources (a training session's training, a street action's tract): their type, slug and title. */
  resources: z.array(z.object({ type: z.string(), slug: z.string(), title: z.string() })),
  /** iCalendar: the same UID in every language and feed, SEQUENCE raised on every published change. */
  calendar: z.object({ uid: z.string(), sequence: z.number().int().nonnegative() }),
  publishedAt: isoDate.nullable(),
  updatedAt: isoDate,
})
export type EventEntry = z.infer<typeof eventSchema>

/** An active action group in one language: never a person's data (its contact address is the group's). */
export const groupSchema = z.object({
  locale: z.string(),
  slug: z.string(),
  translated: z.boolean(),
  translationOutdated,
  name: z.string(),
  kind: groupKind,
  descriptionHtml: z.string(),
  city: z.string().nullable(),
  postcode: z.string().nullable(),
  department: z.string().nullable(),
  ...coordinates,
  themes: z.array(z.string()),
  contactEmail: z.string().nullable(),
  socialLinks: z.array(z.object({ label: z.string(), url: z.string() })),
  logo: pictureSchema.nullable(),
})
export type GroupEntry = z.infer<typeof groupSchema>

/** A resource type's schema: the common fields and the type's own. */
export const resourceSchema = <Type extends ResourceType>(type: Type) => z.object({ ...resourceShape, ...resourceShapes[type] })

/** A tract template as the customiser island draws it (artwork and fonts under /media/), plus what the gallery shows. */
export const tractSchema = z.object({
  ...tractTemplateSchema.shape,
  translated: z.boolean(),
  translationOutdated,
  /** The template drawn filled in with sample data (site/data/tractPreviews.ts), for the gallery; null until drawn. */
  preview: responsiveImageSchema.nullable(),
})

/** The schema of each snapshot type: a type missing here, or one too many, fails to compile. */
type Schemas = { themes: typeof themeSchema; tracts: typeof tractSchema; events: typeof eventSchema; groups: typeof groupSchema } & {
  [Type in ResourceType]: ReturnType<typeof resourceSchema<Type>>
}
export type SnapshotCollection = SnapshotType
export type SnapshotSchema<Key extends SnapshotCollection> = Schemas[Key]
export type SnapshotEntry<Key extends SnapshotCollection> = z.input<Schemas[Key]>

/** What one entry of a snapshot type looks like (the site's content collections parse with it). */
export function snapshotSchema<Key extends SnapshotCollection>(type: Key): SnapshotSchema<Key>
export function snapshotSchema(type: SnapshotCollection) {
  if (type === 'themes') return themeSchema
  if (type === 'tracts') return tractSchema
  if (type === 'events') return eventSchema
  if (type === 'groups') return groupSchema
  // Every other snapshot type is a resource: a new type that is not fails to compile here.
  return resourceSchema(type)
}

/** One file the site must serve: copied (hard-linked) from the uploads into the build. */
export interface MediaFile {
  from: string
  url: string
}
