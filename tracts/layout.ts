/**
 * The one layout both renderers draw (PDF and SVG): every field's text shaped,
 * wrapped and shrunk to fit, QR codes, logos and the legal mention, in page units
 * (mm or px) from the top-left corner of the trimmed page.
 */
import type { TractAssets } from './assets.ts'
import { displayDate, displayTime, isRightToLeft } from './format.ts'
import { imageType, rasterSize } from './images.ts'
import { fieldValue, normaliseUrl } from './input.ts'
import { legalMentionLines, type WarningCode } from './messages.ts'
import { qrModules } from './qr.ts'
import { FontLoader, shapeText, type LoadedFont } from './shaping.ts'
import { isPrintTemplate, type Box, type FontId, type TextStyle, type TractField, type TractInput, type TractTemplate } from './template.ts'
import { fitText, type TextRun } from './text-layout.ts'

export type { PlacedGlyph, TextRun } from './text-layout.ts'

/**
 * 'shrunk': the text is smaller than the style's largest size (the island may say so discreetly);
 * 'overflow': it does not fit even at the smallest size, and is drawn overflowing its box;
 * 'missingGlyphs': characters no bundled font has (emoji…), left out and listed in `chars`.
 */
export interface TractWarning {
  /** A field key, or 'legal'. */
  field: string
  code: WarningCode
  chars?: string
}

export interface TextItem extends TextRun {
  kind: 'text'
  field: string
  colour: string
}

export interface QrItem {
  kind: 'qr'
  field: string
  colour: string
  /** The square, quiet zone included. */
  x: number
  y: number
  size: number
  modules: boolean[][]
}

export interface ImageItem {
  kind: 'image'
  field: string
  bytes: Uint8Array
  type: 'png' | 'jpeg'
  x: number
  y: number
  width: number
  height: number
}

export type LayoutItem = TextItem | QrItem | ImageItem

export interface TractLayout {
  page: TractTemplate['page']
  background: string
  items: LayoutItem[]
  /** The fonts the text items use (parsed once per file), for outlines and subsets. */
  fonts: Map<FontId, LoadedFont>
  warnings: TractWarning[]
}

/** Points to page units: text sizes are in pt on mm pages, in px on px pages. */
export const unitsPerSize = (page: TractTemplate['page']): number => (page.unit === 'mm' ? 25.4 / 72 : 1)

/** Where a square or an image of this size sits in its box: aligned as the style says, centred vertically. */
function alignIn(box: Box, width: number, height: number, align: TextStyle['align'], rightToLeft: boolean): { x: number; y: number } {
  const side = align === 'center' ? 0.5 : (align === 'start') !== rightToLeft ? 0 : 1
  return { x: box.x + (box.width - width) * side, y: box.y + (box.height - height) / 2 }
}

interface TextPart {
  field: string
  text: string
  box: Box
  style: TextStyle
  wrap: boolean
}

async function layoutText(part: TextPart, page: TractTemplate['page'], loader: FontLoader): Promise<Laid> {
  const shaped = await shapeText(part.text, part.style.font, loader, part.wrap)
  const block = fitText(shaped, {
    box: part.box,
    style: part.style,
    unitsPerSize: unitsPerSize(page),
    wrap: part.wrap,
    vertical: part.wrap ? 'top' : 'middle',
    primary: await loader.load(part.style.font),
  })
  const warnings: TractWarning[] = []
  if (shaped.missing.length) warnings.push({ field: part.field, code: 'missingGlyphs', chars: shaped.missing.join(' ') })
  if (block.overflow) warnings.push({ field: part.field, code: 'overflow' })
  else if (block.size < part.style.maxSize) warnings.push({ field: part.field, code: 'shrunk' })
  return { items: block.runs.map((run) => ({ kind: 'text', field: part.field, colour: part.style.colour, ...run })), warnings }
}

function qrItem(field: TractField, url: string, rightToLeft: boolean): QrItem {
  const size = Math.min(field.box.width, field.box.height)
  return {
    kind: 'qr',
    field: field.key,
    colour: field.style.colour,
    size,
    modules: qrModules(url),
    ...alignIn(field.box, size, size, field.style.align, rightToLeft),
  }
}

/** The logo fitted inside its box, keeping its proportions; nothing when it is not a readable PNG or JPEG (inputProblems says why). */
function logoItem(field: TractField, bytes: Uint8Array | undefined, rightToLeft: boolean): ImageItem | null {
  const type = bytes && imageType(bytes)
  if (!bytes || (type !== 'png' && type !== 'jpeg')) return null
  const size = rasterSize(bytes, type)
  if (!size?.width || !size.height) return null
  const scale = Math.min(field.box.width / size.width, field.box.height / size.height)
  const [width, height] = [size.width * scale, size.height * scale]
  return {
    kind: 'image',
    field: field.key,
    bytes,
    type,
    width,
    height,
    ...alignIn(field.box, width, height, field.style.align, rightToLeft),
  }
}

/** The text a field prints: dates and times spelt out in the template's language. */
function fieldText(field: TractField, value: string, locale: string): string {
  if (field.type === 'date') return displayDate(value, locale)
  if (field.type === 'time') return displayTime(value, locale)
  return value
}

type Laid = { items: LayoutItem[]; warnings: TractWarning[] }

async function layoutField(field: TractField, template: TractTemplate, input: TractInput, loader: FontLoader): Promise<Laid> {
  const rightToLeft = isRightToLeft(template.locale)
  if (field.type === 'logo') {
    const logo = logoItem(field, input.logos?.[field.key], rightToLeft)
    return { items: logo ? [logo] : [], warnings: [] }
  }
  const value = fieldValue(field, input)
  if (!value.trim()) return { items: [], warnings: [] }
  if (field.type === 'url') {
    const url = normaliseUrl(value)
    return { items: url ? [qrItem(field, url, rightToLeft)] : [], warnings: [] }
  }
  const wrap = field.type === 'multiline' || field.type === 'place'
  return layoutText(
    { field: field.key, text: fieldText(field, value, template.locale), box: field.box, style: field.style, wrap },
    template.page,
    loader,
  )
}

/** Lays out every field of the template with the activist's input, and the legal mention on print formats. */
export async function layoutTract(template: TractTemplate, input: TractInput, assets: TractAssets): Promise<TractLayout> {
  const loader = new FontLoader(assets)
  // Fields are independent: laid out concurrently (each font loads once, through the loader), drawn in the template's order.
  const laid = template.fields.map((field) => layoutField(field, template, input, loader))
  if (isPrintTemplate(template) && template.legal) {
    const text = legalMentionLines(input.legal, template.locale).join('\n')
    laid.push(layoutText({ field: 'legal', text, box: template.legal.box, style: template.legal.style, wrap: true }, template.page, loader))
  }
  const results = await Promise.all(laid)
  return {
    page: template.page,
    background: template.background,
    items: results.flatMap((result) => result.items),
    fonts: await loader.fonts(),
    warnings: results.flatMap((result) => result.warnings),
  }
}
