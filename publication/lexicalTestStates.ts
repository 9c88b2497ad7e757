import type { LexicalNode, LexicalState } from './lexicalCanonical'

/**
 * Lexical states for the formats' tests, shaped as Payload 3 stores them (the markdown the
 * seed converts, the admin's editor): element nodes with direction, format, indent, version.
 */

const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

export const BOLD = 1
export const ITALIC = 2
export const STRIKETHROUGH = 4
export const UNDERLINE = 8
export const CODE = 16
export const SUBSCRIPT = 32
export const SUPERSCRIPT = 64

export const text = (value: string, format = 0): LexicalNode => ({
  type: 'text',
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})
export const linebreak = (): LexicalNode => ({ type: 'linebreak', version: 1 })
export const tab = (): LexicalNode => ({ type: 'tab', detail: 2, format: 0, mode: 'normal', style: '', text: '\t', version: 1 })
export const paragraph = (...children: LexicalNode[]) => element('paragraph', children, { textFormat: 0, textStyle: '' })
export const heading = (tag: string, ...children: LexicalNode[]) => element('heading', children, { tag })
export const quote = (...children: LexicalNode[]) => element('quote', children)
export const list = (listType: 'bullet' | 'number' | 'check', ...items: LexicalNode[]) =>
  element('list', items, { listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul' })
export const listItem = (...children: LexicalNode[]) => element('listitem', children, { value: 1 })
export const link = (url: string, ...children: LexicalNode[]) =>
  element('link', children, { fields: { url, newTab: false, linkType: 'custom' }, id: '65f0a1b2c3d4e5f6a7b8c9d0', version: 3 })
export const upload = (value: number): LexicalNode => ({
  type: 'upload',
  relationTo: 'media',
  value,
  fields: null,
  format: '',
  id: '65f0c1',
  version: 3,
})

export const richText = (...children: LexicalNode[]): LexicalState => ({
  root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
})
