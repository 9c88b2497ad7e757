/** Fonts and text helpers for the PDF sheets: Inter (WOFF via fontkit) or Helvetica, sanitising and rich-text wrapping. */
import fontkit from '@pdf-lib/fontkit'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { StandardFonts, type PDFDocument, type PDFFont } from 'pdf-lib'
import type { Run } from './markdown'

export interface Fonts {
  regular: PDFFont
  bold: PDFFont
  clean: (text: string, font: PDFFont) => string
}

const REPLACEMENTS: Record<string, string> = {
  '\u202f': ' ',
  '\u00a0': ' ',
  '’': "'",
  '‘': "'",
  '“': '"',
  '”': '"',
  '«': '"',
  '»': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  '•': '-',
  '€': 'EUR',
  œ: 'oe',
  Œ: 'OE',
  '\u2009': ' ',
  '→': '->',
  '←': '<-',
  '✓': '',
  '✔': '',
}

function cleaner(fonts: PDFFont[]) {
  const sets = new Map(fonts.map((f) => [f, new Set(f.getCharacterSet())]))
  return (text: string, font: PDFFont): string => {
    const set = sets.get(font)!
    let out = ''
    for (const ch of text.replace(/[\t\r\n\v\f]/g, ' ')) {
      const code = ch.codePointAt(0)!
      if (set.has(code)) out += ch
      else if (REPLACEMENTS[ch] !== undefined && [...REPLACEMENTS[ch]!].every((c) => set.has(c.codePointAt(0)!))) out += REPLACEMENTS[ch]
      else {
        const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
        // Symbols the font lacks (emoji, arrows…) are dropped rather than shown as boxes.
        out += base && [...base].every((c) => set.has(c.codePointAt(0)!)) ? base : ''
      }
    }
    return out.replace(/ {2,}/g, ' ')
  }
}

/** Embed Inter 400/700 from @fontsource/inter; fall back to Helvetica if that fails. */
export async function embedFonts(doc: PDFDocument): Promise<Fonts> {
  let regular: PDFFont
  let bold: PDFFont
  try {
    const require = createRequire(import.meta.url)
    doc.registerFontkit(fontkit)
    const [r, b] = await Promise.all(
      ['400', '700'].map((w) => readFile(require.resolve(`@fontsource/inter/files/inter-latin-${w}-normal.woff`))),
    )
    regular = await doc.embedFont(r!, { subset: true, customName: 'Inter-Regular' })
    bold = await doc.embedFont(b!, { subset: true, customName: 'Inter-Bold' })
  } catch {
    regular = await doc.embedFont(StandardFonts.Helvetica)
    bold = await doc.embedFont(StandardFonts.HelveticaBold)
  }
  return { regular, bold, clean: cleaner([regular, bold]) }
}

export interface Word {
  text: string
  font: PDFFont
  width: number
}

/** Wrap runs to `maxWidth`; returns lines of positioned words. */
export function wrapRuns(runs: Run[], fonts: Fonts, size: number, maxWidth: number): { word: Word; x: number }[][] {
  const space = fonts.regular.widthOfTextAtSize(' ', size)
  const words: { word: Word; glued: boolean }[] = []
  let spaceBefore = true
  for (const run of runs) {
    const font = run.bold ? fonts.bold : fonts.regular
    // French typography: keep « : ; ! ? » with the preceding word.
    const text = run.text.replace(/ +([:;!?»])/g, '\u00a0$1').replace(/« +/g, '«\u00a0')
    const parts = fonts.clean(text, font).split(' ')
    const glueFirst = !spaceBefore && !text.startsWith(' ')
    spaceBefore = text.endsWith(' ')
    parts.forEach((part, i) => {
      if (!part) return
      const glued = i === 0 && glueFirst && words.length > 0
      const pieces: string[] = []
      let rest = part
      while (font.widthOfTextAtSize(rest, size) > maxWidth && rest.length > 1) {
        let cut = rest.length - 1
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > maxWidth) cut--
        pieces.push(rest.slice(0, cut))
        rest = rest.slice(cut)
      }
      pieces.push(rest)
      pieces.forEach((p, k) => words.push({ word: { text: p, font, width: font.widthOfTextAtSize(p, size) }, glued: glued && k === 0 }))
    })
  }
  const lines: { word: Word; x: number }[][] = []
  let line: { word: Word; x: number }[] = []
  let x = 0
  for (const { word, glued } of words) {
    const gap = line.length && !glued ? space : 0
    if (line.length && x + gap + word.width > maxWidth) {
      lines.push(line)
      line = []
      x = 0
    }
    const start = line.length ? x + (glued ? 0 : space) : 0
    line.push({ word, x: start })
    x = start + word.width
  }
  if (line.length) lines.push(line)
  return lines
}
