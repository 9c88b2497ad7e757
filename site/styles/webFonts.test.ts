import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import fontverter from 'fontverter'
import * as harfbuzz from 'harfbuzzjs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { coreCodePoints, siteCharacters, unicodeRange, webFonts, writeWebFonts } from './webFonts'

const require = createRequire(import.meta.url)

describe('unicodeRange', () => {
  it('writes consecutive code points as one range', () => {
    expect(unicodeRange([0x20, 0x21, 0x22, 0xe9, 0x152, 0x153])).toBe('U+0020-0022, U+00E9, U+0152-0153')
  })
})

describe('coreCodePoints', () => {
  it('keeps every code point mapped to a glyph a wanted one uses', () => {
    // ’ (U+2019) and ʼ (U+02BC) share glyph 7: keeping one keeps the other.
    const glyphs = new Map([
      [0x41, 1],
      [0x42, 2],
      [0x2bc, 7],
      [0x2019, 7],
    ])
    expect(coreCodePoints(glyphs, (codePoint) => codePoint === 0x41 || codePoint === 0x2019)).toEqual([0x41, 0x2bc, 0x2019])
  })
})

const loadFont = async (file: string) => {
  const face = new harfbuzz.Face(new harfbuzz.Blob(await fontverter.convert(await fs.readFile(file), 'sfnt')))
  const font = new harfbuzz.Font(face)
  const outlines = new Map<number, string>()
  const outline = (glyph: number) => outlines.get(glyph) ?? outlines.set(glyph, font.glyphToPath(glyph)).get(glyph)
  return { font, outline, characters: new Set(face.collectUnicodes()) }
}

/** Each glyph's outline and position, shaped as a browser does (HarfBuzz, direction and script guessed). */
const shaped = ({ font, outline }: Awaited<ReturnType<typeof loadFont>>, text: string) => {
  const buffer = new harfbuzz.Buffer()
  buffer.addText(text)
  buffer.guessSegmentProperties()
  harfbuzz.shape(font, buffer)
  return buffer
    .getGlyphInfosAndPositions()
    .map((glyph) => [outline(glyph.codepoint), glyph.xAdvance, glyph.xOffset, glyph.yOffset, glyph.cluster])
}

const translations = async (locales: string[]) => {
  const texts = await Promise.all(
    locales.map((locale) => fs.readFile(path.join(import.meta.dirname, '..', 'i18n', `${locale}.json`), 'utf8')),
  )
  return texts.flatMap((text) => [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => JSON.parse(`"${match[1]}"`) as string))
}

describe('writeWebFonts', () => {
  let cacheDir: string
  let stylesheet: string
  let css: string

  beforeAll(async () => {
    cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'web-fonts-'))
    stylesheet = await writeWebFonts(cacheDir, await siteCharacters(undefined))
    css = await fs.readFile(stylesheet, 'utf8')
  }, 180_000)

  afterAll(async () => {
    await fs.rm(cacheDir, { recursive: true, force: true })
  })

  const faces = () =>
    [...css.matchAll(/@font-face \{([^}]*)\}/g)].map(([, body]) => ({
      family: /font-family: '([^']+)'/.exec(body ?? '')?.[1],
      weight: Number(/font-weight: (\d+)/.exec(body ?? '')?.[1]),
      file: /url\('\.\/([^']+)'\)/.exec(body ?? '')?.[1] ?? '',
      range: /unicode-range: ([^;]+);/.exec(body ?? '')?.[1] ?? '',
      swap: /font-display: swap;/.test(body ?? ''),
    }))

  it('declares each font as its whole file, then its core (tried first), with font-display: swap', () => {
    expect(faces().map(({ family, weight, file, swap }) => [family, weight, file.replace(/^.*-(whole|core)\.woff2$/, '$1'), swap])).toEqual(
      webFonts.flatMap(({ family, weight }) => [
        [family, weight, 'whole', true],
        [family, weight, 'core', true],
      ]),
    )
  })

  it('gives the core every character of the translations that the font has, and no other than the font has', async () => {
    const codePoints = (range: string) =>
      range.split(', ').flatMap((part) => {
        const [first, last = first] = part.replace('U+', '').split('-') as [string, string?]
        return Array.from({ length: parseInt(last, 16) - parseInt(first, 16) + 1 }, (_, index) => parseInt(first, 16) + index)
      })
    const used = new Set(
      (await translations(['fr', 'en', 'es', 'de', 'it', 'pt', 'ar'])).flatMap((text) => [...text].map((c) => c.codePointAt(0))),
    )
    for (const [whole, core] of [0, 2, 4, 6].map((index) => [faces()[index], faces()[index + 1]])) {
      const wholeSet = new Set(codePoints(whole?.range ?? ''))
      const coreSet = new Set(codePoints(core?.range ?? ''))
      expect([...coreSet].filter((codePoint) => !wholeSet.has(codePoint))).toEqual([])
      expect([...used].filter((codePoint) => codePoint !== undefined && wholeSet.has(codePoint) && !coreSet.has(codePoint))).toEqual([])
    }
  })

  it('makes cores much smaller than the whole files', async () => {
    const dir = path.dirname(stylesheet)
    for (const font of webFonts) {
      const stem = `${font.family.toLowerCase().replace(/\W+/g, '-')}-${font.weight}`
      const core = (await fs.stat(path.join(dir, `${stem}-core.woff2`))).size
      const whole = (await fs.stat(require.resolve(font.source))).size
      expect(core).toBeLessThan(whole * 0.75)
    }
  })

  it('shapes the site’s texts with the core exactly as with the whole file: glyphs, advances, marks, joining', async () => {
    const dir = path.dirname(stylesheet)
    const samples: Record<string, string[]> = {
      Inter: [
        ...(await translations(['fr', 'en', 'es', 'de', 'it', 'pt'])),
        'L’Avenir en commun : « Découvrir » — 12 € ; œuvre, affiche, fiancé, 10:30, Ñandú, Straße, ¿qué?',
      ],
      'Noto Sans Arabic': [...(await translations(['ar'])), 'اكتشف المستقبل المشترك: برنامجٌ لِلْجَمِيعِ، ١٢٣ لا إله إلا الله — هل تعرف؟'],
    }
    for (const font of webFonts) {
      const stem = `${font.family.toLowerCase().replace(/\W+/g, '-')}-${font.weight}`
      const [core, whole] = await Promise.all([
        loadFont(path.join(dir, `${stem}-core.woff2`)),
        loadFont(path.join(dir, `${stem}-whole.woff2`)),
      ])
      // What this font draws of each sample: the characters it lacks go to another font in a browser.
      const texts = (samples[font.family] ?? []).map((text) =>
        [...text].filter((c) => whole.characters.has(c.codePointAt(0) as number)).join(''),
      )
      for (const text of texts.filter((candidate) => candidate.trim())) expect(shaped(core, text), text).toEqual(shaped(whole, text))
    }
  }, 120_000)
})

describe('the characters of typed text', () => {
  // A title, a credit or an alt text is in the snapshot as typed: one that looks like an HTML
  // character reference is shown as typed (Astro escapes it), and must not stop the build.
  let snapshot: string | undefined
  afterEach(async () => {
    if (snapshot) await fs.rm(snapshot, { recursive: true, force: true })
  })
  const charactersOf = async (entry: unknown) => {
    snapshot = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-fonts-typed-'))
    await fs.mkdir(path.join(snapshot, 'visuals'), { recursive: true })
    await fs.writeFile(path.join(snapshot, 'visuals', 'fr.json'), JSON.stringify([entry]))
    return siteCharacters(snapshot)
  }

  it.each(['&#x110000;', '&#1114112;', '&#99999999999999999999;', '&#xFFFFFFFFF;'])(
    'reads a title holding %s (a reference to no character) and the rest of its text',
    async (typed) => {
      const characters = await charactersOf({ slug: '1', title: `Affiche ${typed} Ŋ`, credit: 'Atelier', alt: '' })
      expect(characters.has('Ŋ'.codePointAt(0)!)).toBe(true)
    },
  )

  it('reads a long text of control characters, lone surrogates and combining marks', async () => {
    const characters = await charactersOf({ slug: '2', title: '\u0000\u0007\u202e\ud800\udfff\u0301'.repeat(200_000) })
    expect(characters.has(0x202e)).toBe(true)
  })
})
