import { describe, expect, it } from 'vitest'

import { canonicalLexical } from '../../../publication/lexicalCanonical'
import {
  BOLD,
  CODE,
  heading,
  ITALIC,
  link,
  linebreak,
  list,
  listItem,
  paragraph,
  quote,
  richText,
  STRIKETHROUGH,
  SUBSCRIPT,
  SUPERSCRIPT,
  tab,
  text,
  UNDERLINE,
  upload,
} from '../../../publication/lexicalTestStates'
import { TranslationFileError, type LexicalState, type TranslationFile, type TranslationUnit } from './units'
import { fromNmtoken, readXliff, toNmtoken, writeXliff } from './xliff'

const rich = (source: LexicalState, target?: LexicalState): TranslationUnit => ({
  collection: 'programme',
  document: '12',
  path: 'chapters.65f0a1.intro',
  kind: 'richText',
  sourceHash: 'a1b2c3',
  source,
  ...(target ? { target } : {}),
})

const fileOf = (units: TranslationUnit[], targetLanguage = 'de'): TranslationFile => ({ sourceLanguage: 'fr', targetLanguage, units })

/** Writes a rich text with itself as target and reads it back. */
const roundTrip = (state: LexicalState, targetLanguage = 'de') => {
  const { file, problems } = readXliff(writeXliff(fileOf([rich(state, state)], targetLanguage)))
  expect(problems).toEqual([])
  const [unit] = file.units
  expect(unit?.source).toEqual(state)
  return unit?.target as LexicalState
}

/** Puts targets into the segments of a written file (of one unit only, when named), as a translation tool would. */
const translate = (xml: string, targets: Record<string, string>, unitId?: string) =>
  xml.replace(/<unit id="([^"]*)"[\s\S]*?<\/unit>/g, (unit, id: string) =>
    unitId && id !== unitId
      ? unit
      : unit.replace(
          /(<segment id="(seg\d+)" state=")initial(">\s*<source>[\s\S]*?<\/source>)/g,
          (match, start: string, segment: string, rest: string) =>
            segment in targets ? `${start}translated${rest}<target>${targets[segment]}</target>` : match,
        ),
  )

const problemsOf = (state: LexicalState, targets: Record<string, string>) =>
  readXliff(translate(writeXliff(fileOf([rich(state)])), targets)).problems

const errorOf = (xml: string) => {
  try {
    readXliff(xml)
  } catch (error) {
    if (error instanceof TranslationFileError) return { code: error.code, params: error.params }
    throw error
  }
  throw new Error('read without error')
}

describe('XLIFF 2.0 round trip', () => {
  it('gives back plain texts, with and without target, untouched', () => {
    const units: TranslationUnit[] = [
      {
        collection: 'programme',
        document: '12',
        path: 'title',
        kind: 'text',
        sourceHash: 'h1',
        source: 'Passer à la 6e République',
        target: 'Übergang zur Sechsten Republik',
      },
      {
        collection: 'programme',
        document: '12',
        path: 'meta.description',
        kind: 'text',
        sourceHash: 'h2',
        source: '  Deux lignes\r\net\tune tabulation  ',
      },
      {
        collection: 'faqs',
        document: '7',
        path: 'question',
        kind: 'text',
        sourceHash: 'h3',
        source: 'a < b && c > d ]]> « fin »',
        target: '<b1>pas une balise</b1> & ]]>',
      },
    ]
    const { file, problems } = readXliff(writeXliff(fileOf(units)))
    expect(problems).toEqual([])
    expect(file).toEqual(fileOf(units))
  })

  it('keeps characters XML cannot hold, as <cp>', () => {
    const units: TranslationUnit[] = [
      { collection: 'faqs', document: '7', path: 'answer', kind: 'text', sourceHash: 'h', source: 'bip\u0007 fin\uFFFF' },
    ]
    const xml = writeXliff(fileOf(units))
    expect(xml).toContain('<cp hex="0007"/>')
    expect(readXliff(xml).file.units).toEqual(units)
  })

  it.each([
    ['bold', BOLD],
    ['italic', ITALIC],
    ['underline', UNDERLINE],
    ['strikethrough', STRIKETHROUGH],
    ['code', CODE],
    ['subscript', SUBSCRIPT],
    ['superscript', SUPERSCRIPT],
  ])('rebuilds %s text', (_name, format) => {
    const state = richText(paragraph(text('avant '), text('formaté', format), text(' après')))
    expect(canonicalLexical(roundTrip(state))).toBe(canonicalLexical(state))
  })

  it('writes inline formats as <pc> with XLIFF subtypes and their original markup', () => {
    const xml = writeXliff(fileOf([rich(richText(paragraph(text('gras', BOLD), text(' barré', STRIKETHROUGH))))]))
    expect(xml).toMatch(/<pc id="b1" type="fmt" subType="xlf:b" canCopy="no" canDelete="no" dataRefStart="d1" dataRefEnd="d2">gras<\/pc>/)
    expect(xml).toMatch(/<pc id="s2" type="fmt" subType="lexical:strikethrough"/)
    expect(xml).toContain('<data id="d1">&lt;b&gt;</data>')
  })

  it('nests formats, longest outside', () => {
    const state = richText(paragraph(text('gras ', BOLD), text('gras italique', BOLD | ITALIC), text(' gras', BOLD), text(' rien')))
    const xml = writeXliff(fileOf([rich(state)]))
    expect(xml).toMatch(/<source><pc id="b1"[^>]*>gras <pc id="i2"[^>]*>gras italique<\/pc> gras<\/pc> rien<\/source>/)
    expect(canonicalLexical(roundTrip(state))).toBe(canonicalLexical(state))
  })

  it('keeps links (URL in original data, not in the text), formats inside and around them', () => {
    const state = richText(
      paragraph(
        text('Lire '),
        text('le ', BOLD),
        link('https://exemple.fr/?a=1&b=2', text('programme', BOLD), text(' complet', BOLD | ITALIC)),
        text('.'),
      ),
    )
    const xml = writeXliff(fileOf([rich(state)]))
    expect(xml).toContain('<data id="d3">&lt;a href="https://exemple.fr/?a=1&amp;b=2"&gt;</data>')
    expect(xml).toMatch(/<pc id="b1"[^>]*>le <pc id="a2" type="link"[^>]*>programme<pc id="i3"[^>]*> complet<\/pc><\/pc><\/pc>\./)
    const target = roundTrip(state)
    expect(canonicalLexical(target)).toBe(canonicalLexical(state))
    expect(target.root.children[0]?.children?.[2]).toMatchObject({
      type: 'link',
      fields: { url: 'https://exemple.fr/?a=1&b=2', linkType: 'custom' },
    })
  })

  it('keeps line breaks and tabs as <ph>', () => {
    const state = richText(paragraph(text('Ligne un', BOLD), linebreak(), text('ligne deux', BOLD), tab(), text('fin')))
    const xml = writeXliff(fileOf([rich(state)]))
    expect(xml).toMatch(/<ph id="br\d+" type="fmt" subType="xlf:lb" canCopy="no" canDelete="no" dataRef="d\d+"\/>/)
    expect(canonicalLexical(roundTrip(state))).toBe(canonicalLexical(state))
  })

  it('keeps headings, lists (nested, numbered, checked), quotes and blocks without text', () => {
    const state = richText(
      heading('h2', text('Une Assemblée constituante')),
      heading('h3', text('Pourquoi')),
      list(
        'number',
        listItem(text('Convoquer')),
        listItem(list('bullet', listItem(text('élire'), text(' vite', ITALIC)))),
        listItem(text('Ratifier')),
      ),
      list('check', { ...listItem(text('fait')), checked: true }),
      quote(text('Le peuple, et lui seul.')),
      upload(4),
      paragraph(),
    )
    const xml = writeXliff(fileOf([rich(state)]))
    expect(xml.match(/<segment /g)).toHaveLength(7)
    expect(xml).not.toContain('Assemblée constituante</mda') // the text is in segments; the state is metadata
    expect(canonicalLexical(roundTrip(state))).toBe(canonicalLexical(state))
  })

  it('reads translated text on the French structure (Arabic, right to left)', () => {
    const french = richText(
      heading('h2', text('Une Assemblée constituante')),
      paragraph(text('Convoquer une '), link('https://exemple.fr', text('Assemblée', BOLD)), text('.')),
    )
    const xml = writeXliff(fileOf([rich(french)], 'ar'))
    expect(xml).toContain('trgDir="rtl"')
    // The link's text is all bold: the bold code holds the link.
    expect(xml).toMatch(/<source>Convoquer une <pc id="b1"[^>]*><pc id="a2"[^>]*>Assemblée<\/pc><\/pc>.<\/source>/)
    const translated = translate(xml, { seg1: 'جمعية تأسيسية', seg2: 'الدعوة إلى <pc id="b1"><pc id="a2">جمعية</pc></pc> تأسيسية.' })
    const { file, problems } = readXliff(translated)
    expect(problems).toEqual([])
    expect(file.targetLanguage).toBe('ar')
    const target = file.units[0]?.target as LexicalState
    expect(target.root.children.map((block) => [block.type, block.tag])).toEqual([
      ['heading', 'h2'],
      ['paragraph', undefined],
    ])
    expect(canonicalLexical(target)).toBe(
      canonicalLexical(
        richText(
          heading('h2', text('جمعية تأسيسية')),
          paragraph(text('الدعوة إلى '), link('https://exemple.fr', text('جمعية', BOLD)), text(' تأسيسية.')),
        ),
      ),
    )
  })

  it('lets the translator move codes, and reads the text inside <mrk> annotations', () => {
    const french = richText(paragraph(text('la '), text('grande', BOLD), text(' maison'), linebreak(), text('fin')))
    const { file, problems } = readXliff(
      translate(writeXliff(fileOf([rich(french)])), {
        seg1: '<ph id="br2"/>the <mrk id="m1" type="term">house</mrk> <pc id="b1">big</pc> end',
      }),
    )
    expect(problems).toEqual([])
    expect(canonicalLexical(file.units[0]?.target as LexicalState)).toBe(
      canonicalLexical(richText(paragraph(linebreak(), text('the house '), text('big', BOLD), text(' end')))),
    )
  })

  it('accepts a pair of <sc>/<ec> for a <pc>, properly ordered', () => {
    const french = richText(paragraph(text('un '), text('deux', BOLD)))
    const { problems, file } = readXliff(translate(writeXliff(fileOf([rich(french)])), { seg1: 'one <sc id="b1"/>two<ec startRef="b1"/>' }))
    expect(problems).toEqual([])
    expect(canonicalLexical(file.units[0]?.target as LexicalState)).toBe(
      canonicalLexical(richText(paragraph(text('one '), text('two', BOLD)))),
    )
  })

  it('reads a file a tool re-indented, with its own declarations and notes', () => {
    const french = richText(paragraph(text('Bonjour '), text('le monde', ITALIC)))
    const units = [
      rich(french),
      { ...rich(richText()), path: 'empty' },
      { collection: 'programme', document: '12', path: 'title', kind: 'text' as const, sourceHash: 'h', source: 'Titre' },
    ]
    const written = writeXliff(fileOf(units))
    const retooled = translate(
      translate(written, { seg1: 'Hallo <pc id="i1" type="fmt" subType="xlf:i">Welt</pc>' }, 'chapters.65f0a1.intro'),
      { seg1: 'Titel' },
      'title',
    )
      .replace(/\n(\s*)</g, '\r\n$1$1\t<')
      .replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '\uFEFF<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<!-- exported by a CAT tool -->',
      )
      .replace(
        /<segment id="seg1" state="translated">/,
        '<notes><note>checked</note></notes><segment id="seg1" state="final" subState="tool:ok">',
      )
    const { file, problems } = readXliff(retooled)
    expect(problems).toEqual([])
    expect(file.units.map((unit) => unit.path)).toEqual(['chapters.65f0a1.intro', 'empty', 'title'])
    expect(canonicalLexical(file.units[0]?.target as LexicalState)).toBe(
      canonicalLexical(richText(paragraph(text('Hallo '), text('Welt', ITALIC)))),
    )
    expect(file.units[2]).toMatchObject({ source: 'Titre', target: 'Titel' })
  })

  it('gives back units without target without one, and an empty <target/> counts as none', () => {
    const units = [{ collection: 'faqs', document: '3', path: 'question', kind: 'text' as const, sourceHash: 'h', source: 'Question ?' }]
    const xml = writeXliff(fileOf(units)).replace('</source>', '</source><target/>')
    expect(readXliff(xml).file.units).toEqual(units)
  })

  it('writes an existing translation as target only when it fits the French segments', () => {
    const french = richText(paragraph(text('Un '), text('deux', BOLD)))
    const fitting = richText(paragraph(text('One '), text('two', BOLD)))
    const otherShape = richText(paragraph(text('One two')), paragraph(text('three')))
    const { file } = readXliff(writeXliff(fileOf([rich(french, fitting), { ...rich(french, otherShape), path: 'other' }])))
    expect(canonicalLexical(file.units[0]?.target as LexicalState)).toBe(canonicalLexical(fitting))
    expect(file.units[1]?.target).toBeUndefined()
  })

  it('escapes paths that are not NMTOKENs, reversibly, and keeps the path in metadata', () => {
    expect(toNmtoken('sections.65f0a1.measures.65f0b2.title')).toBe('sections.65f0a1.measures.65f0b2.title')
    expect(toNmtoken('bloc_1/titre é')).toBe('bloc_5f_1_2f_titre_20__e9_')
    expect(fromNmtoken(toNmtoken('bloc_1/titre é:x'))).toBe('bloc_1/titre é:x')
    const units: TranslationUnit[] = [
      { collection: 'a-b', document: 'x/y', path: 'bloc_1/titre', kind: 'text', sourceHash: 'h', source: 's' },
    ]
    const xml = writeXliff(fileOf(units))
    expect(xml).toContain('<file id="a-b:x_2f_y">')
    expect(readXliff(xml).file.units).toEqual(units)
    // Without the metadata (a tool that drops modules), the ids still give the unit back.
    expect(readXliff(xml.replace(/<mda:meta type="(path|collection|document)">[^<]*<\/mda:meta>/g, '')).file.units).toEqual(units)
  })
})

describe('XLIFF 2.0 targets that would break the structure', () => {
  const french = richText(
    paragraph(
      text('Voir '),
      link('https://exemple.fr', text('le '), text('site', BOLD)),
      text(' et '),
      text('lire', ITALIC),
      linebreak(),
      text('fin'),
    ),
  )
  // Codes: a1 (link), b2 (bold in it), i3, br4.
  const complete = 'See <pc id="a1">the <pc id="b2">site</pc></pc> and <pc id="i3">read</pc><ph id="br4"/>end'

  it('accepts every code once, moved as the translation needs', () => {
    expect(problemsOf(french, { seg1: complete })).toEqual([])
    expect(problemsOf(french, { seg1: '<ph id="br4"/><pc id="i3">Read</pc> <pc id="a1">the <pc id="b2">site</pc> too</pc>' })).toEqual([])
  })

  it.each([
    [
      'a dropped <pc>',
      'See <pc id="a1">the <pc id="b2">site</pc></pc> and read<ph id="br4"/>end',
      { code: 'codeMissing', params: { segment: 'seg1', code: 'i3' } },
    ],
    [
      'a duplicated <pc>',
      'See <pc id="a1"><pc id="b2">site</pc></pc> <pc id="i3">and</pc> <pc id="i3">read</pc><ph id="br4"/>end',
      { code: 'codeDuplicated', params: { segment: 'seg1', code: 'i3' } },
    ],
    [
      'a duplicated <ph>',
      'See <pc id="a1"><pc id="b2">site</pc></pc> <pc id="i3">read</pc><ph id="br4"/>x<ph id="br4"/>',
      { code: 'codeDuplicated', params: { segment: 'seg1', code: 'br4' } },
    ],
    [
      'an unknown code',
      'See <pc id="a1"><pc id="b2">site</pc></pc> <pc id="i3">read</pc><ph id="br4"/><ph id="x9"/>',
      { code: 'codeUnknown', params: { segment: 'seg1', code: 'x9' } },
    ],
    [
      'a <pc> written as <ph>',
      'See <pc id="a1"><pc id="b2">site</pc></pc> <ph id="i3"/><ph id="br4"/>',
      { code: 'codeMisused', params: { segment: 'seg1', code: 'i3' } },
    ],
    [
      'an <sc> of no source code',
      'See <pc id="a1"><pc id="b2">site</pc></pc> <sc id="i3"/>read<ph id="br4"/><sc id="x"/><ec startRef="i3"/>',
      { code: 'codeUnknown', params: { segment: 'seg1', code: 'x' } },
    ],
    [
      'overlapping codes',
      'See <sc id="a1"/>the <sc id="b2"/>site<ec startRef="a1"/><ec startRef="b2"/> <pc id="i3">read</pc><ph id="br4"/>',
      { code: 'codesOverlap', params: { segment: 'seg1', code: 'a1' } },
    ],
    [
      'an unclosed <sc>',
      'See <pc id="a1"><pc id="b2">site</pc></pc> <sc id="i3"/>read<ph id="br4"/>',
      { code: 'codeUnclosed', params: { segment: 'seg1', code: 'i3' } },
    ],
    [
      'foreign markup',
      'See <pc id="a1"><pc id="b2">site</pc></pc> <pc id="i3">read</pc><ph id="br4"/><b xmlns="">x</b>',
      { code: 'unsupportedMarkup', params: { segment: 'seg1', element: '{}b' } },
    ],
  ])('refuses %s', (_what, target, expected) => {
    const problems = problemsOf(french, { seg1: target })
    expect(problems).toContainEqual({ collection: 'programme', document: '12', unitId: 'chapters.65f0a1.intro', ...expected })
  })

  it('refuses a link moved into another link', () => {
    const twoLinks = richText(paragraph(link('https://a.fr', text('a')), text(' et '), link('https://b.fr', text('b'))))
    expect(problemsOf(twoLinks, { seg1: '<pc id="a1">a <pc id="a2">b</pc></pc>' })).toContainEqual(
      expect.objectContaining({ code: 'linkInLink', params: { segment: 'seg1', code: 'a2' } }),
    )
  })

  it('refuses a partly translated rich text, and an unknown segment', () => {
    const twoBlocks = richText(paragraph(text('un')), paragraph(text('deux')))
    expect(problemsOf(twoBlocks, { seg1: 'one' })).toEqual([
      expect.objectContaining({ code: 'segmentUntranslated', params: { segments: 'seg2' } }),
    ])
    const xml = translate(writeXliff(fileOf([rich(twoBlocks)])), { seg1: 'one', seg2: 'two' }).replace('id="seg2"', 'id="seg9"')
    expect(readXliff(xml).problems).toEqual([expect.objectContaining({ code: 'segmentUntranslated', params: { segments: 'seg2' } })])
  })

  it('leaves out a unit with a problem, keeps the others', () => {
    const units = [rich(french), { ...rich(richText(paragraph(text('autre')))), path: 'other' }]
    const xml = translate(writeXliff(fileOf(units)), { seg1: 'nothing kept' })
    const { file, problems } = readXliff(xml)
    expect(file.units.map((unit) => [unit.path, unit.target !== undefined])).toEqual([['other', true]])
    expect(problems.map((problem) => [problem.unitId, problem.code])).toEqual([
      ['chapters.65f0a1.intro', 'codeMissing'],
      ['chapters.65f0a1.intro', 'codeMissing'],
      ['chapters.65f0a1.intro', 'codeMissing'],
      ['chapters.65f0a1.intro', 'codeMissing'],
    ])
  })

  it('reports units with an unknown kind, no hash, an unreadable source or twice the same field', () => {
    const units = [
      rich(richText(paragraph(text('x')))),
      { ...rich(richText(paragraph(text('y')))), path: 'p2' },
      { ...rich(richText(paragraph(text('z')))), path: 'p3' },
    ]
    const xml = writeXliff(fileOf([...units, units[0] as TranslationUnit]))
      .replace('<mda:meta type="kind">richText</mda:meta>', '<mda:meta type="kind">video</mda:meta>')
      .replace(
        '<mda:meta type="sourceHash">a1b2c3</mda:meta>\n          <mda:meta type="sourceState">{"root":{"type":"root","children":[{"type":"paragraph","children":[{"type":"text","detail":0,"format":0,"mode":"normal","style":"","text":"y"',
        '<mda:meta type="sourceState">{"root":{"type":"root","children":[{"type":"paragraph","children":[{"type":"text","detail":0,"format":0,"mode":"normal","style":"","text":"y"',
      )
      .replace(/("text":"z"[^<]*)<\/mda:meta>/, '$1 broken</mda:meta>')
    expect(readXliff(xml).problems.map(({ unitId, code }) => [unitId, code])).toEqual([
      ['chapters.65f0a1.intro', 'unknownKind'],
      ['p2', 'missingSourceHash'],
      ['p3', 'sourceUnreadable'],
    ])
    const twice = writeXliff(fileOf([units[1] as TranslationUnit, units[1] as TranslationUnit]))
    expect(readXliff(twice).problems).toEqual([
      { collection: 'programme', document: '12', unitId: 'p2', code: 'duplicateUnit', params: {} },
    ])
  })
})

describe('malformed XLIFF files', () => {
  const valid = writeXliff(fileOf([{ collection: 'faqs', document: '1', path: 'question', kind: 'text', sourceHash: 'h', source: 'Q' }]))

  it.each([
    ['not XML', 'Bonjour', 'notXml'],
    ['broken XML', valid.replace('</file>', ''), 'notXml'],
    ['a DTD', valid.replace('<xliff', '<!DOCTYPE xliff [<!ENTITY x "y">]><xliff'), 'notXml'],
    ['another root', '<?xml version="1.0"?><html/>', 'notTranslationFile'],
    [
      'XLIFF 1.2',
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="fr" target-language="de"/></xliff>',
      'unsupportedVersion',
    ],
    ['version 3.0', valid.replace('version="2.0"', 'version="3.0"'), 'unsupportedVersion'],
    ['no srcLang', valid.replace(' srcLang="fr"', ''), 'missingSourceLanguage'],
    ['a source other than French', valid.replace('srcLang="fr"', 'srcLang="en"'), 'sourceNotFrench'],
    ['no trgLang', valid.replace(' trgLang="de"', ''), 'missingTargetLanguage'],
    ['French as target', valid.replace('trgLang="de"', 'trgLang="fr-FR"'), 'targetIsFrench'],
    ['an unknown target', valid.replace('trgLang="de"', 'trgLang="zh"'), 'unknownTargetLanguage'],
  ])('throws for %s', (_what, xml, code) => {
    expect(errorOf(xml).code).toBe(code)
  })

  it('gives codes, parameters and an English message', () => {
    expect(errorOf(valid.replace('trgLang="de"', 'trgLang="zh"'))).toEqual({
      code: 'unknownTargetLanguage',
      params: { language: 'zh', languages: 'en, es, de, it, pt, ar' },
    })
    expect(() => readXliff(valid.replace('trgLang="de"', 'trgLang="zh"'))).toThrow('Unknown target language "zh"')
  })

  it('reads a regional target language as the hub’s language', () => {
    expect(readXliff(valid.replace('trgLang="de"', 'trgLang="de-AT"')).file.targetLanguage).toBe('de')
  })
})
