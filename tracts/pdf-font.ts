/**
 * A font embedded in a PDF as a subset (TrueType, CID-keyed, Identity-H) from
 * glyphs the layout already shaped and positioned: pdf-lib's own drawText would
 * shape the text again without bidi or mark positioning, and names subsets
 * randomly. The ToUnicode map keeps the text extractable and searchable.
 */
import type { Font, Glyph } from '@pdf-lib/fontkit'
import { PDFHexString, PDFString, type PDFContext, type PDFRef } from 'pdf-lib'
import { subsetTrueType } from './truetype-subset.ts'

/** Six capital letters naming a subset (PDF 32000, 9.6.4), derived from its content so that the same tract gives the same bytes. */
function subsetTag(name: string, glyphIds: number[]): string {
  let hash = 0x811c9dc5
  for (const value of [...[...name].map((char) => char.charCodeAt(0)), ...glyphIds]) {
    hash ^= value
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  let tag = ''
  for (let index = 0; index < 6; index += 1) {
    tag += String.fromCharCode(65 + (hash % 26))
    hash = Math.imul(hash ^ index, 0x01000193) >>> 0
  }
  return tag
}

const hex4 = (value: number): string => value.toString(16).padStart(4, '0')

/** A glyph's characters as UTF-16 code units in hex (surrogate pairs for characters beyond the BMP). */
function utf16Hex(codePoints: number[]): string {
  const text = String.fromCodePoint(...codePoints)
  let hex = ''
  for (let index = 0; index < text.length; index += 1) hex += hex4(text.charCodeAt(index))
  return hex
}

/** The W array: runs of consecutive CIDs share one list of widths. */
function widthArray(entries: { cid: number; width: number }[]): (number | number[])[] {
  const array: (number | number[])[] = []
  let previous = -2
  let widths: number[] = []
  for (const { cid, width } of entries) {
    if (cid !== previous + 1) {
      widths = []
      array.push(cid, widths)
    }
    widths.push(Math.round(width * 100) / 100)
    previous = cid
  }
  return array
}

function toUnicodeCmap(entries: { cid: number; codePoints: number[] }[]): string {
  const blocks: string[] = []
  // At most 100 mappings per bfchar block.
  for (let index = 0; index < entries.length; index += 100) {
    const block = entries.slice(index, index + 100)
    blocks.push(
      `${block.length} beginbfchar\n${block.map(({ cid, codePoints }) => `<${hex4(cid)}> <${utf16Hex(codePoints)}>`).join('\n')}\nendbfchar`,
    )
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMapName get exch /CMap defineresource pop',
    'end',
    'end',
  ].join('\n')
}

/**
 * CIDs are given per glyph *and* the characters it stands for, and mapped to the
 * font's glyph ids by a CIDToGIDMap: one glyph drawing two characters (the dotless
 * base shared by "س" and "ش") gets two CIDs, each with its own ToUnicode entry.
 */
export class PdfSubsetFont {
  /** The Type0 font dictionary, referenced by pages before the subset is complete. */
  readonly ref: PDFRef
  private readonly cids = new Map<string, number>()
  /** Index = CID − 1. */
  private readonly entries: { glyph: Glyph; codePoints: number[] }[] = []

  constructor(
    private readonly font: Font,
    private readonly file: Uint8Array,
    private readonly context: PDFContext,
  ) {
    this.ref = context.nextRef()
  }

  get unitsPerEm(): number {
    return this.font.unitsPerEm
  }

  /** The code that shows this glyph standing for these characters. */
  cid(glyph: Glyph, codePoints: number[]): number {
    const key = `${glyph.id}:${codePoints.join(',')}`
    let cid = this.cids.get(key)
    if (cid === undefined) {
      this.entries.push({ glyph, codePoints })
      cid = this.entries.length
      this.cids.set(key, cid)
    }
    return cid
  }

  /** The advance the PDF viewer applies after the glyph, in thousandths of the font size. */
  width(glyph: Glyph): number {
    return (glyph.advanceWidth * 1000) / this.font.unitsPerEm
  }

  hex(cids: number[]): PDFHexString {
    return PDFHexString.of(cids.map(hex4).join(''))
  }

  /** CID → glyph id, two bytes each (CID 0 is .notdef). */
  private cidToGidMap(): Uint8Array {
    const map = new Uint8Array(2 * (this.entries.length + 1))
    this.entries.forEach(({ glyph: { id: gid } }, index) => {
      map[2 * (index + 1)] = gid >> 8
      map[2 * (index + 1) + 1] = gid & 255
    })
    return map
  }

  /** Writes the subset and its dictionaries, once every glyph has been used. */
  embed(): void {
    const { font, context, entries } = this
    const scale = 1000 / font.unitsPerEm
    const postscriptName = font.postscriptName ?? 'Font'
    const name = `${subsetTag(
      postscriptName,
      entries.flatMap(({ glyph, codePoints }) => [glyph.id, ...codePoints]),
    )}+${postscriptName}`
    const bytes = subsetTrueType(
      this.file,
      entries.map(({ glyph }) => glyph.id),
    )
    const fontFile = context.register(context.flateStream(bytes, { Length1: bytes.length }))
    const { minX, minY, maxX, maxY } = font.bbox
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: name,
        Flags: 4, // symbolic: the glyphs are addressed by id, not by a standard encoding
        FontBBox: [minX * scale, minY * scale, maxX * scale, maxY * scale].map(Math.round),
        ItalicAngle: font.italicAngle,
        Ascent: Math.round(font.ascent * scale),
        Descent: Math.round(font.descent * scale),
        CapHeight: Math.round((font.capHeight || font.ascent) * scale),
        StemV: 80,
        FontFile2: fontFile,
      }),
    )
    const cidFont = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: name,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        W: widthArray(entries.map(({ glyph }, index) => ({ cid: index + 1, width: this.width(glyph) }))),
        CIDToGIDMap: context.register(context.flateStream(this.cidToGidMap())),
      }),
    )
    const mapped = entries.map(({ codePoints }, index) => ({ cid: index + 1, codePoints })).filter(({ codePoints }) => codePoints.length)
    const toUnicode = context.register(context.flateStream(toUnicodeCmap(mapped)))
    context.assign(
      this.ref,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: name,
        Encoding: 'Identity-H',
        DescendantFonts: [cidFont],
        ToUnicode: toUnicode,
      }),
    )
  }
}
