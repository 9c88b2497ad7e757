import { parseUnitSource, targetsOfRichText, withoutDuplicates, type SegmentTarget } from './readUnit'
import { linkUrl } from '../../../publication/lexicalCanonical'
import { segmentsOf, type InlinePart, type InlineToken } from './richTextSegments'
import {
  checkLanguages,
  TranslationFileError,
  type ReadResult,
  type TranslationFile,
  type TranslationUnit,
  type UnitProblem,
} from './units'

/**
 * The JSON translation file, for people and scripts (documented in docs/TRANSLATIONS-FORMATS.md):
 *
 * ```json
 * { "format": "resource-hub-translations", "version": 1, "sourceLanguage": "fr", "targetLanguage": "de",
 *   "units": [
 *     { "collection": "programme", "document": "12", "path": "title", "kind": "text",
 *       "sourceHash": "…", "source": "Passer à la 6e République", "target": "…" },
 *     { "collection": "programme", "document": "12", "path": "intro", "kind": "richText", "sourceHash": "…",
 *       "segments": [{ "id": "seg1", "source": "Nous proposons de <b1>rendre la parole</b1> au <a2>peuple</a2>.", "target": "…" }],
 *       "links": { "a2": "https://…" },
 *       "sourceState": { "root": { … } } } ] }
 * ```
 *
 * A rich text's segment is one text block; its markup is tags named by the code's kind and
 * number: `<b1>…</b1>` bold, `<i…>` italic, `<u…>` underline, `<s…>` strikethrough, `<code…>`,
 * `<sub…>`, `<sup…>`, `<mark…>` highlight, `<a…>` link (its URL is French's: `links` shows it),
 * `<br…/>` line break, `<tab…/>`, `<x…/>` anything else inline. A target uses each tag of its
 * source exactly once, properly nested. A literal `\` is written `\\`, and a `<` that would read
 * as a tag `\<`. `sourceState` is the French rich text the blocks are taken from: not to edit.
 */

export const jsonFormat = 'resource-hub-translations'
const jsonVersion = 1

const tag = /\\([\\<])|<\/([a-z]+\d+)>|<([a-z]+\d+)(\/?)>/g

const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/<(?=\/?[a-z]+\d+\/?>)/g, '\\<')

/** A segment's parts as a tagged string. */
export const toTagged = (parts: readonly InlinePart[]): string =>
  parts
    .map((part) => {
      if (typeof part === 'string') return escapeText(part)
      return 'children' in part ? `<${part.code}>${toTagged(part.children)}</${part.code}>` : `<${part.code}/>`
    })
    .join('')

/** A tagged string as tokens: tags become codes, everything else (a lone `<` included) is text. */
export const fromTagged = (tagged: string): InlineToken[] => {
  const tokens: InlineToken[] = []
  let last = 0
  for (const match of tagged.matchAll(tag)) {
    if (match.index > last) tokens.push({ text: tagged.slice(last, match.index) })
    const [, escaped, closing, opening, selfClosing] = match
    if (escaped) tokens.push({ text: escaped })
    else if (closing) tokens.push({ close: closing })
    else if (opening) tokens.push(selfClosing ? { standalone: opening } : { open: opening })
    last = match.index + match[0].length
  }
  if (last < tagged.length) tokens.push({ text: tagged.slice(last) })
  return tokens
}

const unitToJson = (unit: TranslationUnit) => {
  const { collection, document, path, kind, sourceHash } = unit
  if (typeof unit.source === 'string') {
    return {
      collection,
      document,
      path,
      kind,
      sourceHash,
      source: unit.source,
      ...(typeof unit.target === 'string' ? { target: unit.target } : {}),
    }
  }
  const segments = segmentsOf(unit.source)
  const targets = typeof unit.target === 'object' ? targetsOfRichText(unit.source, unit.target) : undefined
  const links = Object.fromEntries(
    segments.flatMap((segment) => [...segment.codes].flatMap(([id, code]) => (code.kind === 'link' ? [[id, linkUrl(code.node)]] : []))),
  )
  return {
    collection,
    document,
    path,
    kind,
    sourceHash,
    segments: segments.map((segment, index) => {
      const target = targets?.[index]
      return { id: segment.id, source: toTagged(segment.content), ...(target ? { target: toTagged(target) } : {}) }
    }),
    ...(Object.keys(links).length > 0 ? { links } : {}),
    sourceState: unit.source,
  }
}

/** The file as JSON (UTF-8, indented: people read it and diff it). */
export function writeJson(file: TranslationFile): string {
  const json = {
    format: jsonFormat,
    version: jsonVersion,
    sourceLanguage: file.sourceLanguage,
    targetLanguage: file.targetLanguage,
    units: file.units.map(unitToJson),
  }
  return `${JSON.stringify(json, null, 2)}\n`
}

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const stringOrUndefined = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)

/** The file's units and the problems of those left out. */
export function readJson(text: string): ReadResult {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new TranslationFileError('notJson', { reason: error instanceof Error ? error.message : String(error) })
  }
  if (!isObject(json) || json.format !== jsonFormat) {
    throw new TranslationFileError('notTranslationFile', { found: isObject(json) ? `format ${JSON.stringify(json.format)}` : typeof json })
  }
  if (json.version !== jsonVersion) throw new TranslationFileError('unsupportedVersion', { version: String(json.version) })
  const targetLanguage = checkLanguages(json.sourceLanguage, json.targetLanguage)
  if (!Array.isArray(json.units)) throw new TranslationFileError('notTranslationFile', { found: 'units' })
  const problems: UnitProblem[] = []
  const units = json.units.flatMap((entry: unknown, index) => {
    if (!isObject(entry)) {
      problems.push({ unitId: `#${index + 1}`, code: 'malformedUnit', params: { field: 'unit' } })
      return []
    }
    const builder = {
      collection: stringOrUndefined(entry.collection),
      document: stringOrUndefined(entry.document),
      path: stringOrUndefined(entry.path) ?? '',
      kind: stringOrUndefined(entry.kind),
      sourceHash: stringOrUndefined(entry.sourceHash),
      problems,
    }
    const malformed = (field: string) => {
      problems.push({
        collection: builder.collection,
        document: builder.document,
        unitId: builder.path || `#${index + 1}`,
        code: 'malformedUnit',
        params: { field },
      })
      return []
    }
    if (entry.target !== undefined && typeof entry.target !== 'string') return malformed('target')
    if (builder.kind === 'richText' && !Array.isArray(entry.segments)) return malformed('segments')
    const segments: unknown[] = builder.kind === 'richText' ? (entry.segments as unknown[]) : [{ id: 'seg1', target: entry.target }]
    const targets: SegmentTarget[] = []
    for (const segment of segments) {
      if (!isObject(segment) || typeof segment.id !== 'string' || (segment.target !== undefined && typeof segment.target !== 'string')) {
        return malformed('segments')
      }
      const target = stringOrUndefined(segment.target)
      // A plain text is written as it is; only rich text segments carry tags.
      const tokens = target === undefined ? undefined : builder.kind === 'richText' ? fromTagged(target) : [{ text: target }]
      targets.push({ id: segment.id, tokens })
    }
    const unit = parseUnitSource(
      builder,
      { text: typeof entry.source === 'string' ? entry.source : undefined, state: entry.sourceState },
      targets,
    )
    return unit ? [unit] : []
  })
  return { file: { sourceLanguage: 'fr', targetLanguage, units: withoutDuplicates(units, problems) }, problems }
}
