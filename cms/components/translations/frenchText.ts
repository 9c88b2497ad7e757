import { convertLexicalToPlaintext, type PlaintextConverters } from '@payloadcms/richtext-lexical/plaintext'

type LexicalState = Parameters<typeof convertLexicalToPlaintext>[0]['data']

const isLexicalState = (value: unknown): value is LexicalState =>
  typeof value === 'object' && value !== null && 'root' in value && typeof (value as { root: unknown }).root === 'object'

/** List items keep a bullet, so that a list still reads as one. */
const converters: PlaintextConverters = {
  listitem: ({ node, nodesToPlaintext }) =>
    `\n• ${nodesToPlaintext({ nodes: 'children' in node ? (node.children as never) : [] }).join('')}`,
}

/**
 * A field's value as text to read: strings as they are, rich text as its plain text (paragraphs
 * apart, line breaks and list bullets kept), nothing for anything else.
 */
export const frenchText = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (!isLexicalState(value)) return ''
  return convertLexicalToPlaintext({ converters, data: value })
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Past this length the French source starts folded, so that a form of long texts stays readable. */
export const foldedBeyond = 280
