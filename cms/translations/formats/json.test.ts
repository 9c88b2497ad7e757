import { describe, expect, it } from 'vitest'

import { fromTagged, jsonFormat, readJson, toTagged, writeJson } from './json'
import { canonicalLexical } from '../../../publication/lexicalCanonical'
import {
  BOLD,
  heading,
  ITALIC,
  link,
  linebreak,
  list,
  listItem,
  paragraph,
  quote,
  richText,
  SUPERSCRIPT,
  text,
  UNDERLINE,
} from '../../../publication/lexicalTestStates'
import { TranslationFileError, type LexicalState, type TranslationFile, type TranslationUnit } from './units'

const french = richText(
  heading('h2', text('Une Assemblée constituante')),
  paragraph(
    text('Nous proposons de '),
    text('rendre la parole', BOLD),
    text(' au '),
    link('https://exemple.fr/?a=1&b=2', text('peuple')),
    linebreak(),
    text('1'),
    text('er', SUPERSCRIPT),
  ),
  list('bullet', listItem(text('Convoquer'), text(' vite', ITALIC | UNDERLINE))),
  quote(text('a < b \\ <b1> c')),
)

const unit = (target?: LexicalState): TranslationUnit => ({
  collection: 'programme',
  document: '12',
  path: 'intro',
  kind: 'richText',
  sourceHash: 'h1',
  source: french,
  ...(target ? { target } : {}),
})

const fileOf = (units: TranslationUnit[]): TranslationFile => ({ sourceLanguage: 'fr', targetLanguage: 'es', units })

interface JsonFile {
  units: { segments: { id: string; source: string; target?: string }[] }[]
  [key: string]: unknown
}

/** The written file with its first unit's segment targets set, as a person or a script would. */
const translated = (targets: Record<string, string>) => {
  const json = JSON.parse(writeJson(fileOf([unit()]))) as JsonFile
  for (const segment of json.units[0]?.segments ?? []) if (segment.id in targets) segment.target = targets[segment.id]
  return JSON.stringify(json)
}

describe('JSON round trip', () => {
  it('writes segments as tagged strings, with the links shown apart', () => {
    const json = JSON.parse(writeJson(fileOf([unit()]))) as JsonFile & { units: { links: unknown }[] }
    expect(json).toMatchObject({ format: jsonFormat, version: 1, sourceLanguage: 'fr', targetLanguage: 'es' })
    expect(json.units[0]?.segments.map(({ id, source }) => [id, source])).toEqual([
      ['seg1', 'Une Assemblée constituante'],
      ['seg2', 'Nous proposons de <b1>rendre la parole</b1> au <a2>peuple</a2><br3/>1<sup4>er</sup4>'],
      ['seg3', 'Convoquer<i5><u6> vite</u6></i5>'],
      ['seg4', 'a < b \\\\ \\<b1> c'],
    ])
    expect(json.units[0]?.links).toEqual({ a2: 'https://exemple.fr/?a=1&b=2' })
  })

  it('gives back units, plain and rich, with and without target', () => {
    const plain: TranslationUnit = {
      collection: 'faqs',
      document: '3',
      path: 'question',
      kind: 'text',
      sourceHash: 'h2',
      source: 'Pourquoi <b1> ?\n\\',
      target: '¿Por qué <b1>?\n\\',
    }
    const untranslated: TranslationUnit = { ...plain, path: 'answer', target: undefined }
    delete untranslated.target
    const { file, problems } = readJson(writeJson(fileOf([unit(french), plain, untranslated])))
    expect(problems).toEqual([])
    expect(file.units.slice(1)).toEqual([plain, untranslated])
    expect(file.units[0]?.source).toEqual(french)
    expect(canonicalLexical(file.units[0]?.target as LexicalState)).toBe(canonicalLexical(french))
  })

  it('rebuilds a translation on the French structure', () => {
    const { file, problems } = readJson(
      translated({
        seg1: 'Una Asamblea Constituyente',
        seg2: '<br3/>Proponemos <b1>devolver la palabra</b1> al <a2>pueblo</a2> \\<b1> 1<sup4>o</sup4>',
        seg3: '<i5><u6>Rápido</u6></i5> convocar',
        seg4: 'a < b',
      }),
    )
    expect(problems).toEqual([])
    expect(canonicalLexical(file.units[0]?.target as LexicalState)).toBe(
      canonicalLexical(
        richText(
          heading('h2', text('Una Asamblea Constituyente')),
          paragraph(
            linebreak(),
            text('Proponemos '),
            text('devolver la palabra', BOLD),
            text(' al '),
            link('https://exemple.fr/?a=1&b=2', text('pueblo')),
            text(' <b1> 1'),
            text('o', SUPERSCRIPT),
          ),
          list('bullet', listItem(text('Rápido', ITALIC | UNDERLINE), text(' convocar'))),
          quote(text('a < b')),
        ),
      ),
    )
  })

  it('escapes only what would read as markup', () => {
    const parts = ['a < b, \\ et <b1> ou </i2> ou <br3/>', { code: 'b4', children: ['x'] }]
    expect(toTagged(parts)).toBe('a < b, \\\\ et \\<b1> ou \\</i2> ou \\<br3/><b4>x</b4>')
    expect(fromTagged(toTagged(parts))).toEqual([
      { text: 'a < b, ' },
      { text: '\\' },
      { text: ' et ' },
      { text: '<' },
      { text: 'b1> ou ' },
      { text: '<' },
      { text: '/i2> ou ' },
      { text: '<' },
      { text: 'br3/>' },
      { open: 'b4' },
      { text: 'x' },
      { close: 'b4' },
    ])
  })
})

describe('JSON targets that would break the structure', () => {
  const complete = { seg1: 'Una', seg2: 'Proponemos <b1>x</b1> <a2>y</a2><br3/>1<sup4>o</sup4>', seg3: '<i5><u6>z</u6></i5>', seg4: 'q' }

  it.each([
    ['a dropped tag', { seg2: 'Proponemos x <a2>y</a2><br3/>1<sup4>o</sup4>' }, 'codeMissing', 'b1'],
    ['a duplicated tag', { seg2: 'Proponemos <b1>x</b1> <b1>x</b1> <a2>y</a2><br3/>1<sup4>o</sup4>' }, 'codeDuplicated', 'b1'],
    ['crossed tags', { seg3: '<i5><u6>z</i5></u6>' }, 'codesOverlap', 'i5'],
    ['an unclosed tag', { seg2: 'Proponemos <b1>x <a2>y</a2><br3/>1<sup4>o</sup4>' }, 'codeUnclosed', 'b1'],
    ['a tag of another segment', { seg4: 'q<i5>r</i5>' }, 'codeUnknown', 'i5'],
    ['a paired tag used alone', { seg2: 'Proponemos <b1/> <a2>y</a2><br3/>1<sup4>o</sup4>' }, 'codeMisused', 'b1'],
  ])('refuses %s', (_what, change, code, tag) => {
    const { file, problems } = readJson(translated({ ...complete, ...change }))
    expect(file.units).toEqual([])
    expect(problems).toContainEqual({
      collection: 'programme',
      document: '12',
      unitId: 'intro',
      code,
      params: { segment: expect.any(String), code: tag },
    })
  })

  it('refuses a partial translation and reports malformed units without dropping the others', () => {
    expect(readJson(translated({ seg1: 'Una' })).problems).toEqual([
      expect.objectContaining({ code: 'segmentUntranslated', params: { segments: 'seg2, seg3, seg4' } }),
    ])
    const json = JSON.parse(writeJson(fileOf([unit(), { ...unit(), path: 'other' }]))) as { units: unknown[] }
    json.units.push('not a unit', { collection: 'faqs', document: '3', path: 'q', kind: 'text', sourceHash: 'h', source: 's', target: 3 })
    json.units.push({ collection: 'faqs', document: '3', path: 'r', kind: 'audio', sourceHash: 'h', source: 's' })
    json.units.push({ collection: 'faqs', path: 's', kind: 'text', sourceHash: 'h', source: 's' })
    json.units.push({ collection: 'faqs', document: '3', path: 't', kind: 'text', source: 's' })
    const { file, problems } = readJson(JSON.stringify(json))
    expect(file.units.map(({ path }) => path)).toEqual(['intro', 'other'])
    expect(problems.map(({ unitId, code, params }) => [unitId, code, params])).toEqual([
      ['#3', 'malformedUnit', { field: 'unit' }],
      ['q', 'malformedUnit', { field: 'target' }],
      ['r', 'unknownKind', { kind: 'audio' }],
      ['s', 'badDocument', {}],
      ['t', 'missingSourceHash', {}],
    ])
  })
})

describe('malformed JSON files', () => {
  const valid = JSON.parse(writeJson(fileOf([unit()]))) as Record<string, unknown>
  const codeOf = (text: string) => {
    try {
      readJson(text)
    } catch (error) {
      if (error instanceof TranslationFileError) return error.code
      throw error
    }
    return 'read'
  }

  it.each([
    ['not JSON', '{ units: ', 'notJson'],
    ['another JSON', '[1, 2]', 'notTranslationFile'],
    ['another format', JSON.stringify({ ...valid, format: 'i18next' }), 'notTranslationFile'],
    ['a later version', JSON.stringify({ ...valid, version: 2 }), 'unsupportedVersion'],
    ['no units', JSON.stringify({ ...valid, units: {} }), 'notTranslationFile'],
    ['no source language', JSON.stringify({ ...valid, sourceLanguage: undefined }), 'missingSourceLanguage'],
    ['an English source', JSON.stringify({ ...valid, sourceLanguage: 'en' }), 'sourceNotFrench'],
    ['no target language', JSON.stringify({ ...valid, targetLanguage: '' }), 'missingTargetLanguage'],
    ['French as target', JSON.stringify({ ...valid, targetLanguage: 'fr' }), 'targetIsFrench'],
    ['an unknown target', JSON.stringify({ ...valid, targetLanguage: 'klingon' }), 'unknownTargetLanguage'],
    ['a valid file with a byte order mark', `\uFEFF${JSON.stringify(valid)}`, 'read'],
  ])('%s: %s', (_what, text, code) => {
    expect(codeOf(text)).toBe(code)
  })
})
