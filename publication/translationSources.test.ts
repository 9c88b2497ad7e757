import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  canonicalText,
  documentState,
  inLocale,
  isEmptyText,
  localizedTexts,
  pairTexts,
  recordSources,
  textHash,
  textState,
} from './translationSources'

const paragraph = (...children: object[]) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, children })
const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format, mode: 'normal', style: '', detail: 0 })
const rich = (...children: object[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } })

const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'number', type: 'number' },
  { name: 'intro', type: 'richText', localized: true },
  {
    name: 'sections',
    type: 'array',
    fields: [
      { name: 'title', type: 'text', localized: true },
      { name: 'measures', type: 'array', fields: [{ name: 'text', type: 'textarea', localized: true }] },
    ],
  },
  { name: 'meta', type: 'group', fields: [{ name: 'description', type: 'textarea', localized: true }] },
  { type: 'tabs', tabs: [{ label: 'More', fields: [{ name: 'note', type: 'text', localized: true }] }] },
  { name: 'shared', type: 'text' },
]

describe('localizedTexts', () => {
  it('finds every localized text, rows by id, however deep', () => {
    const doc = {
      title: 'Titre',
      number: 3,
      intro: rich(paragraph(text('Intro'))),
      sections: [{ id: 'a1', title: 'Section', measures: [{ id: 'm1', text: 'Mesure' }] }],
      meta: { description: 'Desc' },
      note: 'Note',
      shared: 'not translated',
    }
    expect(localizedTexts(fields, doc).map(({ path, kind }) => [path, kind])).toEqual([
      ['title', 'text'],
      ['intro', 'richText'],
      ['sections.a1.title', 'text'],
      ['sections.a1.measures.m1.text', 'text'],
      ['meta.description', 'text'],
      ['note', 'text'],
    ])
  })

  it('reads one language out of a document read in every language', () => {
    const all = { title: { fr: 'Titre', en: 'Title' }, sections: [{ id: 'a1', title: { fr: 'Section' }, measures: [] }] }
    expect(localizedTexts(fields, all, inLocale('en')).map(({ path, value }) => [path, value])).toEqual([
      ['title', 'Title'],
      ['intro', undefined],
      ['sections.a1.title', undefined],

      ['note', undefined],
    ])
  })
})

describe('canonicalText', () => {
  it('ignores what only the editor records', () => {
    const a = rich(paragraph(text('Bonjour '), text('le monde')))
    const b = rich({ ...paragraph(text('Bonjour le monde')), direction: 'rtl', indent: 2, format: 'center', version: 3 })
    expect(canonicalText(a)).toBe(canonicalText(b))
    expect(textHash(a)).toBe(textHash(b))
  })

  it('keeps what a reader sees: text, formats, heading levels, list types and links', () => {
    const base = rich(paragraph(text('Bonjour')))
    expect(canonicalText(rich(paragraph(text('Bonjour', 1))))).not.toBe(canonicalText(base))
    expect(canonicalText(rich({ type: 'heading', tag: 'h2', children: [text('A')] }))).not.toBe(
      canonicalText(rich({ type: 'heading', tag: 'h3', children: [text('A')] })),
    )
    expect(canonicalText(rich({ type: 'list', listType: 'bullet', children: [], start: 1 }, paragraph(text('x'))))).not.toBe(
      canonicalText(rich({ type: 'list', listType: 'number', children: [], start: 1 }, paragraph(text('x')))),
    )
    const link = (url: string) => rich(paragraph({ type: 'link', fields: { url, linkType: 'custom' }, children: [text('ici')] }))
    expect(canonicalText(link('https://a.example'))).not.toBe(canonicalText(link('https://b.example')))
  })

  it('treats blanks and text-less rich text as empty', () => {
    expect(isEmptyText('  ')).toBe(true)
    expect(isEmptyText(null)).toBe(true)
    expect(isEmptyText(rich(paragraph()))).toBe(true)
    expect(isEmptyText(rich(paragraph(text('  '))))).toBe(true)
    expect(isEmptyText(rich(paragraph(text('a'))))).toBe(false)
  })

  it('compares strings trimmed and in one Unicode form', () => {
    expect(canonicalText(' e\u0301t\u00e9 ')).toBe(canonicalText('\u00e9t\u00e9'))
  })
})

describe('textState and recordSources', () => {
  it('says missing, up to date, then outdated after a French edit, for that text only', () => {
    const before = [
      { path: 'title', french: 'Titre', translation: 'Title' },
      { path: 'summary', french: 'Résumé', translation: 'Summary' },
      { path: 'body', french: 'Corps', translation: null },
    ]
    const recorded = recordSources(before, {})
    expect(documentState(before, recorded)).toMatchObject({ status: 'missing', missing: 1, upToDate: 2, fields: { body: 'missing' } })

    const afterFrenchEdit = before.map((item) => (item.path === 'title' ? { ...item, french: 'Titre corrigé' } : item))
    const kept = recordSources(afterFrenchEdit, recorded)
    expect(kept).toEqual(recorded)
    expect(documentState(afterFrenchEdit, kept).fields).toEqual({ title: 'outdated', summary: 'upToDate', body: 'missing' })

    const retranslated = afterFrenchEdit.map((item) => (item.path === 'title' ? { ...item, translation: 'Corrected title' } : item))
    expect(documentState(retranslated, recordSources(retranslated, kept)).fields.title).toBe('upToDate')
  })

  it('counts a copy of the French as missing until someone records it', () => {
    expect(textState('Marseille', 'Marseille', undefined)).toBe('missing')
    expect(recordSources([{ path: 'name', french: 'Marseille', translation: 'Marseille' }], {})).toEqual({})
    expect(textState('Marseille', 'Marseille', { from: textHash('Marseille'), text: textHash('Marseille') })).toBe('upToDate')
  })

  it('has nothing to say, or record, where French is empty', () => {
    expect(textState('', 'Title', undefined)).toBeNull()
    expect(recordSources([{ path: 'title', french: null, translation: 'Titel' }], {})).toEqual({})
    expect(documentState([{ path: 'title', french: '', translation: '' }], {})).toMatchObject({ status: 'upToDate', missing: 0 })
  })

  it('pairs French and translated texts by path', () => {
    const all = { title: { fr: 'Titre', de: 'Titel' }, sections: [{ id: 'a1', title: { fr: 'Section' }, measures: [] }] }
    const pairs = pairTexts(fields, all, all, { french: inLocale('fr'), translation: inLocale('de') })
    expect(pairs.slice(0, 3)).toEqual([
      { path: 'title', kind: 'text', french: 'Titre', translation: 'Titel' },
      { path: 'intro', kind: 'richText', french: undefined, translation: undefined },
      { path: 'sections.a1.title', kind: 'text', french: 'Section', translation: undefined },
    ])
  })
})
