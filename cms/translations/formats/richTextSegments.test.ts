import { describe, expect, it } from 'vitest'

import { canonicalLexical } from '../../../publication/lexicalCanonical'
import { checkTokens, rebuildRichText, segmentsOf, tokensOf, type InlineToken } from './richTextSegments'
import { BOLD, link, list, listItem, paragraph, richText, text } from '../../../publication/lexicalTestStates'
import type { LexicalNode } from './units'

const inlineBlock: LexicalNode = { type: 'inlineBlock', fields: { blockType: 'footnote', id: 'f1', note: 'Voir annexe' }, version: 1 }

describe('rich text segments', () => {
  it('copies an inline node it does not know from the French, as a standalone code', () => {
    const french = richText(paragraph(text('Texte'), inlineBlock, text(' suite')))
    const [segment] = segmentsOf(french)
    expect(segment?.content).toEqual(['Texte', { code: 'x1' }, ' suite'])
    const target = rebuildRichText(french, new Map([['seg1', [{ text: 'Text' }, { standalone: 'x1' }, { text: ' more' }]]]))
    expect(target.root.children[0]?.children?.[1]).toEqual(inlineBlock)
  })

  it('finds text blocks in containers it does not know (a table’s cells)', () => {
    const table = {
      type: 'table',
      children: [{ type: 'tablerow', children: [{ type: 'tablecell', children: [paragraph(text('case'))] }] }],
    }
    const french = richText(table)
    expect(segmentsOf(french).map((segment) => segment.content)).toEqual([['case']])
    const target = rebuildRichText(french, new Map([['seg1', [{ text: 'cell' }]]]))
    expect(canonicalLexical(target)).toBe(
      canonicalLexical(
        richText({ ...table, children: [{ type: 'tablerow', children: [{ type: 'tablecell', children: [paragraph(text('cell'))] }] }] }),
      ),
    )
  })

  it('keeps a list item’s nested list where it was, and its text where the text was', () => {
    const french = richText(list('bullet', listItem(text('parent'), list('bullet', listItem(text('enfant'))))))
    const target = rebuildRichText(
      french,
      new Map([
        ['seg1', [{ text: 'parent EN' }]],
        ['seg2', [{ text: 'child' }]],
      ]),
    )
    expect(canonicalLexical(target)).toBe(
      canonicalLexical(richText(list('bullet', listItem(text('parent EN'), list('bullet', listItem(text('child'))))))),
    )
  })

  it('drops a link a translation left without text, and leaves untranslated blocks French', () => {
    const french = richText(paragraph(text('Voir '), link('https://exemple.fr', text('ici'))), paragraph(text('reste')))
    const tokens: InlineToken[] = [{ text: 'See it' }, { open: 'a1' }, { close: 'a1' }]
    const [segment] = segmentsOf(french)
    expect(checkTokens(segment as NonNullable<typeof segment>, tokens)).toEqual([])
    const target = rebuildRichText(french, new Map([['seg1', tokens]]))
    expect(canonicalLexical(target)).toBe(canonicalLexical(richText(paragraph(text('See it')), paragraph(text('reste')))))
  })

  it('reads back its own tokens without problem', () => {
    const french = richText(paragraph(text('a', BOLD), link('https://exemple.fr', text('b', BOLD)), text('c')))
    for (const segment of segmentsOf(french)) expect(checkTokens(segment, tokensOf(segment.content))).toEqual([])
  })
})
