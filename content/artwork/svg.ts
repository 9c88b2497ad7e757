/**
 * Shared helpers for the artwork generator: XML escaping, deterministic
 * hashing/randomness, approximate text measurement and wrapping, SVG → PNG.
 * Nothing is measured at run time: widths come from a DejaVu Sans table.
 */
import sharp from 'sharp'

export const FONT = 'DejaVu Sans, sans-serif'

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/** 32-bit FNV-1a hash of a string. */
export function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export interface Rng {
  (): number
  range(min: number, max: number): number
  int(min: number, maxExclusive: number): number
  pick<T>(items: readonly T[]): T
}

/** Mulberry32 pseudo-random generator seeded from a string. */
export function rng(seed: string): Rng {
  let a = hash(seed)
  const next = (() => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }) as Rng
  next.range = (min, max) => min + next() * (max - min)
  next.int = (min, max) => Math.floor(next.range(min, max))
  next.pick = (items) => items[Math.floor(next() * items.length) % items.length]!
  return next
}

/** Round to one decimal for compact SVG. */
export const r1 = (n: number): number => Math.round(n * 10) / 10

// Advance widths (1/100 em) of DejaVu Sans for ASCII 32–126.
const REGULAR =
  '32,40,46,84,64,95,78,27,39,39,50,84,32,36,32,34,64,64,64,64,64,64,64,64,64,64,34,34,84,84,84,53,100,68,69,70,77,63,58,77,75,29,29,66,56,86,75,79,60,79,69,63,61,73,68,99,69,61,69,39,34,39,84,50,50,61,63,55,63,62,35,63,63,28,28,58,28,97,63,61,63,63,41,52,39,63,59,82,59,59,52,64,34,64,84'
const BOLD =
  '35,46,52,84,70,100,87,31,46,46,52,84,38,42,38,37,70,70,70,70,70,70,70,70,70,70,40,40,84,84,84,58,100,77,76,73,83,68,68,82,84,37,37,77,64,100,84,85,73,85,77,72,68,81,77,110,77,72,73,46,37,46,84,50,50,67,72,59,72,68,44,72,71,34,34,67,34,104,71,69,72,72,49,60,48,71,65,92,65,65,58,71,37,71,84'
const table = (csv: string) => csv.split(',').map((n) => Number(n) / 100)
const WIDTHS = { regular: table(REGULAR), bold: table(BOLD) }
const SPECIAL: Record<string, [number, number]> = {
  '\u00a0': [0.32, 0.35],
  '\u202f': [0.2, 0.22],
  '’': [0.32, 0.38],
  '‘': [0.32, 0.38],
  '«': [0.56, 0.67],
  '»': [0.56, 0.67],
  '“': [0.52, 0.6],
  '”': [0.52, 0.6],
  '–': [0.5, 0.5],
  '—': [1, 1],
  '…': [1, 1],
  '€': [0.64, 0.7],
  œ: [1.03, 1.1],
  Œ: [1.08, 1.19],
  æ: [0.98, 1.02],
  Æ: [0.98, 1.07],
  ß: [0.63, 0.71],
  '•': [0.59, 0.59],
}

function charWidth(ch: string, bold: boolean): number {
  const special = SPECIAL[ch]
  if (special) return bold ? special[1] : special[0]
  let code = ch.codePointAt(0) ?? 32
  if (code > 126) code = ch.normalize('NFD').codePointAt(0) ?? code
  const w = code >= 32 && code <= 126 ? (bold ? WIDTHS.bold : WIDTHS.regular)[code - 32] : undefined
  return w ?? (bold ? 0.72 : 0.64)
}

/** Estimated rendered width of `text` in pixels. */
export function measure(text: string, size: number, bold = false): number {
  let w = 0
  for (const ch of text) w += charWidth(ch, bold)
  return w * size
}

export interface WrapOptions {
  size: number
  bold?: boolean
  maxLines?: number
}

/** Greedy word wrap; over-long words are split, overflow ends with an ellipsis. */
export function wrap(text: string, maxWidth: number, { size, bold = false, maxLines }: WrapOptions): string[] {
  const fits = (s: string) => measure(s, size, bold) <= maxWidth
  const lines: string[] = []
  let line = ''
  const glued = text
    .trim()
    .replace(/[ \t]+([:;!?»])/g, '\u00a0$1')
    .replace(/«[ \t]+/g, '«\u00a0')
    .replace(/\b(\d{1,4})[ \t]+(?=[^\s\d])/g, '$1\u00a0')
  for (let word of glued.split(/[ \t\r\n]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (fits(candidate)) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    while (!fits(word) && word.length > 1) {
      let cut = word.length - 1
      while (cut > 1 && !fits(word.slice(0, cut) + '-')) cut--
      lines.push(word.slice(0, cut) + '-')
      word = word.slice(cut)
    }
    line = word
  }
  if (line) lines.push(line)
  if (maxLines && lines.length > maxLines) {
    const kept = lines.slice(0, maxLines)
    let last = kept[maxLines - 1]!
    while (last.length > 1 && !fits(`${last}…`)) last = last.slice(0, -1).trimEnd()
    kept[maxLines - 1] = `${last.replace(/[\s,;:.–—-]+$/, '')}…`
    return kept
  }
  return lines
}

export interface FitOptions {
  maxSize: number
  minSize: number
  lineHeight?: number
  bold?: boolean
  maxLines: number
}

/** Largest font size whose wrapped text fits in the box (falls back to minSize, truncated). */
export function fit(text: string, width: number, height: number, o: FitOptions): { size: number; lines: string[] } {
  const lh = o.lineHeight ?? 1.15
  const longest = Math.max(0, ...text.split(/\s+/).map((word) => measure(word, 1, o.bold)))
  for (let size = o.maxSize; size > o.minSize; size = Math.floor(size * 0.94)) {
    if (longest * size > width) continue // never split a word while a smaller size avoids it
    const lines = wrap(text, width, { size, bold: o.bold })
    if (lines.length <= o.maxLines && lines.length * size * lh <= height) return { size, lines }
  }
  return { size: o.minSize, lines: wrap(text, width, { size: o.minSize, bold: o.bold, maxLines: o.maxLines }) }
}

export interface TextOptions {
  size: number
  fill: string
  bold?: boolean
  lineHeight?: number
  anchor?: 'start' | 'middle' | 'end'
  opacity?: number
  spacing?: number
}

/** One `<text>` per line; `y` is the baseline of the first line. */
export function text(lines: string | string[], x: number, y: number, o: TextOptions): string {
  const list = typeof lines === 'string' ? [lines] : lines
  const lh = (o.lineHeight ?? 1.15) * o.size
  const attrs = [
    `font-family="${FONT}"`,
    `font-size="${r1(o.size)}"`,
    `font-weight="${o.bold ? 700 : 400}"`,
    `fill="${o.fill}"`,
    o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
    o.opacity !== undefined ? `fill-opacity="${o.opacity}"` : '',
    o.spacing ? `letter-spacing="${o.spacing}"` : '',
  ]
    .filter(Boolean)
    .join(' ')
  return list.map((line, i) => `<text x="${r1(x)}" y="${r1(y + i * lh)}" ${attrs}>${esc(line)}</text>`).join('')
}

export function svgDoc(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`
}

export async function toPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}

/** Positive integer dimension, or the default. */
export function dim(value: number | undefined, fallback: number): number {
  return value && Number.isFinite(value) && value >= 1 ? Math.round(Math.min(value, 10000)) : fallback
}
