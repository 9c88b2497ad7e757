import type { LexicalNode, LexicalState } from '../../../publication/lexicalCanonical'
import type { Params, UnitProblemCode } from './units'

/**
 * Rich text as both file formats carry it: one segment per text block (paragraph, heading,
 * quote, list item), its inline content a tree of text and codes. The blocks themselves never
 * reach the translator: on import they are taken from the French source, and only each
 * segment's inline content comes from the translation. A code is a format (bold…), a link
 * (its URL stays French), a line break, a tab, or any other inline node (copied as it is).
 *
 * Code ids are unique in a unit: a kind prefix and a number (`b1`, `a2`, `br3`); segment ids
 * are `seg1`, `seg2`… in document order.
 */

/** Lexical's text format bits: the tag the files name each by (HTML-like, to be readable) and Lexical's name. */
const formats: Record<number, { tag: string; name: string }> = {
  1: { tag: 'b', name: 'bold' },
  2: { tag: 'i', name: 'italic' },
  4: { tag: 's', name: 'strikethrough' },
  8: { tag: 'u', name: 'underline' },
  16: { tag: 'code', name: 'code' },
  32: { tag: 'sub', name: 'subscript' },
  64: { tag: 'sup', name: 'superscript' },
  128: { tag: 'mark', name: 'highlight' },
  256: { tag: 'lower', name: 'lowercase' },
  512: { tag: 'upper', name: 'uppercase' },
  1024: { tag: 'cap', name: 'capitalize' },
}

/** A format bit's tag (`b`, `i`, `sup`…) and Lexical name; a bit Lexical may add later is `f<n>`. */
export const formatOfBit = (bit: number): { tag: string; name: string } =>
  formats[bit] ?? { tag: `f${Math.log2(bit)}`, name: `format${bit}` }

export type CodeDefinition =
  | { kind: 'format'; bit: number }
  | { kind: 'link'; node: LexicalNode }
  | { kind: 'linebreak'; node: LexicalNode }
  | { kind: 'tab'; node: LexicalNode }
  | { kind: 'other'; node: LexicalNode }

export const isPaired = (code: CodeDefinition) => code.kind === 'format' || code.kind === 'link'

export type InlinePart = string | { code: string; children: InlinePart[] } | { code: string }

export interface Segment {
  id: string
  content: InlinePart[]
  codes: Map<string, CodeDefinition>
}

/** A target's inline content as a flat stream, whatever syntax it was written in (XLIFF `pc`/`sc`/`ec`, JSON tags). */
export type InlineToken = { text: string } | { open: string } | { close: string } | { standalone: string }

const textBlockTypes = new Set(['paragraph', 'heading', 'quote'])
const linkTypes = new Set(['link', 'autolink'])

/** The inline children of a text block: a list item's nested lists are structure, not its text. */
const inlineChildren = (block: LexicalNode): LexicalNode[] =>
  block.type === 'listitem' ? (block.children ?? []).filter((child) => child.type !== 'list') : (block.children ?? [])

/**
 * The text blocks of a state in document order (the same order for a French state and its
 * copy, which is how a segment finds its block on import). Unknown containers are searched too
 * (a table's cells hold paragraphs); unknown leaves (uploads, blocks, rules) hold no segment.
 */
const textBlocks = (state: LexicalState): LexicalNode[] => {
  const blocks: LexicalNode[] = []
  const visit = (node: LexicalNode) => {
    if (textBlockTypes.has(node.type) || node.type === 'listitem') {
      if (inlineChildren(node).length > 0) blocks.push(node)
      if (node.type === 'listitem') for (const child of node.children ?? []) if (child.type === 'list') visit(child)
      return
    }
    for (const child of node.children ?? []) visit(child)
  }
  visit(state.root)
  return blocks
}

const isText = (node: LexicalNode) => node.type === 'text' && typeof node.text === 'string'
const formatOf = (node: LexicalNode) => (typeof node.format === 'number' ? node.format : 0)
const bitsOf = (format: number): number[] => {
  const bits: number[] = []
  for (let bit = 1; bit <= format && bit > 0; bit *= 2) if (format & bit) bits.push(bit)
  return bits
}

/** The formats a run needs: a text's own, a link's shared by all its texts; null for a code that takes any. */
const runFormat = (node: LexicalNode): number | null => {
  if (isText(node)) return formatOf(node)
  if (linkTypes.has(node.type)) {
    const texts: number[] = []
    const collect = (child: LexicalNode) => (isText(child) ? texts.push(formatOf(child)) : child.children?.forEach(collect))
    node.children?.forEach(collect)
    return texts.length === 0 ? 0 : texts.reduce((shared, format) => shared & format)
  }
  return null
}

const withoutChildren = (node: LexicalNode): LexicalNode => {
  const { children: _children, ...rest } = node
  return structuredClone(rest) as LexicalNode
}

/**
 * Encodes inline nodes as a tree of parts. Formats become nested paired codes, opened in the
 * order that keeps the longest ones outside (`<b1>bold <i2>both</i2></b1>`), closed as soon as a
 * run lacks them; standalone codes sit wherever they are, without closing anything.
 */
const encodeInline = (
  nodes: readonly LexicalNode[],
  inherited: number,
  codes: Map<string, CodeDefinition>,
  next: () => number,
): InlinePart[] => {
  const runs = nodes.filter((node) => !(isText(node) && node.text === ''))
  const top: InlinePart[] = []
  const stack: { bit: number; children: InlinePart[] }[] = []
  const current = () => stack.at(-1)?.children ?? top
  const open = () => stack.reduce((bits, frame) => bits | frame.bit, inherited)
  const extent = (bit: number, from: number) => {
    let count = 0
    for (const node of runs.slice(from)) {
      const format = runFormat(node)
      if (format === null) continue
      if (!(format & bit)) break
      count += 1
    }
    return count
  }
  runs.forEach((node, index) => {
    const format = runFormat(node)
    if (format !== null) {
      const needed = format & ~inherited
      const firstUnneeded = stack.findIndex((frame) => !(needed & frame.bit))
      if (firstUnneeded >= 0) stack.splice(firstUnneeded)
      const missing = bitsOf(needed & ~open()).sort((a, b) => extent(b, index) - extent(a, index) || a - b)
      for (const bit of missing) {
        const id = `${formatOfBit(bit).tag}${next()}`
        codes.set(id, { kind: 'format', bit })
        const children: InlinePart[] = []
        current().push({ code: id, children })
        stack.push({ bit, children })
      }
    }
    if (isText(node)) {
      current().push(node.text as string)
    } else if (linkTypes.has(node.type)) {
      const id = `a${next()}`
      codes.set(id, { kind: 'link', node: withoutChildren(node) })
      current().push({ code: id, children: encodeInline(node.children ?? [], open(), codes, next) })
    } else {
      const kind = node.type === 'linebreak' ? 'linebreak' : node.type === 'tab' ? 'tab' : 'other'
      const id = `${{ linebreak: 'br', tab: 'tab', other: 'x' }[kind]}${next()}`
      codes.set(id, { kind, node: structuredClone(node) })
      current().push({ code: id })
    }
  })
  return top
}

/** The segments of a French rich text, with their codes. */
export function segmentsOf(state: LexicalState): Segment[] {
  let counter = 0
  const next = () => (counter += 1)
  return textBlocks(state).map((block, index) => {
    const codes = new Map<string, CodeDefinition>()
    return { id: `seg${index + 1}`, content: encodeInline(inlineChildren(block), 0, codes, next), codes }
  })
}

/** A segment's inline content as tokens (what the writers' output reads back as). */
export const tokensOf = (content: readonly InlinePart[]): InlineToken[] =>
  content.flatMap((part): InlineToken[] => {
    if (typeof part === 'string') return [{ text: part }]
    if ('children' in part) return [{ open: part.code }, ...tokensOf(part.children), { close: part.code }]
    return [{ standalone: part.code }]
  })

export interface CodeProblem {
  code: UnitProblemCode
  params: Params
}

/**
 * Checks that a translated segment uses exactly its source's codes: each once, paired codes
 * opened and closed in order (a translator may move them, not cross them), no link in a link.
 */
export function checkTokens(segment: Segment, tokens: readonly InlineToken[]): CodeProblem[] {
  const problems: CodeProblem[] = []
  const problem = (code: UnitProblemCode, id: string) => problems.push({ code, params: { segment: segment.id, code: id } })
  const seen = new Set<string>()
  const stack: string[] = []
  const use = (id: string, paired: boolean): boolean => {
    const definition = segment.codes.get(id)
    if (!definition) return (problem('codeUnknown', id), false)
    if (isPaired(definition) !== paired) return (problem('codeMisused', id), false)
    if (seen.has(id)) return (problem('codeDuplicated', id), false)
    seen.add(id)
    return true
  }
  for (const token of tokens) {
    if ('open' in token) {
      if (!use(token.open, true)) continue
      if (segment.codes.get(token.open)?.kind === 'link' && stack.some((id) => segment.codes.get(id)?.kind === 'link')) {
        problem('linkInLink', token.open)
      }
      stack.push(token.open)
    } else if ('close' in token) {
      if (stack.at(-1) === token.close) stack.pop()
      else if (stack.includes(token.close)) {
        problem('codesOverlap', token.close)
        stack.splice(stack.indexOf(token.close), 1)
      } else if (!seen.has(token.close)) problem(segment.codes.has(token.close) ? 'codeMissing' : 'codeUnknown', token.close)
    } else if ('standalone' in token) use(token.standalone, false)
  }
  for (const id of stack) problem('codeUnclosed', id)
  for (const id of segment.codes.keys()) if (!seen.has(id)) problem('codeMissing', id)
  return problems
}

const textNode = (text: string, format: number): LexicalNode => ({
  type: 'text',
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text,
  version: 1,
})

/** Builds inline nodes from checked tokens: formats from the codes around each text, links and other codes from the French. */
const decodeInline = (segment: Segment, tokens: readonly InlineToken[]): LexicalNode[] => {
  const top: LexicalNode[] = []
  // Each open code: the format it adds, and where its content goes (a link's own children).
  const frames: { bit: number; children: LexicalNode[]; link?: { node: LexicalNode; parent: LexicalNode[] } }[] = []
  const container = () => frames.at(-1)?.children ?? top
  const bits = () => frames.reduce((format, frame) => format | frame.bit, 0)
  for (const token of tokens) {
    if ('text' in token) {
      if (token.text === '') continue
      const nodes = container()
      const previous = nodes.at(-1)
      if (previous && isText(previous) && formatOf(previous) === bits()) previous.text = `${previous.text as string}${token.text}`
      else nodes.push(textNode(token.text, bits()))
    } else if ('open' in token) {
      const definition = segment.codes.get(token.open)
      if (definition?.kind === 'link') {
        const children: LexicalNode[] = []
        const node: LexicalNode = { ...structuredClone(definition.node), children }
        const parent = container()
        parent.push(node)
        frames.push({ bit: 0, children, link: { node, parent } })
      } else frames.push({ bit: definition?.kind === 'format' ? definition.bit : 0, children: container() })
    } else if ('close' in token) {
      const link = frames.pop()?.link
      // A link left without text is dropped, as the editor would.
      if (link && link.node.children?.length === 0) link.parent.splice(link.parent.indexOf(link.node), 1)
    } else {
      const definition = segment.codes.get(token.standalone)
      if (definition && definition.kind !== 'format' && definition.kind !== 'link') container().push(structuredClone(definition.node))
    }
  }
  return top
}

/**
 * The translation of a French rich text: the French blocks (types, heading levels, list types,
 * everything that is not a segment's text), each text block's inline content from its checked
 * translated tokens. Blocks without a translated segment keep their French content.
 */
export function rebuildRichText(source: LexicalState, translated: ReadonlyMap<string, readonly InlineToken[]>): LexicalState {
  const state = structuredClone(source)
  const segments = segmentsOf(source)
  textBlocks(state).forEach((block, index) => {
    const segment = segments[index]
    const tokens = segment && translated.get(segment.id)
    if (!segment || !tokens) return
    const inline = decodeInline(segment, tokens)
    // The translated text takes the place of the French text; a list item's nested lists stay where they were.
    let placed = false
    block.children = (block.children ?? []).flatMap((child) => {
      if (block.type === 'listitem' && child.type === 'list') return [child]
      if (placed) return []
      placed = true
      return inline
    })
  })
  return state
}
