import { readJson, writeJson } from './json'
import type { ReadResult, TranslationFile } from './units'
import { readXliff, writeXliff } from './xliff'

export type FileFormat = 'xliff' | 'json'

/** A translation file in either format: XML starts with `<` (after a byte-order mark or blanks), JSON does not. */
export const readTranslationFile = (text: string): ReadResult => (/^\uFEFF?\s*</.test(text) ? readXliff(text) : readJson(text))

export const writeTranslationFile = (file: TranslationFile, format: FileFormat): string =>
  format === 'xliff' ? writeXliff(file) : writeJson(file)
