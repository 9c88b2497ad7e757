/**
 * Places shaped text in a box: word wrapping, shrinking from the style's largest
 * size to its smallest until the text fits (width and height), alignment and the
 * bidi order of each line. Text that does not fit even at the smallest size is
 * placed anyway, overflowing its box: the caller warns, nothing is clipped.
 */
import type { Glyph } from '@pdf-lib/fontkit'
import { visualOrder, type LoadedFont, type Paragraph, type ShapedText } from './shaping.ts'
import type { Box, FontId, TextStyle } from './template.ts'

/** Line height, in ems of the font size. */
export const lineHeight = 1.2
/** Sizes tried between maxSize and minSize are multiples of this step (pt or px) above minSize. */
const sizeStep = 0.25
const tolerance = 1e-6

export interface PlacedGlyph {
  glyph: Glyph
  /** The characters it stands for, for the PDF's text layer. */
  codePoints: number[]
  /** Glyph origin in page units, y downwards from the top of the page. */
  x: number
  y: number
}

/** Glyphs of one font on one line, left to right. */
export interface TextRun {
  font: FontId
  /** Font size in page units (mm or px). */
  size: number
  baseline: number
  glyphs: PlacedGlyph[]
}

export interface TextBlock {
  /** The size chosen, in the style's unit (pt or px). */
  size: number
  overflow: boolean
  runs: TextRun[]
}

export interface TextBoxOptions {
  box: Box
  style: TextStyle
  /** Page units per style unit: 25.4 / 72 on mm pages (sizes in pt), 1 on px pages. */
  unitsPerSize: number
  /** Wraps into lines; otherwise everything stays on one line. */
  wrap: boolean
  vertical: 'top' | 'middle'
  /** The field's own font: its cap height centres the lines. */
  primary: LoadedFont
}

interface Line {
  paragraph: Paragraph
  from: number
  to: number
  /** In ems. */
  width: number
}

/** Words (pieces between spaces, however many fonts they mix) and the spaces between them. */
interface Token {
  from: number
  to: number
  width: number
  space: boolean
}

function tokens(paragraph: Paragraph): Token[] {
  const result: Token[] = []
  paragraph.pieces.forEach((piece, index) => {
    const last = result[result.length - 1]
    if (last && last.space === piece.space) {
      last.to = index + 1
      last.width += piece.width
    } else result.push({ from: index, to: index + 1, width: piece.width, space: piece.space })
  })
  return result
}

/** Greedy line breaking at spaces; spaces at the ends of lines are dropped. An empty paragraph is an empty line. */
function breakLines(paragraph: Paragraph, words: Token[], maxWidth: number, wrap: boolean): Line[] {
  const lines: Line[] = []
  let line: Line | null = null
  let pendingSpace = 0
  for (const token of words) {
    if (token.space) {
      if (line) pendingSpace += token.width
      continue
    }
    if (!line) line = { paragraph, from: token.from, to: token.to, width: token.width }
    else if (!wrap || line.width + pendingSpace + token.width <= maxWidth + tolerance) {
      line.to = token.to
      line.width += pendingSpace + token.width
    } else {
      lines.push(line)
      line = { paragraph, from: token.from, to: token.to, width: token.width }
    }
    pendingSpace = 0
  }
  lines.push(line ?? { paragraph, from: 0, to: 0, width: 0 })
  return lines
}

function placeLines(lines: Line[], size: number, options: TextBoxOptions): TextRun[] {
  const { box, style, primary } = options
  const em = size * options.unitsPerSize
  const leading = lineHeight * em
  const top = options.vertical === 'middle' ? box.y + (box.height - lines.length * leading) / 2 : box.y
  const runs: TextRun[] = []
  lines.forEach((line, index) => {
    const width = line.width * em
    // 'start' is the left edge of a left-to-right paragraph and the right edge of a right-to-left one.
    const side = style.align === 'center' ? 'center' : (style.align === 'start') !== line.paragraph.rtl ? 'left' : 'right'
    let pen = side === 'left' ? box.x : side === 'right' ? box.x + box.width - width : box.x + (box.width - width) / 2
    const baseline = top + index * leading + leading / 2 + (primary.capHeight * em) / 2
    const lineRuns: TextRun[] = []
    for (const piece of visualOrder(line.paragraph, line.from, line.to)) {
      let run = lineRuns[lineRuns.length - 1]
      if (run?.font !== piece.font.id) {
        run = { font: piece.font.id, size: em, baseline, glyphs: [] }
        lineRuns.push(run)
      }
      for (const shaped of piece.glyphs) {
        run.glyphs.push({
          glyph: shaped.glyph,
          codePoints: shaped.codePoints,
          x: pen + shaped.xOffset * em,
          y: baseline - shaped.yOffset * em,
        })
        pen += shaped.xAdvance * em
      }
    }
    runs.push(...lineRuns)
  })
  return runs
}

/** Lays the text out at the largest size of the style's range that fits its box. */
export function fitText(text: ShapedText, options: TextBoxOptions): TextBlock {
  const { box, style, unitsPerSize, wrap } = options
  const words = text.paragraphs.map(tokens)
  const linesAt = (size: number) =>
    text.paragraphs.flatMap((paragraph, index) => breakLines(paragraph, words[index] ?? [], box.width / (size * unitsPerSize), wrap))
  const fits = (lines: Line[], size: number) =>
    lines.every((line) => line.width * size * unitsPerSize <= box.width + tolerance) &&
    lines.length * lineHeight * size * unitsPerSize <= box.height + tolerance
  const block = (size: number, lines: Line[], overflow: boolean): TextBlock => ({ size, overflow, runs: placeLines(lines, size, options) })

  const largest = linesAt(style.maxSize)
  if (fits(largest, style.maxSize)) return block(style.maxSize, largest, false)
  const smallest = linesAt(style.minSize)
  if (!fits(smallest, style.minSize)) return block(style.minSize, smallest, true)
  // Binary search over the sizes minSize + k × step: the largest that fits (k = 0 does, the top does not).
  const sizeAt = (step: number) => Math.min(style.minSize + step * sizeStep, style.maxSize)
  let low = 0
  let high = Math.ceil((style.maxSize - style.minSize) / sizeStep)
  let best = smallest
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    const lines = linesAt(sizeAt(middle))
    if (fits(lines, sizeAt(middle))) {
      low = middle
      best = lines
    } else high = middle
  }
  return block(sizeAt(low), best, false)
}
