import fs from 'node:fs/promises'
import path from 'node:path'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { CollectionSlug, Payload } from 'payload'

import { type ArtworkUpload, toTractTemplate } from '../toTractTemplate'
import { defaultLocale, type LocaleCode } from '../locales'
import type {
  Bibliography,
  Faq,
  File as UploadedFile,
  Infographic,
  Programme,
  Sheet,
  Theme,
  Training,
  TractTemplateDoc,
  Video,
  Visual,
} from '../../cms/payload-types'
import { type ResponsiveFormat, responsiveSizeName, responsiveSizeNames, responsiveWidths } from '../responsiveImages'
import { fontUrl } from '../../tracts/fonts'
import type { Download, MediaFile, Picture, SnapshotCollection, SnapshotEntry } from '../schema'
import { isFieldTranslated, isFullyTranslated } from '../translationStatus'

/**
 * Writes what the public site shows, one JSON file per collection, from the
 * Payload Local API *as an anonymous visitor* (`overrideAccess: false`): the
 * same access rules as the public API decide what leaves the CMS, so drafts
 * and accounts cannot. Each entry is one resource in one language.
 */
export interface SnapshotOptions {
  locales: readonly LocaleCode[]
  outDir: string
  onProgress?: (collection: string, entries: number) => void
}

export interface SnapshotResult {
  entries: Record<SnapshotCollection, number>
  media: MediaFile[]
}

type RichText = Parameters<typeof convertLexicalToHTML>[0]['data']
/** Whether a document has its own text in the language exported, entirely or for its title and summary. */
interface Translation {
  translated: boolean
  titleTranslated: boolean
  summaryTranslated: boolean
  /** Whether one part (a lesson, a measure) has its own text: `pick` finds it in the stored document. */
  partTranslated: <Doc>(pick: (doc: Doc) => unknown) => boolean
}
type Relation<T> = number | T | null | undefined

const batchSize = 250

/** The CMS collection a snapshot collection is read from, where their names differ. */
const sourceCollections: Partial<Record<SnapshotCollection, CollectionSlug>> = { tracts: 'tract-templates' }
const sourceOf = (collection: SnapshotCollection): CollectionSlug => sourceCollections[collection] ?? (collection as CollectionSlug)

const richTextToHtml = (value: unknown): string =>
  value && typeof value === 'object' && 'root' in value
    ? convertLexicalToHTML({ data: value as RichText, disableContainer: true })
    : ''

const populated = <T extends object>(value: Relation<T>): T | null => (value && typeof value === 'object' ? value : null)

/**
 * Every public document of a collection in one language, in batches, read
 * as an anonymous visitor: access rules leave out drafts and private data.
 * With French fallback for pages (depth 1, relations filled in), or without
 * it to see which texts a language really has (depth 0).
 */
async function* publicDocuments<T>(
  payload: Payload,
  collection: CollectionSlug,
  locale: LocaleCode,
  { withFallback, ids }: { withFallback: boolean; ids?: readonly (number | string)[] },
) {
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection,
      locale,
      ...(ids ? { where: { id: { in: ids } } } : {}),
      fallbackLocale: withFallback ? defaultLocale : false,
      depth: withFallback ? 1 : 0,
      limit: batchSize,
      page,
      sort: 'id',
      overrideAccess: false,
      draft: false,
    })
    for (const doc of result.docs) yield doc as T
    if (!result.hasNextPage) return
  }
}

/** The texts each document has of its own in one language, by id. */
async function ownTexts(payload: Payload, collection: CollectionSlug, locale: LocaleCode, ids?: readonly (number | string)[]) {
  const docs = new Map<number | string, unknown>()
  for await (const doc of publicDocuments<{ id: number | string }>(payload, collection, locale, { withFallback: false, ids })) docs.set(doc.id, doc)
  return docs
}

/** When each public document of a collection last changed, by id, in id order. */
async function publicVersions(payload: Payload, collection: CollectionSlug) {
  const { docs } = await payload.find({
    collection,
    select: { updatedAt: true },
    depth: 0,
    pagination: false,
    sort: 'id',
    overrideAccess: false,
    draft: false,
  })
  return new Map(docs.map((doc) => [String(doc.id), String((doc as { updatedAt?: string }).updatedAt)]))
}

/**
 * What the previous export made of each document, so that the next one reads
 * again only documents changed since (an editor's publication at 10,000
 * resources: 2 s instead of 20). Documents point to themes, pictures, files and
 * videos: a change to any of those, or to the languages, starts afresh.
 */
export interface SnapshotDocument {
  updatedAt: string
  entries: Partial<Record<LocaleCode, object>>
  media: [url: string, from: string][]
}
interface SnapshotState {
  basis: string
  collections: Partial<Record<SnapshotCollection, Record<string, SnapshotDocument>>>
}
/** Bumped when the mapping changes, so that the next export reads everything again. */
const snapshotVersion = 1
const relatedCollections = ['themes', 'visuals', 'files', 'videos', 'tract-artwork'] as const

async function readState(file: string, basis: string): Promise<SnapshotState> {
  try {
    const state = JSON.parse(await fs.readFile(file, 'utf8')) as SnapshotState
    if (state.basis === basis) return state
  } catch {
    // No earlier export, or an unreadable one: export everything.
  }
  return { basis, collections: {} }
}

type UploadCollection = 'visuals' | 'files' | 'tract-artwork'

/**
 * Maps documents to what the public site (and the search index) shows, in
 * each of `locales`: `mapDocuments(collection, ids?)` gives, by id, each
 * document's entry per language and the files it links.
 */
export function createSnapshotMapper(payload: Payload, locales: readonly LocaleCode[]) {
  // Where each upload collection keeps its files, as configured in the CMS.
  const staticDir = (collection: UploadCollection) => {
    const upload = payload.collections[collection].config.upload
    return path.resolve(typeof upload === 'object' && upload.staticDir ? upload.staticDir : collection)
  }

  /** The files linked by the document being mapped. */
  let linked: SnapshotDocument['media'] = []
  const publish = (collection: UploadCollection, filename: string | null | undefined): string | null => {
    if (!filename) return null
    const url = `/media/${collection}/${encodeURIComponent(filename)}`
    linked.push([url, path.join(staticDir(collection), filename)])
    return url
  }
  const download = (file: Relation<UploadedFile>): Download | null => {
    const doc = populated(file)
    const url = publish('files', doc?.filename)
    return doc && url ? { url, title: doc.title, mimeType: doc.mimeType ?? 'application/octet-stream', bytes: doc.filesize ?? 0 } : null
  }
  const downloads = (files: Relation<UploadedFile>[] | null | undefined) =>
    (files ?? []).map(download).filter((file): file is Download => file !== null)
  /**
   * A visual as pages show it: its responsive copies, made at upload, or its
   * file itself when it has none (an SVG, a small picture); its alt text and
   * its copy for social networks.
   */
  const picture = (visual: Relation<Visual>): Picture | null => {
    const doc = populated(visual)
    if (!doc?.filename || !doc.width || !doc.height) return null
    const copies = (format: ResponsiveFormat) =>
      responsiveWidths.flatMap((width) => {
        const size = doc.sizes?.[responsiveSizeName(format, width) as keyof NonNullable<Visual['sizes']>]
        const url = publish('visuals', size?.filename)
        return url && size?.width && size.height ? [{ url, width: size.width, height: size.height }] : []
      })
    const [avif, webp] = [copies('avif'), copies('webp')]
    return {
      width: doc.width,
      height: doc.height,
      avif,
      webp,
      original: webp.length > 0 ? null : publish('visuals', doc.filename),
      alt: doc.alt,
      social: publish('visuals', doc.sizes?.social?.filename),
    }
  }
  const themeSlugs = (themes: Relation<Theme>[] | null | undefined) =>
    (themes ?? []).flatMap((theme) => (populated(theme) ? [(theme as Theme).slug] : []))

  type Resource = Training | Video | Infographic | Sheet | Bibliography | Faq | Programme
  const resourceFields = (doc: Resource, locale: LocaleCode, { translated, titleTranslated, summaryTranslated }: Translation, title: string, image: Relation<Visual>) => ({
    locale,
    slug: doc.slug,
    translated,
    titleTranslated,
    summaryTranslated,
    title,
    summary: 'summary' in doc ? doc.summary : '',
    themes: themeSlugs(doc.themes),
    publishedAt: doc.publishedAt ?? null,
    updatedAt: doc.updatedAt,
    featured: 'featured' in doc ? Boolean(doc.featured) : false,
    seo: { title: doc.meta?.title ?? null, description: doc.meta?.description ?? null },
    image: picture(image ?? doc.meta?.image),
  })

  const mappers = {
    themes: (doc: Theme, locale: LocaleCode, { translated }: Translation): SnapshotEntry<'themes'> => ({
      locale,
      slug: doc.slug,
      translated,
      name: doc.name,
      description: doc.description ?? '',
      colour: doc.colour,
    }),
    trainings: (doc: Training, locale: LocaleCode, translation: Translation): SnapshotEntry<'trainings'> => ({
      ...resourceFields(doc, locale, translation, doc.title, doc.cover),
      kind: doc.kind,
      level: doc.level,
      durationMinutes: doc.durationMinutes,
      objectives: (doc.objectives ?? []).map((objective) => objective.text),
      modules: doc.modules.map((module, moduleIndex) => ({
        title: module.title,
        titleTranslated: translation.partTranslated((stored: Training) => stored.modules?.[moduleIndex]?.title),
        summary: module.summary ?? '',
        lessons: module.lessons.map((lesson, lessonIndex) => ({
          slug: lesson.slug,
          titleTranslated: translation.partTranslated((stored: Training) => stored.modules?.[moduleIndex]?.lessons?.[lessonIndex]?.title),
          translated: translation.partTranslated((stored: Training) => stored.modules?.[moduleIndex]?.lessons?.[lessonIndex]),
          title: lesson.title,
          bodyHtml: richTextToHtml(lesson.body),
          video: populated(lesson.video)?.slug ?? null,
          attachments: downloads(lesson.attachments),
        })),
      })),
    }),
    videos: (doc: Video, locale: LocaleCode, translation: Translation): SnapshotEntry<'videos'> => ({
      ...resourceFields(doc, locale, translation, doc.title, doc.poster),
      source: doc.source,
      providerId: doc.providerId ?? null,
      file: doc.source === 'upload' ? download(doc.file) : null,
      durationSeconds: doc.durationSeconds,
      subtitles: (doc.subtitles ?? []).flatMap((track) => {
        const url = publish('files', populated(track.file)?.filename)
        return url ? [{ language: track.language, url }] : []
      }),
      transcriptHtml: richTextToHtml(doc.transcript),
    }),
    infographics: (doc: Infographic, locale: LocaleCode, translation: Translation): SnapshotEntry<'infographics'> => {
      const image = populated(doc.image)
      const resource = resourceFields(doc, locale, translation, doc.title, doc.image)
      return {
        ...resource,
        image: resource.image && { ...resource.image, alt: doc.altText },
        longDescriptionHtml: richTextToHtml(doc.longDescription),
        sources: doc.sources.map(({ label, url }) => ({ label, url })),
        highResolution: download(doc.highResolution),
        width: image?.width ?? 0,
        height: image?.height ?? 0,
      }
    },
    sheets: (doc: Sheet, locale: LocaleCode, translation: Translation): SnapshotEntry<'sheets'> => ({
      ...resourceFields(doc, locale, translation, doc.title, null),
      kind: doc.kind,
      bodyHtml: richTextToHtml(doc.body),
      steps: (doc.steps ?? []).map((step) => ({ title: step.title, bodyHtml: richTextToHtml(step.body) })),
      attachments: downloads(doc.attachments),
    }),
    bibliographies: (doc: Bibliography, locale: LocaleCode, translation: Translation): SnapshotEntry<'bibliographies'> => ({
      ...resourceFields(doc, locale, translation, doc.title, null),
      introHtml: richTextToHtml(doc.intro),
      entries: doc.entries.map((entry) => ({
        author: entry.author,
        title: entry.title,
        publisher: entry.publisher ?? null,
        year: entry.year ?? null,
        isbn: entry.isbn ?? null,
        url: entry.url ?? null,
        annotation: entry.annotation ?? null,
      })),
    }),
    faqs: (doc: Faq, locale: LocaleCode, translation: Translation): SnapshotEntry<'faqs'> => ({
      ...resourceFields(doc, locale, translation, doc.question, null),
      answerHtml: richTextToHtml(doc.answer),
      category: doc.category,
      order: doc.order,
    }),
    programme: (doc: Programme, locale: LocaleCode, translation: Translation): SnapshotEntry<'programme'> => ({
      ...resourceFields(doc, locale, translation, doc.title, null),
      number: doc.number,
      introHtml: richTextToHtml(doc.intro),
      sections: doc.sections.map((section, sectionIndex) => ({
        title: section.title,
        titleTranslated: translation.partTranslated((stored: Programme) => stored.sections?.[sectionIndex]?.title),
        measures: section.measures.map((measure, measureIndex) => ({
          number: measure.number ?? '',
          titleTranslated: translation.partTranslated((stored: Programme) => stored.sections?.[sectionIndex]?.measures?.[measureIndex]?.title),
          translated: translation.partTranslated((stored: Programme) => stored.sections?.[sectionIndex]?.measures?.[measureIndex]),
          title: measure.title,
          textHtml: richTextToHtml(measure.text),
        })),
      })),
    }),
    tracts: (doc: TractTemplateDoc, locale: LocaleCode, { translated }: Translation): SnapshotEntry<'tracts'> => ({
      // The engine loads the artwork from the site: its files are published under /media/tract-artwork/.
      ...toTractTemplate(doc, locale, (upload: ArtworkUpload) => publish('tract-artwork', upload.filename)),
      translated,
      // Drawn after the snapshot, filled in with sample data (site/data/tractPreviews.ts).
      preview: null,
    }),
    visuals: (doc: Visual, locale: LocaleCode, { translated, titleTranslated }: Translation): SnapshotEntry<'visuals'> | null => {
      if (!doc.downloadable || !doc.filename) return null
      // Every size but the responsive copies (they are the pages' pictures) is offered for download.
      const downloadable = Object.entries(doc.sizes ?? {}).filter(([name]) => !responsiveSizeNames.has(name))
      const sizes = downloadable.flatMap(([name, size]) => {
        const url = publish('visuals', size?.filename)
        return url && size?.width && size.height
          ? [{ name, url, title: doc.title, mimeType: size.mimeType ?? '', bytes: size.filesize ?? 0, width: size.width, height: size.height }]
          : []
      })
      const original = publish('visuals', doc.filename)
      return {
        locale,
        slug: String(doc.id),
        translated,
        titleTranslated,
        summaryTranslated: true,
        title: doc.title,
        summary: '',
        themes: themeSlugs(doc.themes),
        publishedAt: doc.createdAt,
        updatedAt: doc.updatedAt,
        featured: false,
        seo: { title: null, description: null },
        image: picture(doc),
        credit: doc.credit,
        licence: doc.licence,
        width: doc.width ?? 0,
        height: doc.height ?? 0,
        sizes: [
          ...sizes.sort((a, b) => a.width - b.width),
          ...(original
            ? [{ name: 'original', url: original, title: doc.title, mimeType: doc.mimeType ?? '', bytes: doc.filesize ?? 0, width: doc.width ?? 0, height: doc.height ?? 0 }]
            : []),
        ],
      }
    },
  }

  /** Maps the given documents (all when `ids` is not given) in every language. */
  const mapDocuments = async (collection: SnapshotCollection, ids?: readonly string[]) => {
    const map = mappers[collection] as (doc: never, locale: LocaleCode, translation: Translation) => object | null
    const exported = new Map<string, SnapshotDocument>()
    const cmsCollection = sourceOf(collection)
    const french = await ownTexts(payload, cmsCollection, defaultLocale, ids)
    for (const locale of locales) {
      const own = locale === defaultLocale ? french : await ownTexts(payload, cmsCollection, locale, ids)
      for await (const doc of publicDocuments<{ id: number; updatedAt: string }>(payload, cmsCollection, locale, { withFallback: true, ids })) {
        const [source, translation] = [french.get(doc.id), own.get(doc.id)]
        const document = exported.get(String(doc.id)) ?? { updatedAt: doc.updatedAt, entries: {}, media: [] }
        linked = document.media
        const entry = map(doc as never, locale, {
          translated: isFullyTranslated(source, translation),
          titleTranslated: isFieldTranslated(source, translation, 'title') && isFieldTranslated(source, translation, 'question'),
          summaryTranslated: isFieldTranslated(source, translation, 'summary'),
          partTranslated: (pick) => isFullyTranslated(source && pick(source as never), translation && pick(translation as never)),
        })
        if (entry) document.entries[locale] = entry
        exported.set(String(doc.id), document)
      }
    }
    return exported
  }
  return { collections: Object.keys(mappers) as SnapshotCollection[], mapDocuments }
}

export async function writeSnapshot(payload: Payload, options: SnapshotOptions): Promise<SnapshotResult> {
  const { collections, mapDocuments } = createSnapshotMapper(payload, options.locales)
  await fs.mkdir(options.outDir, { recursive: true })
  const related = await Promise.all(relatedCollections.map(async (collection) => [...(await publicVersions(payload, collection))]))
  const stateFile = path.join(options.outDir, 'snapshot-state.json')
  const previous = await readState(stateFile, JSON.stringify({ snapshotVersion, locales: options.locales, related }))
  const state: SnapshotState = { basis: previous.basis, collections: {} }
  const entries = {} as Record<SnapshotCollection, number>
  const media = new Map<string, string>()
  for (const collection of collections) {
    const versions = await publicVersions(payload, sourceOf(collection))
    const before = previous.collections[collection] ?? {}
    const changed = [...versions].filter(([id, updatedAt]) => before[id]?.updatedAt !== updatedAt).map(([id]) => id)
    const fresh = changed.length === versions.size ? await mapDocuments(collection) : changed.length ? await mapDocuments(collection, changed) : new Map()
    const documents: Record<string, SnapshotDocument> = {}
    for (const id of versions.keys()) {
      const document = fresh.get(id) ?? before[id]
      // Published between the two reads: left for the next export, which its publication queued.
      if (document) documents[id] = document
    }
    state.collections[collection] = documents
    // Language by language, documents in id order: the same file whether read afresh or reused.
    const written = options.locales.flatMap((locale) => Object.values(documents).flatMap((document) => document.entries[locale] ?? []))
    for (const document of Object.values(documents)) for (const [url, from] of document.media) media.set(url, from)
    await fs.writeFile(path.join(options.outDir, `${collection}.json`), JSON.stringify(written))
    entries[collection] = written.length
    options.onProgress?.(collection, written.length)
  }
  await fs.writeFile(stateFile, JSON.stringify(state))
  // The tract customiser draws with the engine's bundled fonts: served beside the media. Loaded here,
  // where the snapshot runs in Node: the search job, which the admin bundles, loads this module too.
  const { fontFiles } = await import('../../tracts/node/assets')
  for (const font of fontFiles) media.set(fontUrl(font.id), font.path)
  const mediaFiles = [...media].map(([url, from]) => ({ url, from }))
  await fs.writeFile(path.join(options.outDir, 'media.json'), JSON.stringify(mediaFiles))
  return { entries, media: mediaFiles }
}
