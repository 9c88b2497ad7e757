/**
 * A TrueType font cut down to the glyphs a PDF uses, for embedding. Glyph ids are
 * kept (unused glyphs become empty), so composite glyphs need no renumbering and
 * the PDF's CIDToGIDMap points at the original ids. Written here because fontkit's
 * subsetter corrupts fonts whose glyphs have odd lengths (Inter): it writes short
 * `loca` offsets without padding the glyphs.
 */

interface Table {
  tag: string
  offset: number
  length: number
}

// Composite glyph flags (OpenType 'glyf' table).
const argsAreWords = 0x0001
const haveScale = 0x0008
const moreComponents = 0x0020
const haveXYScale = 0x0040
const haveTwoByTwo = 0x0080

function readTables(view: DataView): Map<string, Table> {
  const tables = new Map<string, Table>()
  const count = view.getUint16(4)
  for (let index = 0; index < count; index += 1) {
    const record = 12 + 16 * index
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((byte) => view.getUint8(record + byte)))
    tables.set(tag, { tag, offset: view.getUint32(record + 8), length: view.getUint32(record + 12) })
  }
  return tables
}

function requireTable(tables: Map<string, Table>, tag: string): Table {
  const table = tables.get(tag)
  if (!table) throw new Error(`This font has no '${tag}' table: only TrueType outlines can be embedded`)
  return table
}

/** Where each glyph's data starts in 'glyf' (numGlyphs + 1 offsets). */
function glyphOffsets(view: DataView, tables: Map<string, Table>, numGlyphs: number): number[] {
  const longOffsets = view.getInt16(requireTable(tables, 'head').offset + 50) === 1
  const loca = requireTable(tables, 'loca').offset
  return Array.from({ length: numGlyphs + 1 }, (_, index) =>
    longOffsets ? view.getUint32(loca + 4 * index) : 2 * view.getUint16(loca + 2 * index),
  )
}

/** The glyphs a composite glyph is built from. */
function components(view: DataView, start: number, end: number): number[] {
  if (end - start < 10 || view.getInt16(start) >= 0) return []
  const ids: number[] = []
  let position = start + 10
  let flags = moreComponents
  while (flags & moreComponents) {
    flags = view.getUint16(position)
    ids.push(view.getUint16(position + 2))
    position += 4 + (flags & argsAreWords ? 4 : 2)
    position += flags & haveTwoByTwo ? 8 : flags & haveXYScale ? 4 : flags & haveScale ? 2 : 0
  }
  return ids
}

const align4 = (length: number): number => (length + 3) & ~3

function checksum(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let sum = 0
  for (let offset = 0; offset < bytes.length; offset += 4) sum = (sum + view.getUint32(offset)) >>> 0
  return sum
}

/** The font with only `glyphIds` (and .notdef, and the parts of composite glyphs) left in it. */
export function subsetTrueType(font: Uint8Array, glyphIds: Iterable<number>): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength)
  const tables = readTables(view)
  const numGlyphs = view.getUint16(requireTable(tables, 'maxp').offset + 4)
  const numberOfHMetrics = view.getUint16(requireTable(tables, 'hhea').offset + 34)
  const offsets = glyphOffsets(view, tables, numGlyphs)
  const glyf = requireTable(tables, 'glyf').offset
  const hmtx = requireTable(tables, 'hmtx').offset

  const kept = new Set<number>()
  const pending = [0, ...glyphIds]
  while (pending.length) {
    const id = pending.pop() ?? 0
    if (kept.has(id) || id >= numGlyphs) continue
    kept.add(id)
    pending.push(...components(view, glyf + (offsets[id] ?? 0), glyf + (offsets[id + 1] ?? 0)))
  }

  // glyf and loca (long offsets, glyphs padded to 4 bytes); hmtx with one full entry per glyph.
  const glyphs: Uint8Array[] = []
  const loca = new DataView(new ArrayBuffer(4 * (numGlyphs + 1)))
  const metrics = new DataView(new ArrayBuffer(4 * numGlyphs))
  let glyfLength = 0
  for (let id = 0; id < numGlyphs; id += 1) {
    loca.setUint32(4 * id, glyfLength)
    if (!kept.has(id)) continue
    const data = font.subarray(glyf + (offsets[id] ?? 0), glyf + (offsets[id + 1] ?? 0))
    const padded = new Uint8Array(align4(data.length))
    padded.set(data)
    glyphs.push(padded)
    glyfLength += padded.length
    const metric = Math.min(id, numberOfHMetrics - 1)
    metrics.setUint16(4 * id, view.getUint16(hmtx + 4 * metric))
    metrics.setInt16(
      4 * id + 2,
      id < numberOfHMetrics ? view.getInt16(hmtx + 4 * id + 2) : view.getInt16(hmtx + 4 * numberOfHMetrics + 2 * (id - numberOfHMetrics)),
    )
  }
  loca.setUint32(4 * numGlyphs, glyfLength)
  const glyfBytes = new Uint8Array(glyfLength)
  let glyfOffset = 0
  for (const glyph of glyphs) {
    glyfBytes.set(glyph, glyfOffset)
    glyfOffset += glyph.length
  }

  const copy = (tag: string) => {
    const table = requireTable(tables, tag)
    return font.slice(table.offset, table.offset + table.length)
  }
  const head = copy('head')
  new DataView(head.buffer).setUint32(8, 0) // checkSumAdjustment, set below
  new DataView(head.buffer).setInt16(50, 1) // long loca offsets
  const hhea = copy('hhea')
  new DataView(hhea.buffer).setUint16(34, numGlyphs)
  // The tables a PDF viewer needs from an embedded TrueType font (PDF 32000, 9.9); the others are dropped.
  const data = new Map<string, Uint8Array>([
    ['head', head],
    ['hhea', hhea],
    ['maxp', copy('maxp')],
    ['loca', new Uint8Array(loca.buffer)],
    ['glyf', glyfBytes],
    ['hmtx', new Uint8Array(metrics.buffer)],
  ])
  for (const tag of ['cvt ', 'fpgm', 'prep']) if (tables.has(tag)) data.set(tag, copy(tag))
  return assemble(data, view.getUint32(0))
}

/** Writes an sfnt: the offset table, the table records (sorted by tag) and the tables, 4-byte aligned. */
function assemble(data: Map<string, Uint8Array>, sfntVersion: number): Uint8Array {
  const tags = [...data.keys()].sort()
  const headerLength = 12 + 16 * tags.length
  const total = headerLength + tags.reduce((length, tag) => length + align4(data.get(tag)?.length ?? 0), 0)
  const output = new Uint8Array(total)
  const view = new DataView(output.buffer)
  const entrySelector = Math.floor(Math.log2(tags.length))
  view.setUint32(0, sfntVersion)
  view.setUint16(4, tags.length)
  view.setUint16(6, 16 * 2 ** entrySelector)
  view.setUint16(8, entrySelector)
  view.setUint16(10, 16 * tags.length - 16 * 2 ** entrySelector)
  let offset = headerLength
  tags.forEach((tag, index) => {
    const table = data.get(tag) ?? new Uint8Array()
    const padded = new Uint8Array(align4(table.length))
    padded.set(table)
    const record = 12 + 16 * index
    for (let byte = 0; byte < 4; byte += 1) view.setUint8(record + byte, tag.charCodeAt(byte))
    view.setUint32(record + 4, checksum(padded))
    view.setUint32(record + 8, offset)
    view.setUint32(record + 12, table.length)
    output.set(padded, offset)
    offset += padded.length
  })
  const headOffset = view.getUint32(12 + 16 * tags.indexOf('head') + 8)
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(output)) >>> 0)
  return output
}
