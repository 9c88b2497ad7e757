import type { CollectionSlug, Payload } from 'payload'

/**
 * The collections whose texts are translated, in the order the Translations dashboard lists
 * them: what visitors read most first (the programme, then the FAQ and the trainings).
 */
export const translatableCollections = [
  'programme',
  'faqs',
  'trainings',
  'videos',
  'infographics',
  'sheets',
  'bibliographies',
  'themes',
  'events',
  'action-groups',
  'event-types',
  'tract-templates',
  'visuals',
  'tract-artwork',
  'files',
] as const satisfies readonly CollectionSlug[]

export type TranslatableCollection = (typeof translatableCollections)[number]

export const isTranslatableCollection = (slug: unknown): slug is TranslatableCollection =>
  typeof slug === 'string' && (translatableCollections as readonly string[]).includes(slug)

/** Whether `id` can be a document's id on this database (numbers on SQL, text on MongoDB): anything else is no document. */
export const isDocumentId = (payload: Payload, id: string): boolean =>
  payload.db.defaultIDType === 'number' ? /^\d{1,15}$/.test(id) : /^[\w-]{1,64}$/.test(id)
