/**
 * The print-ready PDF: the exact page size (TrimBox), optional 3 mm bleed with
 * crop marks, the artwork under the fields (vector when it is a PDF), text as
 * real text in embedded font subsets, QR codes as vector squares. Identical input
 * gives identical bytes, in the browser, the command and the tests.
 */
import {
  PDFArray,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFImage,
  PDFOperatorNames,
  type PDFPage,
  appendBezierCurve,
  beginText,
  clipEvenOdd,
  closePath,
  concatTransformationMatrix,
  cmyk,
  endPath,
  endText,
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
  setTextRise,
  type PDFEmbeddedPage,
  rgb as pdfRgb,
  type PDFHexString,
} from 'pdf-lib'
import type { TractAssets } from './assets.ts'
import { imageType } from './images.ts'
import { layoutTract, type ImageItem, type PlacedGlyph, type QrItem, type TextItem, type TractLayout, type TractWarning } from './layout.ts'
import { PdfSubsetFont } from './pdf-font.ts'
import { darkRuns, quietZone } from './qr.ts'
import { isPrintTemplate, type FontId, type TractInput, type TractTemplate } from './template.ts'

const pointsPerMm = 72 / 25.4
const bleedMm = 3
/** Room outside the bleed for the crop marks. */
const slugMm = 6
const cropMarkMm = 5
/** WebP or SVG artwork is rasterised at this resolution for print formats. */
const artworkDpi = 300
const producer = 'Resource hub tract engine (pdf-lib)'

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** Page coordinates (top-left origin, page units) to PDF points (bottom-left origin of the MediaBox). */
interface Geometry {
  /** Points per page unit. */
  k: number
  /** Trim box in points. */
  trim: Box
  bleed: number
  x(value: number): number
  y(value: number): number
}

function geometry(page: TractTemplate['page'], bleed: boolean): Geometry {
  const k = page.unit === 'mm' ? pointsPerMm : 0.75
  const margin = bleed ? (bleedMm + slugMm) * pointsPerMm : 0
  const trim = { x: margin, y: margin, width: page.width * k, height: page.height * k }
  return {
    k,
    trim,
    bleed: bleed ? bleedMm * pointsPerMm : 0,
    x: (value) => trim.x + value * k,
    y: (value) => trim.y + trim.height - value * k,
  }
}

const round = (value: number): number => Math.round(value * 1000) / 1000

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16)
  return [((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255]
}

/** Fonts subset into the document on first use, named F0, F1… on the page. */
class PageFonts {
  private readonly subsets = new Map<FontId, { name: PDFName; subset: PdfSubsetFont }>()

  constructor(
    private readonly document: PDFDocument,
    private readonly page: PDFPage,
    private readonly layout: TractLayout,
  ) {}

  get(id: FontId): { name: PDFName; subset: PdfSubsetFont } | null {
    let entry = this.subsets.get(id)
    const loaded = this.layout.fonts.get(id)
    if (!entry && loaded) {
      entry = { name: PDFName.of(`F${this.subsets.size}`), subset: new PdfSubsetFont(loaded.font, loaded.bytes, this.document.context) }
      this.page.node.setFontDictionary(entry.name, entry.subset.ref)
      this.subsets.set(id, entry)
    }
    return entry ?? null
  }

  embed(): void {
    for (const { subset } of this.subsets.values()) subset.embed()
  }
}

/** A TJ operator showing glyph strings with position adjustments between them; nothing when there is nothing to show. */
function showAdjusted(document: PDFDocument, parts: (PDFHexString | PDFNumber)[]): PDFOperator[] {
  if (!parts.length) return []
  const array = PDFArray.withContext(document.context)
  parts.forEach((part) => array.push(part))
  return [PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [array])]
}

/**
 * One text run: BT, the font, then TJ arrays whose numbers move each glyph from
 * where the viewer would put it (after the previous glyph's advance) to where the
 * shaping placed it (kerning, Arabic marks); vertical offsets become text rise.
 */
function textOperators(item: TextItem, fonts: PageFonts, document: PDFDocument, to: Geometry): PDFOperator[] {
  const entry = fonts.get(item.font)
  const first = item.glyphs[0]
  if (!entry || !first) return []
  const { name, subset } = entry
  const size = item.size * to.k
  const originX = to.x(first.x)
  const operators = [
    beginText(),
    setFillingRgbColor(...hexToRgb(item.colour)),
    setFontAndSize(name, round(size)),
    setTextMatrix(1, 0, 0, 1, round(originX), round(to.y(item.baseline))),
  ]
  let parts: (PDFHexString | PDFNumber)[] = []
  let cids: number[] = []
  let rise = 0
  // Where the viewer's pen is, in thousandths of the font size from the run's origin.
  let pen = 0
  const flushCids = () => {
    if (cids.length) parts.push(subset.hex(cids))
    cids = []
  }
  const outlines: PlacedGlyph[] = []
  for (const placed of item.glyphs) {
    const { glyph, codePoints, x, y } = placed
    if (!codePoints.length) {
      outlines.push(placed)
      continue
    }
    const glyphRise = round((item.baseline - y) * to.k)
    if (glyphRise !== rise) {
      flushCids()
      operators.push(...showAdjusted(document, parts), setTextRise(glyphRise))
      parts = []
      rise = glyphRise
    }
    const target = ((to.x(x) - originX) * 1000) / size
    const adjustment = Math.round((pen - target) * 100) / 100
    if (adjustment !== 0) {
      flushCids()
      parts.push(PDFNumber.of(adjustment))
    }
    cids.push(subset.cid(glyph, codePoints))
    pen = target + subset.width(glyph)
  }
  flushCids()
  operators.push(...showAdjusted(document, parts))
  if (rise !== 0) operators.push(setTextRise(0))
  operators.push(endText())
  if (outlines.length) operators.push(...outlineOperators(outlines, item, subset.unitsPerEm, to))
  return operators
}

/** fontkit keeps a glyph's outline as commands in font units (not in its published types). */
interface PathCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath'
  args: number[]
}

/**
 * Glyphs that stand for no character (the dots Noto Sans Arabic splits off its
 * letters to place them) are drawn as paths: as text, they would put stray
 * characters into copied or searched text, since ToUnicode cannot map a glyph to nothing.
 */
function outlineOperators(glyphs: PlacedGlyph[], item: TextItem, unitsPerEm: number, to: Geometry): PDFOperator[] {
  const scale = (item.size * to.k) / unitsPerEm
  const operators: PDFOperator[] = [pushGraphicsState(), setFillingRgbColor(...hexToRgb(item.colour))]
  for (const { glyph, x, y } of glyphs) {
    const commands = (glyph.path as unknown as { commands: PathCommand[] }).commands
    if (!commands.length) continue
    operators.push(pushGraphicsState(), concatTransformationMatrix(scale, 0, 0, scale, round(to.x(x)), round(to.y(y))))
    let current = [0, 0]
    for (const { command, args } of commands) {
      const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = args
      if (command === 'moveTo') operators.push(moveTo(a, b))
      else if (command === 'lineTo') operators.push(lineTo(a, b))
      else if (command === 'bezierCurveTo') operators.push(appendBezierCurve(a, b, c, d, e, f))
      else if (command === 'quadraticCurveTo') {
        // PDF has cubic curves only: the same curve with control points two thirds of the way to the quadratic one.
        const [x0 = 0, y0 = 0] = current
        operators.push(
          appendBezierCurve(x0 + (2 / 3) * (a - x0), y0 + (2 / 3) * (b - y0), c + (2 / 3) * (a - c), d + (2 / 3) * (b - d), c, d),
        )
      } else operators.push(closePath())
      if (command !== 'closePath') current = args.slice(-2)
    }
    operators.push(fill(), popGraphicsState())
  }
  operators.push(popGraphicsState())
  return operators
}

/** A white square (the quiet zone) and the dark modules as rectangles, one per horizontal run. */
function qrOperators(item: QrItem, to: Geometry): PDFOperator[] {
  const module = (item.size / (item.modules.length + 2 * quietZone)) * to.k
  const left = to.x(item.x) + quietZone * module
  const top = to.y(item.y) - quietZone * module
  const size = item.size * to.k
  return [
    pushGraphicsState(),
    setFillingRgbColor(1, 1, 1),
    rectangle(round(to.x(item.x)), round(to.y(item.y) - size), round(size), round(size)),
    fill(),
    setFillingRgbColor(...hexToRgb(item.colour)),
    ...darkRuns(item.modules).map(({ row, column, length }) =>
      rectangle(round(left + column * module), round(top - (row + 1) * module), round(length * module), round(module)),
    ),
    fill(),
    popGraphicsState(),
  ]
}

async function embedImage(document: PDFDocument, bytes: Uint8Array, type: 'png' | 'jpeg'): Promise<PDFImage> {
  return type === 'png' ? document.embedPng(bytes) : document.embedJpg(bytes)
}

function drawImage(page: PDFPage, image: PDFImage, item: Pick<ImageItem, 'x' | 'y' | 'width' | 'height'>, to: Geometry): void {
  page.drawImage(image, { x: to.x(item.x), y: to.y(item.y + item.height), width: item.width * to.k, height: item.height * to.k })
}

/** The artwork as pdf-lib draws it: a PDF page (vector) or an image (WebP and SVG converted to PNG). */
async function embedArtwork(
  document: PDFDocument,
  template: TractTemplate,
  assets: TractAssets,
): Promise<PDFEmbeddedPage | PDFImage | null> {
  const { pdf, image } = template.artwork
  if (pdf) {
    const [page] = await document.embedPdf(await assets.file(pdf), [0])
    return page ?? null
  }
  if (!image) return null
  const bytes = await assets.file(image)
  const type = imageType(bytes)
  if (type === 'png' || type === 'jpeg') return embedImage(document, bytes, type)
  if (!type) throw new Error(`The artwork ${image} is not a PNG, JPEG, WebP or SVG image`)
  if (!assets.toPng) throw new Error(`The artwork ${image} needs converting to PNG, which these assets cannot do`)
  const perUnit = template.page.unit === 'mm' ? artworkDpi / 25.4 : 1
  const png = await assets.toPng(bytes, type, Math.round(template.page.width * perUnit), Math.round(template.page.height * perUnit))
  return document.embedPng(png)
}

function drawArtwork(page: PDFPage, artwork: PDFEmbeddedPage | PDFImage, box: Box): void {
  if (artwork instanceof PDFImage) page.drawImage(artwork, box)
  else page.drawPage(artwork, box)
}

/**
 * The artwork exactly on the trim box, so that it stays registered with the
 * fields; with bleed, a copy scaled to the bleed box shows only in the 3 mm ring
 * outside the trim, continuing the artwork's edges past the cut.
 */
function drawArtworkWithBleed(page: PDFPage, artwork: PDFEmbeddedPage | PDFImage, trim: Box, bleedBox: Box): void {
  if (bleedBox.width > trim.width) {
    page.pushOperators(
      pushGraphicsState(),
      rectangle(bleedBox.x, bleedBox.y, bleedBox.width, bleedBox.height),
      rectangle(trim.x, trim.y, trim.width, trim.height),
      clipEvenOdd(),
      endPath(),
    )
    drawArtwork(page, artwork, bleedBox)
    page.pushOperators(popGraphicsState())
  }
  drawArtwork(page, artwork, trim)
}

/** Crop marks at each corner, in the slug: they start at the bleed's edge and follow the trim lines outwards. */
function drawCropMarks(page: PDFPage, trim: Box, bleed: number): void {
  const length = cropMarkMm * pointsPerMm
  // Registration colour: the marks print on every plate.
  const line = { thickness: 0.25, color: cmyk(1, 1, 1, 1) }
  for (const [x, outX] of [
    [trim.x, -1],
    [trim.x + trim.width, 1],
  ] as const)
    for (const [y, outY] of [
      [trim.y, -1],
      [trim.y + trim.height, 1],
    ] as const) {
      page.drawLine({ start: { x: x + outX * bleed, y }, end: { x: x + outX * (bleed + length), y }, ...line })
      page.drawLine({ start: { x, y: y + outY * bleed }, end: { x, y: y + outY * (bleed + length) }, ...line })
    }
}

export interface PdfOptions {
  /** 3 mm bleed, crop marks and the matching boxes (print formats only). */
  bleed?: boolean
}

/** The tract as a PDF, with the warnings the activist sees before downloading. */
export async function renderTractPdf(
  template: TractTemplate,
  input: TractInput,
  assets: TractAssets,
  options: PdfOptions = {},
): Promise<{ bytes: Uint8Array; warnings: TractWarning[] }> {
  const bleed = Boolean(options.bleed) && isPrintTemplate(template)
  const to = geometry(template.page, bleed)
  // No dates and no random ids: the same tract always gives the same file.
  const document = await PDFDocument.create({ updateMetadata: false })
  document.setTitle(template.name)
  document.setLanguage(template.locale)
  document.setProducer(producer)
  document.setCreator(producer)
  const [layout, artwork] = await Promise.all([layoutTract(template, input, assets), embedArtwork(document, template, assets)])

  const { trim } = to
  const page = document.addPage([trim.width + 2 * trim.x, trim.height + 2 * trim.y])
  page.setTrimBox(trim.x, trim.y, trim.width, trim.height)
  const bleedBox = { x: trim.x - to.bleed, y: trim.y - to.bleed, width: trim.width + 2 * to.bleed, height: trim.height + 2 * to.bleed }
  page.setBleedBox(bleedBox.x, bleedBox.y, bleedBox.width, bleedBox.height)
  page.drawRectangle({ ...bleedBox, color: pdfRgb(...hexToRgb(template.background)) })
  if (artwork) drawArtworkWithBleed(page, artwork, trim, bleedBox)

  const fonts = new PageFonts(document, page, layout)
  for (const item of layout.items) {
    if (item.kind === 'text') page.pushOperators(...textOperators(item, fonts, document, to))
    else if (item.kind === 'qr') page.pushOperators(...qrOperators(item, to))
    else drawImage(page, await embedImage(document, item.bytes, item.type), item, to)
  }
  if (bleed) drawCropMarks(page, trim, to.bleed)
  fonts.embed()
  return { bytes: await document.save(), warnings: layout.warnings }
}
