/** `renderTractArtworkPng`: a tract's artwork as a PNG at the page's pixel size (150 dpi for print formats). */
import sharp from 'sharp'

import type { TractLayer } from '../types'
import { normal } from './colour'
import { type TractCanvas, expandLayers, shapePath } from './tract-scene'

/** The resolution of print previews: sharp enough on screen, light enough for a phone. */
const printDpi = 150

export const rasterSize = (page: TractCanvas['page']): { width: number; height: number } => {
  const scale = page.unit === 'mm' ? printDpi / 25.4 : 1
  return { width: Math.round(page.width * scale), height: Math.round(page.height * scale) }
}

function tractArtworkSvg({ page, background }: TractCanvas, layers: readonly TractLayer[]): string {
  const { width, height } = rasterSize(page)
  const shapes = expandLayers(layers).map((shape) =>
    shape.kind === 'ring'
      ? `<path d="${shapePath(shape)}" fill="none" stroke="${normal(shape.stroke)}" stroke-width="${shape.width}"/>`
      : `<path d="${shapePath(shape)}" fill="${normal(shape.fill)}"/>`,
  )
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${page.width} ${page.height}" preserveAspectRatio="none">` +
    `<rect width="${page.width}" height="${page.height}" fill="${normal(background)}"/>${shapes.join('')}</svg>`
  )
}

export async function renderTractArtworkPng(canvas: TractCanvas, layers: readonly TractLayer[]): Promise<Buffer> {
  return sharp(Buffer.from(tractArtworkSvg(canvas, layers)))
    .png({ compressionLevel: 9 })
    .toBuffer()
}
