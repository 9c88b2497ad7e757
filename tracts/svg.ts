/**
 * The layout as a self-contained SVG (glyphs as paths, artwork and logos as data: URIs):
 * the live preview, and the source of the PNG. viewBox in the page's unit.
 */
import type { TractAssets } from './assets.ts'
import { imageType, toBase64, type ImageType } from './images.ts'
import { layoutTract, type ImageItem, type QrItem, type TextItem, type TractLayout, type TractWarning } from './layout.ts'
import { darkRuns, quietZone } from './qr.ts'
import { pixelSize } from './page.ts'
import type { FontId, TractInput, TractTemplate } from './template.ts'

// Defined in the light tracts/page.ts (the customiser island needs them without the renderer); kept here for their importers.
export { pixelSize, printPngDpi } from './page.ts'

const mimeTypes: Record<ImageType, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp', svg: 'image/svg+xml' }

/** Coordinates to three decimals: a thousandth of a mm or px is finer than any printer, and the SVG stays small. */
const n = (value: number): string => String(Math.round(value * 1000) / 1000)
/** Scales (font units to mm are tiny numbers) keep six significant digits instead. */
const scaleNumber = (value: number): string => String(Number(value.toPrecision(6)))

const escapeXml = (text: string): string => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)

const dataUri = (bytes: Uint8Array, type: ImageType): string => `data:${mimeTypes[type]};base64,${toBase64(bytes)}`

/** Each glyph outline once, in font units, reused by every occurrence of the glyph. */
class GlyphDefinitions {
  private readonly ids = new Map<string, string | null>()
  private readonly paths: string[] = []

  /** The id of the glyph's path, or null for a glyph with no outline (a space). */
  id(font: FontId, glyph: TextItem['glyphs'][number]['glyph']): string | null {
    const key = `${font}:${glyph.id}`
    let id = this.ids.get(key)
    if (id === undefined) {
      const d = glyph.path.toSVG()
      id = d ? `g${this.ids.size}` : null
      if (id) this.paths.push(`<path id="${id}" d="${d}"/>`)
      this.ids.set(key, id)
    }
    return id
  }

  toString(): string {
    return this.paths.length ? `<defs>${this.paths.join('')}</defs>` : ''
  }
}

function textSvg(item: TextItem, fonts: TractLayout['fonts'], glyphs: GlyphDefinitions): string {
  const font = fonts.get(item.font)?.font
  if (!font) return ''
  const scale = item.size / font.unitsPerEm
  const uses = item.glyphs.flatMap(({ glyph, x, y }) => {
    const id = glyphs.id(item.font, glyph)
    // Font outlines go up from the baseline: flip them into the page's downward y.
    return id ? [`<use href="#${id}" transform="matrix(${scaleNumber(scale)} 0 0 ${scaleNumber(-scale)} ${n(x)} ${n(y)})"/>`] : []
  })
  return uses.length ? `<g fill="${item.colour}">${uses.join('')}</g>` : ''
}

function qrSvg(item: QrItem): string {
  const module = item.size / (item.modules.length + 2 * quietZone)
  const d = darkRuns(item.modules)
    .map(({ row, column, length }) => `M${column} ${row}h${length}v1h${-length}z`)
    .join('')
  const origin = `translate(${n(item.x + quietZone * module)} ${n(item.y + quietZone * module)}) scale(${scaleNumber(module)})`
  return (
    `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.size)}" height="${n(item.size)}" fill="#ffffff"/>` +
    `<path fill="${item.colour}" shape-rendering="crispEdges" transform="${origin}" d="${d}"/>`
  )
}

const imageSvg = (href: string, x: number, y: number, width: number, height: number): string =>
  `<image href="${href}" x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" preserveAspectRatio="none"/>`

export interface SvgOptions {
  /**
   * Converts WebP and SVG artwork to PNG before embedding it (for renderers that
   * cannot decode those inside an SVG, such as sharp's librsvg); browsers need not.
   */
  artworkAsPng?: boolean
}

async function artworkSvg(template: TractTemplate, assets: TractAssets, options: SvgOptions): Promise<string> {
  const ref = template.artwork.image
  if (!ref) return ''
  let bytes = await assets.file(ref)
  let type = imageType(bytes)
  if (!type) throw new Error(`The artwork ${ref} is not a PNG, JPEG, WebP or SVG image`)
  if (options.artworkAsPng && (type === 'webp' || type === 'svg')) {
    if (!assets.toPng) throw new Error(`The artwork ${ref} needs converting to PNG, which these assets cannot do`)
    const { width, height } = pixelSize(template.page)
    bytes = await assets.toPng(bytes, type, width, height)
    type = 'png'
  }
  return imageSvg(dataUri(bytes, type), 0, 0, template.page.width, template.page.height)
}

/** The tract as an SVG document, with the same warnings as the PDF. */
export async function renderTractSvg(
  template: TractTemplate,
  input: TractInput,
  assets: TractAssets,
  options: SvgOptions = {},
): Promise<{ svg: string; warnings: TractWarning[]; width: number; height: number }> {
  const [layout, artwork] = await Promise.all([layoutTract(template, input, assets), artworkSvg(template, assets, options)])
  const { width, height } = pixelSize(template.page)
  const glyphs = new GlyphDefinitions()
  const body = layout.items.map((item) => {
    if (item.kind === 'text') return textSvg(item, layout.fonts, glyphs)
    if (item.kind === 'qr') return qrSvg(item)
    const image: ImageItem = item
    return imageSvg(dataUri(image.bytes, image.type), image.x, image.y, image.width, image.height)
  })
  const page = template.page
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${n(page.width)} ${n(page.height)}">` +
    `<title>${escapeXml(template.name)}</title>${glyphs.toString()}` +
    `<rect width="${n(page.width)}" height="${n(page.height)}" fill="${template.background}"/>${artwork}${body.join('')}</svg>`
  return { svg, warnings: layout.warnings, width, height }
}
