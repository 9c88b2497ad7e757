import { describe, expect, it } from 'vitest'

import { canonicalLexical } from './lexicalCanonical'
import { BOLD, heading, ITALIC, link, linebreak, list, listItem, paragraph, quote, richText, text, upload } from './lexicalTestStates'

describe('canonicalLexical', () => {
  it('ignores what only the editor records, and how texts were split', () => {
    const typed = richText(paragraph(text('Bonjour '), text(''), text('le monde')))
    const other = richText({
      ...paragraph({ ...text('Bonjour le monde'), mode: 'token', detail: 1, style: 'color: red' }),
      direction: 'rtl',
      indent: 2,
      format: 'center',
      version: 3,
      textFormat: 1,
    })
    expect(canonicalLexical(typed)).toBe(canonicalLexical(other))
    expect(canonicalLexical(typed)).toBe('[{"children":[{"format":0,"text":"Bonjour le monde","type":"text"}],"type":"paragraph"}]')
  })

  it('keeps what a reader sees', () => {
    const base = canonicalLexical(richText(paragraph(text('Bonjour'))))
    const variants = [
      richText(paragraph(text('Bonsoir'))),
      richText(paragraph(text('Bonjour', BOLD))),
      richText(paragraph(text('Bonjour', ITALIC))),
      richText(heading('h2', text('Bonjour'))),
      richText(quote(text('Bonjour'))),
      richText(list('bullet', listItem(text('Bonjour')))),
      richText(paragraph(link('https://exemple.fr', text('Bonjour')))),
      richText(paragraph(text('Bon'), linebreak(), text('jour'))),
      richText(paragraph(text('Bonjour')), upload(3)),
    ]
    for (const variant of variants) expect(canonicalLexical(variant)).not.toBe(base)
    expect(canonicalLexical(richText(heading('h2', text('x'))))).not.toBe(canonicalLexical(richText(heading('h3', text('x')))))
    expect(canonicalLexical(richText(list('bullet', listItem(text('x')))))).not.toBe(
      canonicalLexical(richText(list('number', listItem(text('x'))))),
    )
    expect(canonicalLexical(richText(paragraph(link('https://a.fr', text('x')))))).not.toBe(
      canonicalLexical(richText(paragraph(link('https://b.fr', text('x'))))),
    )
  })

  it('ignores list numbering, node ids and how a relation was populated; normalises Unicode', () => {
    const numbered = richText({ ...list('number', { ...listItem(text('un')), value: 1 }), start: 1 })
    const renumbered = richText({ ...list('number', { ...listItem(text('un')), value: 4 }), start: 4, tag: 'ol' })
    expect(canonicalLexical(numbered)).toBe(canonicalLexical(renumbered))
    expect(canonicalLexical(richText({ ...upload(3), id: 'aaa' }))).toBe(
      canonicalLexical(richText({ ...upload(3), id: 'bbb', value: { id: 3, filename: 'x.png' } })),
    )
    expect(canonicalLexical(richText(paragraph(text('e\u0301té'))))).toBe(canonicalLexical(richText(paragraph(text('été')))))
  })

  it('is the same whatever the order of keys in the stored JSON', () => {
    const reordered = JSON.parse(
      JSON.stringify(richText(paragraph(text('x', BOLD))), ['root', 'version', 'type', 'text', 'format', 'children']),
    ) as Parameters<typeof canonicalLexical>[0]
    expect(canonicalLexical(reordered)).toBe(canonicalLexical(richText(paragraph(text('x', BOLD)))))
  })
})
