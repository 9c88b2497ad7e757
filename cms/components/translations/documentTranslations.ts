/**
 * The answer of `GET /api/translations/document?collection=<slug>&id=<id>` (the status store's
 * endpoint): each language's status, the latest French values and, per language and field, the
 * status and the French the translation was made from. Paths name rows by id, not by index.
 */
export type TranslationStatus = 'missing' | 'outdated' | 'upToDate'

export const translationStatuses: readonly TranslationStatus[] = ['missing', 'outdated', 'upToDate']

export interface LocaleSummary {
  status: TranslationStatus
  missing: number
  outdated: number
  upToDate: number
  editable: boolean
}

export interface FieldTranslation {
  status: TranslationStatus
  /** The French value the translation was made from, or null when unknown. */
  previousFrench: unknown
}

export interface DocumentTranslations {
  locales: Record<string, LocaleSummary>
  french: Record<string, unknown>
  fields: Record<string, Record<string, FieldTranslation>>
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Does this JSON have the endpoint's shape (enough of it to be read safely)? */
export const isDocumentTranslations = (value: unknown): value is DocumentTranslations =>
  isRecord(value) &&
  isRecord(value.locales) &&
  Object.values(value.locales).every((summary) => isRecord(summary) && translationStatuses.includes(summary.status as TranslationStatus)) &&
  isRecord(value.french) &&
  isRecord(value.fields) &&
  Object.values(value.fields).every(isRecord)

/** The endpoint's address for one document. */
export const documentTranslationsURL = (apiRoute: string, collection: string, id: number | string): string =>
  `${apiRoute}/translations/document?${new URLSearchParams({ collection, id: String(id) }).toString()}`
