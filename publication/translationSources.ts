import { createHash } from 'node:crypto'

import type { Field } from 'payload'

import { canonicalLexicalNodes, type LexicalState } from './lexicalCanonical'

/**
 * Which French text each translation was made from. Every translatable text of a document is
 * found by its path (rows by their id, shared by every language: `sections.<rowId>.title`), its
 * French and translated values compared by a canonical form (rich text by its text and
 * structure, not its serialisation), and its status decided from the hash of the French it was
 * last translated from.
 */

type Doc = Record<string, unknown>

export type TextKind = 'text' | 'richText'

export interface LocalizedText {
  path: string
  kind: TextKind
  value: unknown
}

const textTypes: Record<string, TextKind | undefined> = { text: 'text', textarea: 'text', richText: 'richText' }

const rowsOf = (value: unknown): Doc[] => (Array.isArray(value) ? (value as Doc[]) : [])

/**
 * The translatable texts of `doc` (text, textarea and rich text fields marked localized),
 * however deep: groups, tabs, rows, collapsibles, arrays and blocks (rows by id). `pick` turns a
 * stored localized value into the value to report: the identity for a document read in one
 * language, `(value) => value?.[code]` for one read in every language (`locale: 'all'`).
 */
export function localizedTexts(
  fields: readonly Field[],
  doc: Doc | null | undefined,
  pick: (value: unknown) => unknown = (value) => value,
): LocalizedText[] {
  const texts: LocalizedText[] = []
  const walk = (fieldsHere: readonly Field[], data: Doc | undefined, prefix: string) => {
    if (!data) return
    for (const field of fieldsHere) {
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) walk(tab.fields, data[tab.name] as Doc | undefined, `${prefix}${tab.name}.`)
          else walk(tab.fields, data, prefix)
        }
        continue
      }
      if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) {
        walk(field.fields, data, prefix)
        continue
      }
      if (!('name' in field) || !field.name) continue
      const path = `${prefix}${field.name}`
      const kind = textTypes[field.type]
      if (kind) {
        if ('localized' in field && field.localized) texts.push({ path, kind, value: pick(data[field.name]) })
        continue
      }
      // A whole group or array stored per language is not a layout this hub uses: its rows would
      // differ between languages and could not be matched by id.
      if ('localized' in field && field.localized) continue
      if (field.type === 'group') walk(field.fields, data[field.name] as Doc | undefined, `${path}.`)
      else if (field.type === 'array') for (const row of rowsOf(data[field.name])) walk(field.fields, row, `${path}.${String(row.id)}.`)
      else if (field.type === 'blocks') {
        for (const row of rowsOf(data[field.name])) {
          const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
          if (block) walk(block.fields, row, `${path}.${String(row.id)}.`)
        }
      }
    }
  }
  walk(fields, doc ?? undefined, '')
  return texts
}

/** The value of a document read in every language (`locale: 'all'`), in one of them. */
export const inLocale =
  (code: string) =>
  (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc)[code] : undefined

// ---------------------------------------------------------------------------------------------
// Canonical form

const isRichText = (value: unknown): value is LexicalState =>
  typeof value === 'object' &&
  value !== null &&
  'root' in value &&
  Array.isArray((value as { root: { children?: unknown } }).root?.children)

/** Containers a reader sees only through what they hold: without text inside, they show nothing. */
const containers = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', 'link', 'autolink', 'linebreak', 'tab'])

/** Does this part of a canonical rich text show anything: text that is not blank, or an embedded item (upload, block)? */
const holdsContent = (node: unknown): boolean => {
  if (Array.isArray(node)) return node.some(holdsContent)
  if (!node || typeof node !== 'object') return false
  const { type, text, children } = node as { type?: string; text?: string; children?: unknown }
  if (type === 'text') return typeof text === 'string' && text.trim() !== ''
  return !containers.has(String(type)) || holdsContent(children)
}

/**
 * Each rich text's canonical form, once: a document's French is compared with every language's
 * text, and a stored state is never changed in place (a save writes a new one).
 */
const canonicalForms = new WeakMap<object, string>()

/**
 * A text's canonical form: '' when it is empty (no value, blanks, rich text without text), else
 * the trimmed string (Unicode NFC) or the rich text's canonical JSON. Two values with the same
 * canonical form read the same.
 */
export function canonicalText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.normalize('NFC').trim()
  if (isRichText(value)) {
    let canonical = canonicalForms.get(value)
    if (canonical === undefined) {
      const nodes = canonicalLexicalNodes(value)
      canonical = holdsContent(nodes) ? JSON.stringify(nodes) : ''
      canonicalForms.set(value, canonical)
    }
    return canonical
  }
  return JSON.stringify(value)
}

export const isEmptyText = (value: unknown): boolean => canonicalText(value) === ''

/**
 * Recent hashes by canonical form: a document's French is hashed for each of its languages. Bounded,
 * since a recompute goes through every document.
 */
const recentHashes = new Map<string, string>()
const recentHashesBound = 10_000

/** The hash of a text's canonical form (64 bits, hex): what a translation records of its French source. */
export const textHash = (value: unknown): string => {
  const canonical = canonicalText(value)
  let hash = recentHashes.get(canonical)
  if (hash === undefined) {
    hash = createHash('sha256').update(canonical).digest('hex').slice(0, 16)
    if (recentHashes.size >= recentHashesBound) recentHashes.clear()
    recentHashes.set(canonical, hash)
  }
  return hash
}

// ---------------------------------------------------------------------------------------------
// Status

export type TranslationState = 'missing' | 'outdated' | 'upToDate'

/** What is recorded of one translated text: the hash of its French source, and of itself when recorded. */
export interface RecordedSource {
  /** The French it was translated from. */
  from: string
  /** The translation as it was then: a different one now was made from the French of that save. */
  text: string
}

/**
 * The status of one text in one language; null when French has nothing to translate. A
 * translation identical to the French and never recorded is a copy, not a translation.
 */
export function textState(french: unknown, translation: unknown, recorded: RecordedSource | undefined): TranslationState | null {
  if (isEmptyText(french)) return null
  if (isEmptyText(translation)) return 'missing'
  if (!recorded) return canonicalText(translation) === canonicalText(french) ? 'missing' : 'upToDate'
  return recorded.from === textHash(french) ? 'upToDate' : 'outdated'
}

/**
 * What a save records of each translation: a text that is new or changed since it was last
 * recorded was made from the French it is saved with (a save shows the translator the current
 * French); an unchanged one keeps what it had; an empty one records nothing. Texts that are
 * identical to the French and were never recorded stay unrecorded (a copy, still to translate).
 */
export function recordSources(
  texts: readonly { path: string; french: unknown; translation: unknown }[],
  before: Readonly<Record<string, RecordedSource>>,
): Record<string, RecordedSource> {
  const recorded: Record<string, RecordedSource> = {}
  for (const { path, french, translation } of texts) {
    // Nothing to record without a translation, or without a French it could be made from (a
    // document saved in another language first).
    if (isEmptyText(translation) || isEmptyText(french)) continue
    const text = textHash(translation)
    const previous = before[path]
    if (previous?.text === text) recorded[path] = previous
    else if (previous || canonicalText(translation) !== canonicalText(french)) recorded[path] = { from: textHash(french), text }
  }
  return recorded
}

export interface DocumentState {
  status: TranslationState
  missing: number
  outdated: number
  upToDate: number
  fields: Record<string, TranslationState>
}

/** A document's status in one language: missing while a text is, else outdated while a text is. */
export function documentState(
  texts: readonly { path: string; french: unknown; translation: unknown }[],
  recorded: Readonly<Record<string, RecordedSource>>,
): DocumentState {
  const fields: Record<string, TranslationState> = {}
  const counts = { missing: 0, outdated: 0, upToDate: 0 }
  for (const { path, french, translation } of texts) {
    const state = textState(french, translation, recorded[path])
    if (!state) continue
    fields[path] = state
    counts[state] += 1
  }
  const status: TranslationState = counts.missing > 0 ? 'missing' : counts.outdated > 0 ? 'outdated' : 'upToDate'
  return { status, ...counts, fields }
}

/** The French and translated value of every translatable text, paired by path. */
export function pairTexts(
  fields: readonly Field[],
  french: Doc | null | undefined,
  translation: Doc | null | undefined,
  pick: { french: (value: unknown) => unknown; translation: (value: unknown) => unknown } = { french: (v) => v, translation: (v) => v },
): TextPair[] {
  return pairWithFrench(localizedTexts(fields, french, pick.french), localizedTexts(fields, translation, pick.translation))
}

export interface TextPair {
  path: string
  kind: TextKind
  french: unknown
  translation: unknown
}

/** Pairs texts already found, by path: a document's French, found once, with each language's. */
export function pairWithFrench(french: readonly LocalizedText[], translation: readonly LocalizedText[]): TextPair[] {
  const translated = new Map(translation.map((text) => [text.path, text.value]))
  return french.map(({ path, kind, value }) => ({ path, kind, french: value, translation: translated.get(path) }))
}
