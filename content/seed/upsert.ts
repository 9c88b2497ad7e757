import type { CollectionSlug } from 'payload'

import { localeCodes } from '../../publication/locales'
import type { ContentLocale } from '../types'
import { type SeedContext, markdownToRichText } from './context'
import { hasLocale, pickLocale, withRowIds } from './localize'

type Id = number | string

/** The upload collections the demo fills with generated files. */
type UploadCollection = 'visuals' | 'files' | 'tract-artwork'

export interface UpsertResult {
  id: Id
  created: boolean
}

const findIdBySlug = async (context: SeedContext, collection: CollectionSlug, slug: string): Promise<Id | null> => {
  const found = await context.payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    draft: true,
    pagination: false,
    select: {},
  })
  return found.docs[0]?.id ?? null
}

/**
 * Creates a publishable document in every language it has, then publishes it.
 * A document whose slug already exists is left as it is, so seeding twice
 * changes nothing and never overwrites an editor's work.
 *
 * `doc` is shaped like the CMS document, with `Localized` leaves; keys listed
 * in `richTextKeys` hold Markdown and become rich text.
 */
export const upsertPublished = async (
  context: SeedContext,
  collection: CollectionSlug,
  doc: Record<string, unknown> & { slug: string },
  richTextKeys: ReadonlySet<string> = new Set(),
): Promise<UpsertResult> => {
  const existing = await findIdBySlug(context, collection, doc.slug)
  if (existing !== null) return { id: existing, created: false }
  const convert = (text: unknown, key: string) =>
    richTextKeys.has(key) && typeof text === 'string' ? markdownToRichText(context, text) : text
  const { payload } = context
  const base = { collection, depth: 0, context: { seeding: true } } as const
  const created = await payload.create({
    ...base,
    locale: 'fr',
    draft: true,
    data: { ...(pickLocale(doc, 'fr', convert) as Record<string, unknown>), _status: 'draft' } as never,
  })
  for (const locale of localeCodes.filter((code): code is ContentLocale => code !== 'fr' && hasLocale(doc, code as ContentLocale))) {
    await payload.update({
      ...base,
      id: created.id,
      locale,
      draft: true,
      data: withRowIds(pickLocale(doc, locale, convert), created) as never,
    })
  }
  // The demo's translations go live with the French, untranslated fields falling back to it.
  await payload.update({ ...base, id: created.id, locale: 'fr', publishAllLocales: true, data: { _status: 'published' } as never })
  return { id: created.id, created: true }
}

/**
 * Payload renames an upload whose name is taken on disk (`affiche.png` →
 * `affiche-1.png`), so a stored file may carry a numbered variant of its name.
 */
const findUploadId = async (context: SeedContext, collection: UploadCollection, name: string): Promise<Id | null> => {
  const dot = name.lastIndexOf('.')
  const [stem, extension] = [name.slice(0, dot), name.slice(dot)]
  const variants = await context.payload.find({
    collection,
    where: { filename: { like: stem } },
    depth: 0,
    pagination: false,
    select: { filename: true },
  })
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(`^${escape(stem)}(?:-\\d+)?${escape(extension)}$`)
  return variants.docs.find((doc) => pattern.test(doc.filename ?? ''))?.id ?? null
}

/**
 * Uploads a generated file once (matched by file name) with its localized
 * metadata in every language it has.
 */
export const upsertUpload = async (
  context: SeedContext,
  collection: UploadCollection,
  file: { name: string; mimetype: string; data: Buffer | (() => Promise<Buffer>) },
  doc: Record<string, unknown>,
): Promise<UpsertResult> => {
  const existing = await findUploadId(context, collection, file.name)
  if (existing !== null) return { id: existing, created: false }
  const data = typeof file.data === 'function' ? await file.data() : file.data
  const { payload } = context
  const created = await payload.create({
    collection,
    locale: 'fr',
    depth: 0,
    context: { seeding: true },
    data: pickLocale(doc, 'fr') as never,
    file: { name: file.name, mimetype: file.mimetype, data, size: data.length },
  })
  for (const locale of localeCodes.filter((code): code is ContentLocale => code !== 'fr' && hasLocale(doc, code as ContentLocale))) {
    await payload.update({
      collection,
      id: created.id,
      locale,
      depth: 0,
      context: { seeding: true },
      data: pickLocale(doc, locale) as never,
    })
  }
  return { id: created.id, created: true }
}
