/**
 * The site's web fonts, made by the site build from the @fontsource files: Inter for Latin and Noto
 * Sans Arabic for Arabic, in the two weights the CSS uses (400 and 700: its 500 resolves to 400 and
 * its 600 to 700, as with the whole files before).
 *
 * Why: a page on a phone must weigh ≤ 100 KB with its fonts (issue 19). The whole files weigh 24 KB
 * per weight of Inter and 49–50 KB per weight of Noto Sans Arabic (most of it for Persian, Urdu and
 * other letters), and an Arabic page needs both fonts (its French text and digits are Inter's).
 * Each font is declared as two faces of the same family and weight:
 *  - the whole file, unchanged, for every character it has;
 *  - then its core, subset by HarfBuzz's hb-subset (subset-font) to the characters the site shows:
 *    its content (the build's snapshot), its own texts (the sources and translations under site/ and
 *    publication/), and dates and numbers as Intl writes them in each language; with ASCII (but < and
 *    >) and the Arabic-Indic digits always.
 *    hb-subset keeps every glyph reachable from those characters through GSUB (Arabic joining forms,
 *    lam-alef, ligatures), every layout feature, kerning and mark positioning: text renders as with
 *    the whole file. A character that shares its glyph with a kept one is kept too: FreeType's
 *    autohinter (Chromium on Linux and Android) hints a glyph by the characters that map to it, and
 *    without ʼ Inter Bold's ’ came out a shade different.
 * Where two faces of a family cover a character, the one declared last is tried first (CSS Fonts 4,
 * unicode-range): the core draws what it has, and the browser fetches the whole file only for a
 * character outside the core (typed by a visitor in the search box or a tract, or in a page rendered
 * since by a newer build). That character's whole cluster goes to the whole file (a letter with a
 * combining mark, say), which has it: nothing falls back to another font that did not before.
 * With incremental builds (site/builder/pageManifest.ts), a publication that brings a new character
 * makes new files under new names: the pages rendered by that build use them, and the pages reused
 * from the live build keep the files they were made with, which the build keeps beside the new ones.
 * Made once per set of characters and cached (HarfBuzz takes seconds). site/styles/webFonts.test.ts
 * checks that shaping is unchanged.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { AstroIntegration } from 'astro'
import fontverter from 'fontverter'
import * as harfbuzz from 'harfbuzzjs'
import subsetFont from 'subset-font'

import { projectRoot } from '../../env'
import { siteLocaleCodes } from '../../publication/locales'
import { snapshotComplete } from '../loaders/snapshotComplete'

const require = createRequire(path.join(projectRoot, 'package.json'))

export interface WebFont {
  family: string
  weight: 400 | 700
  /** The whole file, inside node_modules. */
  source: string
}

export const webFonts: readonly WebFont[] = [
  { family: 'Inter', weight: 400, source: '@fontsource/inter/files/inter-latin-400-normal.woff2' },
  { family: 'Inter', weight: 700, source: '@fontsource/inter/files/inter-latin-700-normal.woff2' },
  { family: 'Noto Sans Arabic', weight: 400, source: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2' },
  { family: 'Noto Sans Arabic', weight: 700, source: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2' },
]

/** What Base.astro imports: resolved by the integration below to the stylesheet made for the build. */
export const webFontsImport = 'site-web-fonts.css'

// --- The characters the site shows.

/**
 * Kept whatever the content: ASCII but < and >, and the Arabic-Indic digits and separators (a
 * browser's Intl may write Arabic numbers with them). < and > cost Inter 2 KB a weight (its arrows
 * ->, <=, … are contextual alternates): kept only if a text shows them.
 */
const alwaysKept = (codePoint: number) =>
  (codePoint >= 0x20 && codePoint <= 0x7e && codePoint !== 0x3c && codePoint !== 0x3e) || (codePoint >= 0x660 && codePoint <= 0x66c)

const nonAscii = /[^\x20-\x7e]/gu

const addCharacters = (characters: Set<number>, text: string, pattern = /[^]/gu) => {
  for (const [character] of text.matchAll(pattern)) characters.add(character.codePointAt(0) as number)
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** The character a numeric reference names; the reference as written when it names none (`&#x110000;` typed in a title). */
const referenced = (entity: string, name: string) => {
  const codePoint = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity
}

/** What a string of the content or of the translations shows: HTML tags left out, entities read. */
const shownText = (value: string) =>
  value
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
      name.startsWith('#') ? referenced(entity, name) : (entities[name] ?? entity),
    )

/** Every string of a JSON document (its values, not its keys). */
const jsonStrings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(jsonStrings)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(jsonStrings)
        : []

const filesUnder = async (dir: string, wanted: RegExp): Promise<string[]> => {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  return entries.filter((entry) => entry.isFile() && wanted.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name))
}

/** Month and day names, dates and numbers in each site language, as the pages' Intl formatting writes them. */
const intlSamples = (): string =>
  siteLocaleCodes
    .flatMap((locale) => {
      const dates = Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2026, month, 1 + month, 18, 30)))
      return [
        ...(['full', 'long', 'medium', 'short'] as const).flatMap((dateStyle) =>
          dates.map((date) => new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'short', timeZone: 'Europe/Paris' }).format(date)),
        ),
        ...dates.map((date) => new Intl.DateTimeFormat(locale, { month: 'short', weekday: 'short', day: 'numeric' }).format(date)),
        new Intl.NumberFormat(locale).format(1234567.89),
        new Intl.NumberFormat(locale, { style: 'percent' }).format(0.42),
        new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(1234.5),
      ]
    })
    .join(' ')

/**
 * Every character the site may show beyond those always kept: the content (the strings of every JSON
 * file of the snapshot, when there is one) and the translations, whole; the site's other texts (its
 * sources under site/ and publication/) beyond ASCII, whose code would bring every ASCII sign; Intl's
 * dates and numbers.
 */
export const siteCharacters = async (snapshotDir: string | undefined): Promise<Set<number>> => {
  const characters = new Set<number>()
  const texts = [
    ...(snapshotDir ? await filesUnder(snapshotDir, /\.json$/) : []),
    ...(await filesUnder(path.join(projectRoot, 'site', 'i18n'), /\.json$/)),
  ]
  for (const file of texts) {
    for (const value of jsonStrings(JSON.parse(await fs.readFile(file, 'utf8')))) addCharacters(characters, shownText(value))
  }
  const sources = [
    ...(await filesUnder(path.join(projectRoot, 'site'), /\.(astro|tsx?)$/)),
    ...(await filesUnder(path.join(projectRoot, 'publication'), /\.ts$/)),
  ]
  for (const file of sources) addCharacters(characters, await fs.readFile(file, 'utf8'), nonAscii)
  addCharacters(characters, intlSamples())
  return characters
}

// --- The fonts.

/** `unicode-range` of sorted code points: consecutive ones as one range. */
export const unicodeRange = (codePoints: readonly number[]): string => {
  const ranges: [number, number][] = []
  for (const codePoint of codePoints) {
    const last = ranges.at(-1)
    if (last && codePoint === last[1] + 1) last[1] = codePoint
    else ranges.push([codePoint, codePoint])
  }
  const hex = (codePoint: number) => codePoint.toString(16).toUpperCase().padStart(4, '0')
  return ranges.map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`)).join(', ')
}

/** Each code point a font maps (its cmap), sorted, with its glyph: that of the code point shaped alone, no feature on. */
export const characterMap = async (font: Buffer): Promise<Map<number, number>> => {
  const face = new harfbuzz.Face(new harfbuzz.Blob(await fontverter.convert(font, 'sfnt')))
  const shaper = new harfbuzz.Font(face)
  const noFeatures = ['ccmp', 'locl', 'calt', 'liga', 'rlig', 'clig', 'rclt', 'isol', 'init', 'medi', 'fina'].map(
    (tag) => new harfbuzz.Feature(tag, 0),
  )
  const glyphs = new Map<number, number>()
  for (const codePoint of [...face.collectUnicodes()].sort((a, b) => a - b)) {
    const buffer = new harfbuzz.Buffer()
    buffer.addCodePoints([codePoint])
    buffer.guessSegmentProperties()
    harfbuzz.shape(shaper, buffer, noFeatures)
    glyphs.set(codePoint, buffer.getGlyphInfos()[0]?.codepoint ?? 0)
  }
  return glyphs
}

/** The code points of the core: the wanted ones the font has, and every other code point mapped to the same glyphs. */
export const coreCodePoints = (glyphs: Map<number, number>, wanted: (codePoint: number) => boolean): number[] => {
  const keptGlyphs = new Set([...glyphs].filter(([codePoint]) => wanted(codePoint)).map(([, glyph]) => glyph))
  return [...glyphs].filter(([, glyph]) => keptGlyphs.has(glyph)).map(([codePoint]) => codePoint)
}

const fileStem = (font: WebFont) => `${font.family.toLowerCase().replace(/\W+/g, '-')}-${font.weight}`

/** The two faces of one font, in the order of the stylesheet: the whole file, then the core. */
const facesOf = async (font: WebFont, characters: ReadonlySet<number>) => {
  const whole = await fs.readFile(require.resolve(font.source))
  const glyphs = await characterMap(whole)
  const core = coreCodePoints(glyphs, (codePoint) => alwaysKept(codePoint) || characters.has(codePoint))
  // Every layout feature kept (subset-font's default), hinting too: only glyphs no core character reaches go.
  const subset = await subsetFont(whole, String.fromCodePoint(...core), { targetFormat: 'woff2' })
  return [
    { file: `${fileStem(font)}-whole.woff2`, contents: whole, codePoints: [...glyphs.keys()] },
    { file: `${fileStem(font)}-core.woff2`, contents: subset, codePoints: core },
  ]
}

const fontFaceRule = (font: WebFont, file: string, codePoints: readonly number[]) =>
  [
    '@font-face {',
    `  font-family: '${font.family}';`,
    '  font-style: normal;',
    `  font-weight: ${font.weight};`,
    '  font-display: swap;',
    `  src: url('./${file}') format('woff2');`,
    `  unicode-range: ${unicodeRange(codePoints)};`,
    '}',
  ].join('\n')

/** What the files depend on: the source files, the characters, the subsetter's version and this module's own text. */
const inputDigest = async (fonts: readonly WebFont[], characters: ReadonlySet<number>): Promise<string> => {
  const hash = createHash('sha256')
  for (const font of fonts) {
    hash.update(JSON.stringify(font))
    hash.update(await fs.readFile(require.resolve(font.source)))
  }
  hash.update([...characters].sort((a, b) => a - b).join(','))
  for (const dependency of ['subset-font/package.json', 'fontverter/package.json']) {
    hash.update(await fs.readFile(require.resolve(dependency)))
  }
  hash.update(harfbuzz.versionString())
  hash.update(await fs.readFile(path.join(projectRoot, 'site', 'styles', 'webFonts.ts')))
  return hash.digest('hex').slice(0, 16)
}

const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false,
  )

/**
 * Writes the fonts' files and their stylesheet (fonts.css) into a folder of `cacheDir` named by their
 * inputs, unless it is there already, and returns the stylesheet's path. Written beside, then renamed:
 * builds or checks starting at the same time never read a half-written folder.
 */
export const writeWebFonts = async (
  cacheDir: string,
  characters: ReadonlySet<number>,
  fonts: readonly WebFont[] = webFonts,
): Promise<string> => {
  const dir = path.join(cacheDir, await inputDigest(fonts, characters))
  const stylesheet = path.join(dir, 'fonts.css')
  if (await exists(stylesheet)) return stylesheet
  const staging = `${dir}.${process.pid}.tmp`
  await fs.rm(staging, { recursive: true, force: true })
  await fs.mkdir(staging, { recursive: true })
  const rules: string[] = ['/* Made by site/styles/webFonts.ts: see there why. */']
  for (const font of fonts) {
    for (const face of await facesOf(font, characters)) {
      await fs.writeFile(path.join(staging, face.file), face.contents)
      rules.push(fontFaceRule(font, face.file, face.codePoints))
    }
  }
  await fs.writeFile(path.join(staging, 'fonts.css'), `${rules.join('\n\n')}\n`)
  try {
    await fs.rename(staging, dir)
  } catch (error) {
    // Another process made the same folder meanwhile: its files are the same.
    await fs.rm(staging, { recursive: true, force: true })
    if (!(await exists(stylesheet))) throw error
  }
  return stylesheet
}

/** Where Base.astro imports a core file from, to preload it: `site-web-fonts/<file>?url`. */
export const webFontsFolder = 'site-web-fonts/'

/**
 * The Astro integration: Base.astro's `import 'site-web-fonts.css'` resolves to the stylesheet made
 * for the characters of this build, once its snapshot is complete (site/loaders/snapshotComplete.ts),
 * and `site-web-fonts/<file>` to the files beside it.
 */
export const webFontsIntegration = (cacheDir: string): AstroIntegration => {
  let stylesheet: Promise<string> | undefined
  const made = () =>
    (stylesheet ??= (async () => {
      await snapshotComplete()
      // eslint-disable-next-line no-restricted-syntax -- not configuration: set by the site build for the Astro it starts (site/builder/buildSite.ts)
      return writeWebFonts(cacheDir, await siteCharacters(process.env.HUB_SITE_SNAPSHOT))
    })())
  return {
    name: 'hub-web-fonts',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'hub-web-fonts',
                enforce: 'pre',
                resolveId: async (id) => {
                  if (id === webFontsImport) return made()
                  if (id.startsWith(webFontsFolder)) return path.join(path.dirname(await made()), id.slice(webFontsFolder.length))
                  return undefined
                },
              },
            ],
          },
        })
      },
    },
  }
}
