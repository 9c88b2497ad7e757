import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { defaultLocale, type LocaleCode } from '../../publication/locales'
import { canonicalText, inLocale, localizedTexts, textHash } from '../../publication/translationSources'
import { hasRole, translatorLocales } from '../access/roles'
import { type TranslationFile, type TranslationUnit, type UnitProblem, isLexicalState } from './formats/units'
import { type TranslatableCollection, isDocumentId, isTranslatableCollection, translatableCollections } from './translatableCollections'

type Doc = Record<string, unknown>

/** Documents read at once, for an export or an import. */
const batchSize = 100

/** The latest version (drafts included) of some documents, every language at once, by id. */
const latestDocuments = async (payload: Payload, collection: TranslatableCollection, ids: readonly string[]) => {
  const documents = new Map<string, Doc>()
  for (let start = 0; start < ids.length; start += batchSize) {
    const { docs } = await payload.find({
      collection,
      where: { id: { in: ids.slice(start, start + batchSize) } },
      locale: 'all',
      fallbackLocale: false,
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs as unknown as Doc[]) documents.set(String(doc.id), doc)
  }
  return documents
}

export interface ExportScope {
  language: Exclude<LocaleCode, 'fr'>
  /** One collection, or every translatable one. */
  collection?: TranslatableCollection
  /** One document of that collection. */
  document?: string
}

/**
 * A language's texts to translate (missing) and to review (outdated), from the status the CMS
 * keeps: each with its latest French, the hash of that French, and the current translation when
 * there is one (an outdated text is revised, not started again).
 */
export async function exportTranslations(payload: Payload, scope: ExportScope): Promise<TranslationFile> {
  const units: TranslationUnit[] = []
  for (const collection of scope.collection ? [scope.collection] : translatableCollections) {
    const { docs: rows } = await payload.find({
      collection: 'translation-status',
      where: {
        and: [
          { collection: { equals: collection } },
          { locale: { equals: scope.language } },
          { status: { in: ['missing', 'outdated'] } },
          ...(scope.document ? [{ document: { equals: scope.document } }] : []),
        ],
      },
      select: { document: true, fields: true },
      sort: 'document',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const documents = await latestDocuments(
      payload,
      collection,
      rows.map((row) => row.document),
    )
    const { fields } = payload.collections[collection].config
    for (const row of rows) {
      const doc = documents.get(row.document)
      const states = (row.fields ?? {}) as Record<string, string>
      if (!doc) continue
      const translations = new Map(localizedTexts(fields, doc, inLocale(scope.language)).map((text) => [text.path, text.value]))
      for (const { path, kind, value } of localizedTexts(fields, doc, inLocale(defaultLocale))) {
        if (states[path] !== 'missing' && states[path] !== 'outdated') continue
        const target = translations.get(path)
        units.push({
          collection,
          document: row.document,
          path,
          kind,
          sourceHash: textHash(value),
          source: value as TranslationUnit['source'],
          ...(states[path] === 'outdated' && target ? { target: target as TranslationUnit['target'] } : {}),
        })
      }
    }
  }
  return { sourceLanguage: 'fr', targetLanguage: scope.language, units }
}

/** Why a unit was not applied. */
export type SkipReason =
  | 'notYours'
  | 'unknownCollection'
  | 'unknownDocument'
  | 'unknownField'
  | 'kindChanged'
  | 'sourceChanged'
  | 'sourceNotExported'
  | 'noTarget'
  | 'sameAsSource'
  | 'unchanged'
  | 'refused'
  | 'fileProblem'

export interface UnitOutcome {
  collection: string
  document: string
  path: string
  /** The document's French title, to find it. */
  title?: string
  reason?: SkipReason
  /** The format's problem code, or the CMS's refusal message. */
  detail?: string
}

export interface ImportReport {
  language: string
  applied: UnitOutcome[]
  /** Translated from a French text that has changed since: not applied, export again. */
  stale: UnitOutcome[]
  /** Not applied, with the reason. */
  invalid: UnitOutcome[]
  /** Nothing to do: no translation in the file, a copy of the French, or the text already saved. */
  skipped: UnitOutcome[]
}

/** Sets `value` at a path of ids (`sections.<rowId>.title`) in a document read in one language; false when the path leads nowhere. */
const setAtPath = (doc: Doc, path: string, value: unknown): boolean => {
  const parts = path.split('.')
  let here: unknown = doc
  for (let index = 0; index < parts.length - 1; index++) {
    const part = parts[index]!
    if (Array.isArray(here)) here = (here as Doc[]).find((row) => String(row.id) === part)
    else if (here && typeof here === 'object') here = (here as Doc)[part]
    else return false
    if (!here || typeof here !== 'object') return false
  }
  if (Array.isArray(here)) return false
  ;(here as Doc)[parts.at(-1)!] = value
  return true
}

/** May this member of staff (or the command line, without a user) write in this language? */
export const writesLanguage = (user: TypedUser | null | undefined, language: string) =>
  language !== defaultLocale &&
  (!user || hasRole(user, 'admin', 'editor') || (hasRole(user, 'translator') && translatorLocales(user).includes(language as LocaleCode)))

const titleOf = (payload: Payload, collection: TranslatableCollection, doc: Doc | undefined) => {
  const value = doc?.[payload.collections[collection].config.admin.useAsTitle ?? 'id']
  const french = value && typeof value === 'object' ? (value as Doc)[defaultLocale] : value
  return typeof french === 'string' ? french : undefined
}

/**
 * Applies a translation file read without error: each document gets one draft save in the file's
 * language, holding its units whose French is still the one they were translated from; other
 * languages and the French are never written. The save goes through the CMS as `user` (its
 * access rules and checks); without a user (the command line), as the system. A document whose
 * save is refused has all its units reported invalid, with the CMS's message. `dryRun` reports
 * what would be applied and writes nothing.
 */
export async function importTranslations(
  payload: Payload,
  user: TypedUser | null,
  file: TranslationFile,
  problems: readonly UnitProblem[] = [],
  req?: Partial<PayloadRequest>,
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<ImportReport> {
  const language = file.targetLanguage as Exclude<LocaleCode, 'fr'>
  const report: ImportReport = { language, applied: [], stale: [], invalid: [], skipped: [] }
  for (const problem of problems) {
    report.invalid.push({
      collection: problem.collection ?? '',
      document: problem.document ?? '',
      path: problem.unitId,
      reason: 'fileProblem',
      detail: problem.code,
    })
  }
  if (!writesLanguage(user, language)) {
    report.invalid.push(
      ...file.units.map((unit) => ({ collection: unit.collection, document: unit.document, path: unit.path, reason: 'notYours' as const })),
    )
    return report
  }
  const byDocument = new Map<string, TranslationUnit[]>()
  for (const unit of file.units) {
    if (!isTranslatableCollection(unit.collection)) {
      report.invalid.push({ collection: unit.collection, document: unit.document, path: unit.path, reason: 'unknownCollection' })
      continue
    }
    const key = `${unit.collection}/${unit.document}`
    byDocument.set(key, [...(byDocument.get(key) ?? []), unit])
  }
  for (const units of byDocument.values()) {
    const collection = units[0]!.collection as TranslatableCollection
    const document = units[0]!.document
    const all = isDocumentId(payload, document) ? (await latestDocuments(payload, collection, [document])).get(document) : undefined
    const title = titleOf(payload, collection, all)
    const outcome = (unit: TranslationUnit, reason?: SkipReason, detail?: string): UnitOutcome => ({
      collection,
      document,
      path: unit.path,
      ...(title ? { title } : {}),
      ...(reason ? { reason } : {}),
      ...(detail ? { detail } : {}),
    })
    if (!all) {
      report.invalid.push(...units.map((unit) => outcome(unit, 'unknownDocument')))
      continue
    }
    const { fields } = payload.collections[collection].config
    const french = new Map(localizedTexts(fields, all, inLocale(defaultLocale)).map((text) => [text.path, text]))
    const current = new Map(localizedTexts(fields, all, inLocale(language)).map((text) => [text.path, text.value]))
    const ownLanguage = (await payload.findByID({
      collection,
      id: document,
      locale: language,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })) as unknown as Doc
    const data: Doc = {}
    const applying: TranslationUnit[] = []
    for (const unit of units) {
      const source = french.get(unit.path)
      if (!source) report.stale.push(outcome(unit, 'unknownField'))
      else if (source.kind !== unit.kind || (unit.kind === 'richText') !== isLexicalState(unit.target ?? unit.source))
        report.invalid.push(outcome(unit, 'kindChanged'))
      // The file's French must be the one its hash names (a rich text's translation is rebuilt on
      // its structure and links), and that French the one stored now.
      else if (textHash(unit.source) !== unit.sourceHash) report.invalid.push(outcome(unit, 'sourceNotExported'))
      else if (textHash(source.value) !== unit.sourceHash) report.stale.push(outcome(unit, 'sourceChanged'))
      else if (unit.target === undefined || canonicalText(unit.target) === '') report.skipped.push(outcome(unit, 'noTarget'))
      else if (canonicalText(unit.target) === canonicalText(source.value)) report.skipped.push(outcome(unit, 'sameAsSource'))
      else if (canonicalText(unit.target) === canonicalText(current.get(unit.path))) report.skipped.push(outcome(unit, 'unchanged'))
      else if (!setAtPath(ownLanguage, unit.path, unit.target)) report.invalid.push(outcome(unit, 'unknownField'))
      else {
        const top = unit.path.split('.')[0]!
        data[top] = ownLanguage[top]
        applying.push(unit)
      }
    }
    if (applying.length === 0) continue
    // A dry run says what would be saved, without the save (nor the CMS's own checks on it).
    if (dryRun) {
      report.applied.push(...applying.map((unit) => outcome(unit)))
      continue
    }
    try {
      await payload.update({
        collection,
        id: document,
        locale: language,
        draft: true,
        data,
        depth: 0,
        ...(user ? { user, overrideAccess: false } : {}),
        ...(req?.i18n ? { req: { i18n: req.i18n } as PayloadRequest } : {}),
      })
      report.applied.push(...applying.map((unit) => outcome(unit)))
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      report.invalid.push(...applying.map((unit) => outcome(unit, 'refused', detail)))
    }
  }
  return report
}
