/** A Lexical node as stored by Payload: a `type`, maybe `children`, and whatever else its kind records. */
export interface LexicalNode {
  type: string
  children?: LexicalNode[]
  [key: string]: unknown
}

/** A Lexical editor state as stored in a rich text field (`{ root: { type: 'root', children } }`). */
export interface LexicalState {
  root: LexicalNode & { children: LexicalNode[] }
  [key: string]: unknown
}

/** Where a link leads: its URL, or `collection:id` for a link to a document. */
export const linkUrl = (node: LexicalNode): string => {
  const fields = node.fields as { url?: unknown; linkType?: unknown; doc?: { relationTo?: unknown; value?: unknown } | null } | undefined
  if (fields?.linkType === 'internal' && fields.doc) {
    const value = fields.doc.value as { id?: unknown } | string | number | undefined
    const id = typeof value === 'object' && value !== null ? value.id : value
    return `${String(fields.doc.relationTo)}:${String(id)}`
  }
  return typeof fields?.url === 'string' ? fields.url : typeof node.url === 'string' ? node.url : ''
}

/**
 * The canonical form of a rich text: what a reader sees, as a deterministic JSON string, so
 * that two states that read the same hash the same however the editor serialised them.
 *
 * Kept: text (Unicode NFC), each text's format bits (bold, italic… the whole bitmask), block
 * types, heading tags, list types, a check list item's `checked`, link targets (the URL, or
 * `collection:id` for an internal link) and `newTab` when true, line breaks and tabs, and every
 * other node with all its keys (uploads, blocks: a populated `value` counts by its id).
 *
 * Dropped: `version`, `direction`, `indent`, `format` on blocks (alignment), `textFormat`,
 * `textStyle`, and on texts `mode`, `detail`, `style`; a node's own `id`; a list's `start`,
 * `tag` and an item's `value` (numbering the list derives); empty texts and links without text.
 * Adjacent texts with the same format are merged. Object keys are sorted.
 */
export function canonicalLexical(state: LexicalState): string {
  return JSON.stringify(canonicalLexicalNodes(state))
}

/** The canonical form as a tree (what `canonicalLexical` writes as JSON): each object's keys in order. */
export const canonicalLexicalNodes = (state: LexicalState): Canonical[] => canonicalChildren(state.root.children)

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0)

const ignoredKeys = new Set([
  'version',
  'direction',
  'indent',
  'format',
  'textFormat',
  'textStyle',
  'mode',
  'detail',
  'style',
  'id',
  'children',
])

export type Canonical = null | boolean | number | string | Canonical[] | { [key: string]: Canonical }

const canonicalNode = (node: LexicalNode): Canonical | undefined => {
  switch (node.type) {
    case 'text': {
      const text = typeof node.text === 'string' ? node.text.normalize('NFC') : ''
      return text === '' ? undefined : { format: typeof node.format === 'number' ? node.format : 0, text, type: 'text' }
    }
    case 'linebreak':
    case 'tab':
      return { type: node.type }
    case 'paragraph':
    case 'quote':
      return { children: canonicalChildren(node.children), type: node.type }
    case 'heading':
      return { children: canonicalChildren(node.children), tag: String(node.tag), type: 'heading' }
    case 'list':
      return { children: canonicalChildren(node.children), listType: String(node.listType), type: 'list' }
    case 'listitem':
      return typeof node.checked === 'boolean'
        ? { checked: node.checked, children: canonicalChildren(node.children), type: 'listitem' }
        : { children: canonicalChildren(node.children), type: 'listitem' }
    case 'link':
    case 'autolink': {
      const children = canonicalChildren(node.children)
      if (children.length === 0) return undefined
      const newTab = (node.fields as { newTab?: unknown } | undefined)?.newTab === true
      return { children, ...(newTab ? { newTab: true } : {}), type: node.type, url: linkUrl(node) }
    }
    default: {
      const rest = sortedValue(Object.fromEntries(Object.entries(node).filter(([key]) => !ignoredKeys.has(key)))) as {
        [key: string]: Canonical
      }
      // Keys in order here, so that no level is sorted again: every other kind is built in order.
      return node.children
        ? (Object.fromEntries(Object.entries({ ...rest, children: canonicalChildren(node.children) }).sort(byKey)) as {
            [key: string]: Canonical
          })
        : rest
    }
  }
}

const canonicalChildren = (children: readonly LexicalNode[] | undefined): Canonical[] => {
  const merged: Canonical[] = []
  for (const child of children ?? []) {
    const node = canonicalNode(child)
    if (node === undefined) continue
    const previous = merged.at(-1)
    if (isCanonicalText(node) && isCanonicalText(previous) && previous.format === node.format) {
      merged[merged.length - 1] = { ...previous, text: `${previous.text}${node.text}` }
    } else merged.push(node)
  }
  return merged
}

const isCanonicalText = (value: Canonical | undefined): value is { format: number; text: string; type: 'text' } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && value.type === 'text'

/** Any JSON value with its object keys sorted; a populated relation (`{ relationTo, value: { id… } }`) reduced to its id. */
const sortedValue = (value: unknown): Canonical => {
  if (Array.isArray(value)) return value.map(sortedValue)
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, inner]) => {
        const populated = key === 'value' && 'relationTo' in value && typeof inner === 'object' && inner !== null && 'id' in inner
        return [key, sortedValue(populated ? (inner as { id: unknown }).id : inner)] as const
      })
    return Object.fromEntries(entries)
  }
  if (typeof value === 'string') return value.normalize('NFC')
  return typeof value === 'number' || typeof value === 'boolean' ? value : null
}
