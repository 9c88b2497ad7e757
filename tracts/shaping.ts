/**
 * Text → shaped pieces: per-character font fallback, the Unicode bidi algorithm
 * (bidi-js) and OpenType shaping (fontkit: kerning, ligatures, Arabic joining).
 * A piece is a run of one font, one bidi level and either a word or spaces: the
 * line breaker works on pieces, and widths are kept in ems so that trying another
 * font size never shapes again.
 */
import fontkit from '@pdf-lib/fontkit'
import type { Font, Glyph, GlyphRun } from '@pdf-lib/fontkit'
import bidiFactory from 'bidi-js'
import type { EmbeddingLevels } from 'bidi-js'
import { fallbackFonts } from './fonts.ts'
import type { TractAssets } from './assets.ts'
import type { FontId } from './template.ts'

const bidi = bidiFactory()

export interface LoadedFont {
  id: FontId
  font: Font
  /** The font file, for the PDF's subset. */
  bytes: Uint8Array
  /** Height of capital letters, in ems (lines are centred on it). */
  capHeight: number
}

/** A glyph in visual order; advance and offsets in ems. */
export interface ShapedGlyph {
  glyph: Glyph
  /** The characters this occurrence stands for (a ligature: several; a dot split off a letter: none). */
  codePoints: number[]
  xAdvance: number
  xOffset: number
  yOffset: number
}

export interface Piece {
  /** UTF-16 indices of its characters in the paragraph (end excluded), for the bidi reordering. */
  start: number
  end: number
  font: LoadedFont
  rtl: boolean
  /** Only breakable spaces: where lines may break, dropped at both ends of a line. */
  space: boolean
  glyphs: ShapedGlyph[]
  /** Sum of the advances, in ems. */
  width: number
}

export interface Paragraph {
  text: string
  levels: EmbeddingLevels
  rtl: boolean
  pieces: Piece[]
}

export interface ShapedText {
  paragraphs: Paragraph[]
  /** Characters no bundled font has (left out of the pieces). */
  missing: string[]
}

const parsedFonts = new WeakMap<Uint8Array, Font>()

/** fontkit parses lazily, but the cmap and layout tables it builds are worth keeping: one Font per file. */
function parseFont(bytes: Uint8Array): Font {
  let font = parsedFonts.get(bytes)
  if (!font) {
    font = fontkit.create(bytes)
    parsedFonts.set(bytes, font)
  }
  return font
}

/** The fonts one layout uses, loaded on demand (a fallback font is fetched only when a character needs it). */
export class FontLoader {
  private readonly loaded = new Map<FontId, Promise<LoadedFont>>()

  constructor(private readonly assets: TractAssets) {}

  load(id: FontId): Promise<LoadedFont> {
    let font = this.loaded.get(id)
    if (!font) {
      font = this.assets.font(id).then((bytes) => {
        const parsed = parseFont(bytes)
        return { id, font: parsed, bytes, capHeight: (parsed.capHeight || parsed.unitsPerEm * 0.7) / parsed.unitsPerEm }
      })
      this.loaded.set(id, font)
    }
    return font
  }

  /** The fonts loaded so far (the renderers subset or outline the ones their text uses). */
  async fonts(): Promise<Map<FontId, LoadedFont>> {
    const entries = await Promise.all([...this.loaded.values()])
    return new Map(entries.map((loaded) => [loaded.id, loaded]))
  }
}

const breakableSpace = /^[ \t\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]$/u
/** Arabic letters and digits, and the punctuation Arabic shares with other scripts (، ؛ ؟). */
const arabicScript = /^\p{Script_Extensions=Arabic}$/u
/** Spaces, punctuation and combining marks: they take the font of the character before them when it has them. */
const neutral = /^[\p{Script=Common}\p{Script=Inherited}]$/u
const ignorable = /^\p{Default_Ignorable_Code_Point}$/u
const otherSpace = /^\p{Zs}$/u

/** One entry per code point: the character and the font that draws it (null: left out). */
type ResolvedChar = { char: string; font: LoadedFont | null }

async function resolveChars(text: string, primary: FontId, loader: FontLoader): Promise<{ chars: ResolvedChar[]; missing: Set<string> }> {
  const fallback = fallbackFonts(primary)
  const missing = new Set<string>()
  const chars: ResolvedChar[] = []
  let previous: LoadedFont | null = null
  for (const original of text) {
    const codePoint = original.codePointAt(0) ?? 0
    let font: LoadedFont | null = null
    if (previous && neutral.test(original) && previous.font.hasGlyphForCodePoint(codePoint)) font = previous
    else {
      // Only Arabic ever needs the Arabic font: an emoji does not make the browser fetch it for nothing.
      const chain: FontId[] = arabicScript.test(original) ? [primary, fallback.arabic, fallback.other] : [primary, fallback.other]
      for (const id of chain) {
        const candidate = await loader.load(id)
        if (candidate.font.hasGlyphForCodePoint(codePoint)) {
          font = candidate
          break
        }
      }
    }
    let char = original
    if (!font && otherSpace.test(original)) {
      // A space no font has (a rare width of space) prints as a plain one.
      char = ' '
      font = previous ?? (await loader.load(primary))
    }
    // Invisible format characters (joiners, direction marks) matter to shaping and bidi, never to the reader.
    if (!font && !ignorable.test(original)) missing.add(original)
    chars.push({ char, font })
    if (font) previous = font
  }
  return { chars, missing }
}

type LayoutWithDirection = (text: string, features: undefined, script: undefined, language: undefined, direction: 'ltr' | 'rtl') => GlyphRun

/** fontkit's OpenType layout engine (not in its published types): its glyph infos carry each occurrence's characters. */
type LayoutEngine = { glyphInfos?: { codePoints: number[] }[] | null; cleanup?: () => void }
const keptEngines = new WeakSet<LayoutEngine>()

/**
 * The engine clears its glyph infos at the end of each layout; this keeps them
 * until the next one (they are replaced, never reused), so that they can be read.
 */
function layoutEngine(font: Font): LayoutEngine | undefined {
  const engine = (font as unknown as { _layoutEngine?: { engine?: LayoutEngine } })._layoutEngine?.engine
  if (engine && !keptEngines.has(engine)) {
    engine.cleanup = () => {}
    keptEngines.add(engine)
  }
  return engine
}

const mirror = (codePoint: number): number => bidi.getMirroredCharacter(String.fromCodePoint(codePoint))?.codePointAt(0) ?? codePoint

/**
 * The characters behind each glyph of a run, in visual order. fontkit caches one
 * Glyph per id with the characters of its first use (the dotless base of "س" and
 * "ش" is one glyph), so the per-occurrence characters are read from the layout
 * engine's glyph infos (logical order). Right-to-left runs were shaped with
 * mirrored brackets: mirroring again gives back the characters typed.
 */
function occurrenceCodePoints(engine: LayoutEngine | undefined, run: GlyphRun, rtl: boolean): number[][] {
  const infos = engine?.glyphInfos
  if (infos?.length !== run.glyphs.length) return run.glyphs.map((glyph) => glyph.codePoints)
  const logical = infos.map((info) => (rtl ? info.codePoints.map(mirror) : info.codePoints))
  return rtl ? logical.reverse() : logical
}

/** Shaped runs by font, keyed by direction and text: typing in the form reshapes only the word that changed. */
const shapeCache = new WeakMap<Font, Map<string, { glyphs: ShapedGlyph[]; width: number }>>()
const shapeCacheLimit = 5000

function shape(font: Font, text: string, rtl: boolean): { glyphs: ShapedGlyph[]; width: number } {
  let cache = shapeCache.get(font)
  if (!cache) {
    cache = new Map()
    shapeCache.set(font, cache)
  }
  const key = (rtl ? 'r' : 'l') + text
  const cached = cache.get(key)
  if (cached) return cached
  // fontkit's layout takes (text, features, script, language, direction); its types stop at features.
  // The bidi algorithm decides the direction: digits inside Arabic text run left to right.
  const engine = layoutEngine(font)
  const run = (font.layout as unknown as LayoutWithDirection).call(font, text, undefined, undefined, undefined, rtl ? 'rtl' : 'ltr')
  const em = font.unitsPerEm
  const characters = occurrenceCodePoints(engine, run, rtl)
  let width = 0
  const glyphs = run.glyphs.map((glyph, index) => {
    const position = run.positions[index]
    const shaped = {
      glyph,
      codePoints: characters[index] ?? [],
      xAdvance: (position?.xAdvance ?? 0) / em,
      xOffset: (position?.xOffset ?? 0) / em,
      yOffset: (position?.yOffset ?? 0) / em,
    }
    width += shaped.xAdvance
    return shaped
  })
  if (cache.size >= shapeCacheLimit) cache.clear()
  const shaped = { glyphs, width }
  cache.set(key, shaped)
  return shaped
}

/** Cuts a paragraph into pieces of one font, one bidi level and one kind (word or spaces), then shapes each. */
function shapeParagraph(chars: ResolvedChar[]): Paragraph {
  const text = chars.map((resolved) => resolved.char).join('')
  const levels = bidi.getEmbeddingLevels(text, 'auto')
  const pieces: Piece[] = []
  let current: { start: number; end: number; text: string; font: LoadedFont; level: number; space: boolean } | null = null
  const flush = () => {
    if (current) {
      const rtl = current.level % 2 === 1
      const { glyphs, width } = shape(current.font.font, current.text, rtl)
      pieces.push({ start: current.start, end: current.end, font: current.font, rtl, space: current.space, glyphs, width })
    }
    current = null
  }
  let index = 0
  for (const { char, font } of chars) {
    const level = levels.levels[index] ?? 0
    if (font) {
      const space = breakableSpace.test(char)
      if (!current || current.font !== font || current.level !== level || current.space !== space) {
        flush()
        current = { start: index, end: index, text: '', font, level, space }
      }
      current.end = index + char.length
      // Right-to-left runs draw the mirrored bracket: "(" closes a parenthesis on the left.
      current.text += level % 2 === 1 ? (bidi.getMirroredCharacter(char) ?? char) : char
    }
    index += char.length
  }
  flush()
  return { text, levels, rtl: (levels.paragraphs[0]?.level ?? 0) % 2 === 1, pieces }
}

/**
 * Shapes a field's text: NFC (so "é" typed as e + accent finds its glyph), one
 * paragraph per line of the text (or a single one for one-line fields).
 */
export async function shapeText(text: string, primary: FontId, loader: FontLoader, multiline: boolean): Promise<ShapedText> {
  const normalised = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ')
  const paragraphs = multiline ? normalised.split('\n') : [normalised.replace(/\n+/g, ' ')]
  const missing = new Set<string>()
  const shaped: Paragraph[] = []
  for (const paragraph of paragraphs) {
    const resolved = await resolveChars(paragraph, primary, loader)
    resolved.missing.forEach((char) => missing.add(char))
    shaped.push(shapeParagraph(resolved.chars))
  }
  return { paragraphs: shaped, missing: [...missing] }
}

/** The visual order of a line's pieces (from..to, logical order), by the bidi algorithm's reordering (rule L2). */
export function visualOrder(paragraph: Paragraph, from: number, to: number): Piece[] {
  const pieces = paragraph.pieces.slice(from, to)
  const first = pieces[0]
  const last = pieces[pieces.length - 1]
  if (!first || !last) return pieces
  // Which piece each character of the line belongs to; the flips move characters, pieces follow.
  const owners = new Array<number>(last.end - first.start).fill(-1)
  pieces.forEach((piece, index) => owners.fill(index, piece.start - first.start, piece.end - first.start))
  for (const [start = 0, end = -1] of bidi.getReorderSegments(paragraph.text, paragraph.levels, first.start, last.end - 1)) {
    const offset = start - first.start
    owners.splice(offset, end - start + 1, ...owners.slice(offset, end - first.start + 1).reverse())
  }
  // A piece has one bidi level, so its characters stay together: its first appearance is its place.
  const seen = new Set<number>()
  return owners.flatMap((owner) => {
    const piece = pieces[owner]
    if (!piece || seen.has(owner)) return []
    seen.add(owner)
    return [piece]
  })
}
