import type { Payload, TypedUser } from 'payload'

import { defaultLocale, localeCodes, type LocaleCode } from '../../publication/locales'
import { localizedTexts, type RecordedSource, type TranslationState } from '../../publication/translationSources'
import { hasRole, translatorLocales } from '../access/roles'
import { statusRows } from './trackTranslations'
import type { TranslatableCollection } from './translatableCollections'

/** The languages whose translation status a member of staff sees: a translator's own, everyone else's all. */
export const languagesShownTo = (user: TypedUser | null | undefined): LocaleCode[] => {
  const others = localeCodes.filter((code) => code !== defaultLocale)
  if (hasRole(user, 'admin', 'editor')) return others
  if (hasRole(user, 'translator')) return others.filter((code) => translatorLocales(user).includes(code))
  return []
}

export interface LanguageSummary {
  status: TranslationState
  missing: number
  outdated: number
  upToDate: number
  /** Whether this member of staff may write in this language. */
  editable: boolean
}

export interface DocumentTranslationStatus {
  locales: Record<string, LanguageSummary>
  /** The latest French of every translatable text, by path (rows by id). */
  french: Record<string, unknown>
  /** Per language, each text's status and, when known, the French it was translated from. */
  fields: Record<string, Record<string, { status: TranslationState; previousFrench: unknown }>>
}

interface StoredRow {
  status: TranslationState
  missing: number
  outdated: number
  upToDate: number
  fields?: Record<string, TranslationState> | null
  sources?: Record<string, RecordedSource> | null
}

/** The French values that translations were made from, by hash. */
const frenchSources = async (payload: Payload, hashes: string[]): Promise<Map<string, unknown>> => {
  if (hashes.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'french-sources',
    where: { hash: { in: hashes } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [doc.hash, doc.value]))
}

/**
 * One document's translations as a member of staff sees them beside the language switch and
 * the fields: each of their languages' status, the latest French texts, and for each outdated
 * text the French it was translated from. Null when the document does not exist.
 */
export async function documentTranslationStatus(
  payload: Payload,
  user: TypedUser,
  collection: TranslatableCollection,
  id: string,
): Promise<DocumentTranslationStatus | null> {
  const doc = (await payload.findByID({
    collection,
    id,
    locale: defaultLocale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Record<string, unknown> | null
  if (!doc) return null
  const { fields } = payload.collections[collection].config
  const french = Object.fromEntries(localizedTexts(fields, doc).map(({ path, value }) => [path, value]))
  const shown = languagesShownTo(user)
  const rows = await statusRows(payload, collection, id)
  const outdatedSources = shown.flatMap((code) => {
    const row = rows.get(code) as unknown as StoredRow | undefined
    return Object.entries(row?.fields ?? {}).flatMap(([path, state]) =>
      state === 'outdated' && row?.sources?.[path] ? [row.sources[path].from] : [],
    )
  })
  const previous = await frenchSources(payload, [...new Set(outdatedSources)])
  const editable = (code: LocaleCode) => hasRole(user, 'admin', 'editor') || translatorLocales(user).includes(code)
  const result: DocumentTranslationStatus = { locales: {}, french, fields: {} }
  for (const code of shown) {
    const row = rows.get(code) as unknown as StoredRow | undefined
    result.locales[code] = {
      status: row?.status ?? 'missing',
      missing: row?.missing ?? 0,
      outdated: row?.outdated ?? 0,
      upToDate: row?.upToDate ?? 0,
      editable: editable(code),
    }
    result.fields[code] = Object.fromEntries(
      Object.entries(row?.fields ?? {}).map(([path, status]) => [
        path,
        { status, previousFrench: status === 'outdated' ? (previous.get(row?.sources?.[path]?.from ?? '') ?? null) : null },
      ]),
    )
  }
  return result
}
