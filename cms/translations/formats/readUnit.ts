import { checkTokens, rebuildRichText, segmentsOf, tokensOf, type InlinePart, type InlineToken } from './richTextSegments'
import { isLexicalState, type LexicalState, type Params, type TranslationUnit, type UnitProblem, type UnitProblemCode } from './units'

/**
 * What both readers do with one unit once its syntax is read: check its fields, rebuild its
 * target (rich text on the French blocks), and report why it is left out when it is.
 */

export interface UnitBuilder {
  collection: string | undefined
  document: string | undefined
  path: string
  kind: string | undefined
  sourceHash: string | undefined
  /** Where the unit's problems go (shared by the file's units). */
  problems: UnitProblem[]
}

/** One segment of the file: its id and its target's content, undefined when untranslated. */
export interface SegmentTarget {
  id: string
  tokens: InlineToken[] | undefined
}

/**
 * The unit, or undefined after reporting its problems. `source.text` is a plain text's French,
 * `source.state` a rich text's French Lexical state (or its JSON).
 */
export function parseUnitSource(
  builder: UnitBuilder,
  source: { text: string | undefined; state: unknown },
  targets: readonly SegmentTarget[],
): TranslationUnit | undefined {
  const { collection, document, path, kind, sourceHash } = builder
  const report = (code: UnitProblemCode, params: Params = {}) => {
    builder.problems.push({ collection, document, unitId: path, code, params })
    return undefined
  }
  if (!collection || !document) return report('badDocument')
  if (!path) return report('malformedUnit', { field: 'path' })
  if (kind !== 'text' && kind !== 'richText') return report('unknownKind', { kind: String(kind) })
  if (!sourceHash) return report('missingSourceHash')
  const unit = { collection, document, path, sourceHash }
  const translated = targets.filter((target) => target.tokens)
  const untranslated = targets.filter((target) => !target.tokens)
  if (translated.length > 0 && untranslated.length > 0) {
    return report('segmentUntranslated', { segments: untranslated.map(({ id }) => id).join(', ') })
  }

  if (kind === 'text') {
    if (source.text === undefined) return report('malformedUnit', { field: 'source' })
    if (translated.length === 0) return { ...unit, kind, source: source.text }
    const codes = translated.flatMap(({ tokens }) => tokens ?? []).filter((token) => !('text' in token))
    const [first] = codes
    if (first) return report('codeUnknown', { segment: 'seg1', code: Object.values(first)[0] as string })
    const target = translated.map(({ tokens }) => (tokens ?? []).map((token) => ('text' in token ? token.text : '')).join('')).join('')
    return { ...unit, kind, source: source.text, target }
  }

  const state = readState(source.state)
  if (!state) return report('sourceUnreadable')
  if (translated.length === 0) return { ...unit, kind, source: state }
  const segments = new Map(segmentsOf(state).map((segment) => [segment.id, segment]))
  const missing = [...segments.keys()].filter((id) => !targets.some((target) => target.id === id))
  if (missing.length > 0) return report('segmentUntranslated', { segments: missing.join(', ') })
  const before = builder.problems.length
  const byId = new Map<string, InlineToken[]>()
  for (const { id, tokens } of translated) {
    const segment = segments.get(id)
    if (!segment) {
      report('segmentUnknown', { segment: id })
      continue
    }
    for (const problem of checkTokens(segment, tokens ?? [])) report(problem.code, problem.params)
    byId.set(id, tokens ?? [])
  }
  if (builder.problems.length > before) return undefined
  return { ...unit, kind, source: state, target: rebuildRichText(state, byId) }
}

const readState = (value: unknown): LexicalState | undefined => {
  if (typeof value !== 'string') return isLexicalState(value) ? value : undefined
  try {
    const parsed: unknown = JSON.parse(value)
    return isLexicalState(parsed) ? parsed : undefined
  } catch {
    return undefined
  }
}

/**
 * A translated rich text as segments of its French source, when it fits them: the same text
 * blocks and the same codes (each format, link and break where the French numbering puts it).
 * Undefined otherwise: a translation made before the French changed shape is not offered as a
 * target (the writers then leave the unit untranslated).
 */
export function targetsOfRichText(source: LexicalState, target: LexicalState): InlinePart[][] | undefined {
  const sourceSegments = segmentsOf(source)
  const targetSegments = segmentsOf(target)
  if (sourceSegments.length !== targetSegments.length) return undefined
  const fits = sourceSegments.every((segment, index) => {
    const translated = targetSegments[index]
    return translated !== undefined && checkTokens(segment, tokensOf(translated.content)).length === 0
  })
  return fits ? targetSegments.map((segment) => segment.content) : undefined
}

/** The units, each field once: a second unit for the same field is reported, not applied. */
export function withoutDuplicates(units: readonly TranslationUnit[], problems: UnitProblem[]): TranslationUnit[] {
  const seen = new Set<string>()
  return units.filter((unit) => {
    const key = JSON.stringify([unit.collection, unit.document, unit.path])
    if (!seen.has(key)) return seen.add(key)
    problems.push({ collection: unit.collection, document: unit.document, unitId: unit.path, code: 'duplicateUnit', params: {} })
    return false
  })
}
