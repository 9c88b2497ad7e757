import { defaultLocale, isLocaleCode, localeCodes, type LocaleCode } from '../../../publication/locales'

/**
 * The unit model the translation file formats (XLIFF 2.0 and JSON) share: one unit per
 * translatable field of a document, its French source, the hash of that source, and the
 * translation when there is one. The codecs read and write files only; they touch no database.
 */

import type { LexicalNode, LexicalState } from '../../../publication/lexicalCanonical'

export type { LexicalNode, LexicalState }

export type UnitKind = 'text' | 'richText'

export interface TranslationUnit {
  /** Payload collection slug, e.g. `programme`. */
  collection: string
  /** The document's id, as a string. */
  document: string
  /** The field's path, rows by id: `sections.65f0a1.measures.65f0b2.title`, `title`, `meta.description`. */
  path: string
  kind: UnitKind
  /** The hash of the French source the unit was exported from (opaque here). */
  sourceHash: string
  /** The French: a plain string, or a Lexical editor state. */
  source: string | LexicalState
  /** The translation, when the file holds one. */
  target?: string | LexicalState
}

export interface TranslationFile {
  sourceLanguage: 'fr'
  targetLanguage: string
  units: TranslationUnit[]
}

/** Why a whole file cannot be read: nothing of it should be applied. */
export type FileErrorCode =
  | 'notXml'
  | 'notJson'
  | 'notTranslationFile'
  | 'unsupportedVersion'
  | 'missingSourceLanguage'
  | 'missingTargetLanguage'
  | 'sourceNotFrench'
  | 'targetIsFrench'
  | 'unknownTargetLanguage'

export type Params = Record<string, string | number>

const fileErrorMessages: Record<FileErrorCode, (params: Params) => string> = {
  notXml: ({ reason }) => `The file is not well-formed XML (${reason}).`,
  notJson: ({ reason }) => `The file is not valid JSON (${reason}).`,
  notTranslationFile: ({ found }) => `The file is not a translation file of this hub (found ${found}).`,
  unsupportedVersion: ({ version }) => `Unsupported file version "${version}".`,
  missingSourceLanguage: () => 'The file does not say its source language.',
  missingTargetLanguage: () => 'The file does not say its target language.',
  sourceNotFrench: ({ language }) => `The source language is "${language}"; it must be French (fr).`,
  targetIsFrench: () => 'French is the source language: it cannot be a translation’s target.',
  unknownTargetLanguage: ({ language, languages }) => `Unknown target language "${language}" (the hub’s languages: ${languages}).`,
}

/**
 * A file that cannot be read at all. `code` and `params` are for the admin, which words them in
 * the translator's language; `message` is the English wording, for logs.
 */
export class TranslationFileError extends Error {
  readonly code: FileErrorCode
  readonly params: Params

  constructor(code: FileErrorCode, params: Params = {}) {
    super(fileErrorMessages[code](params))
    this.name = 'TranslationFileError'
    this.code = code
    this.params = params
  }
}

/** Why one unit of a readable file is left out. The unit's other fields and the file's other units stand. */
export type UnitProblemCode =
  | 'malformedUnit'
  | 'badDocument'
  | 'duplicateUnit'
  | 'unknownKind'
  | 'missingSourceHash'
  | 'sourceUnreadable'
  | 'segmentUnknown'
  | 'segmentUntranslated'
  | 'unsupportedMarkup'
  | 'codeUnknown'
  | 'codeMisused'
  | 'codeDuplicated'
  | 'codeMissing'
  | 'codesOverlap'
  | 'codeUnclosed'
  | 'linkInLink'

export interface UnitProblem {
  /** The unit's collection and document, when the file says them. */
  collection?: string
  document?: string
  /** The unit's field path (or its raw id in the file when no path could be read). */
  unitId: string
  code: UnitProblemCode
  params: Params
}

/**
 * What a reader returns: the valid units (a unit with a problem is left out of `file.units`) and
 * the problems of the others.
 */
export interface ReadResult {
  file: TranslationFile
  problems: UnitProblem[]
}

/** A language tag as a file may write it (`de`, `DE`, `pt-BR`): its primary language subtag. */
const hubLanguageOf = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0] ?? ''

/**
 * Checks a file's languages: French source, a target among the hub's other languages. Region
 * subtags are accepted (`pt-BR` is `pt`): tools often write them.
 */
export function checkLanguages(source: unknown, target: unknown): Exclude<LocaleCode, 'fr'> {
  if (typeof source !== 'string' || source.trim() === '') throw new TranslationFileError('missingSourceLanguage')
  if (hubLanguageOf(source) !== defaultLocale) throw new TranslationFileError('sourceNotFrench', { language: source })
  if (typeof target !== 'string' || target.trim() === '') throw new TranslationFileError('missingTargetLanguage')
  const language = hubLanguageOf(target)
  if (language === defaultLocale) throw new TranslationFileError('targetIsFrench')
  if (!isLocaleCode(language)) {
    throw new TranslationFileError('unknownTargetLanguage', { language: target, languages: localeList() })
  }
  return language as Exclude<LocaleCode, 'fr'>
}

const localeList = () => localeCodes.filter((code) => code !== defaultLocale).join(', ')

export const isLexicalState = (value: unknown): value is LexicalState =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { root?: unknown }).root === 'object' &&
  (value as { root: unknown }).root !== null &&
  Array.isArray((value as { root: { children?: unknown } }).root.children)
