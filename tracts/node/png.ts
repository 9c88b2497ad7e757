/** The PNG in Node (command, tests): the tract's SVG rasterised by sharp at exactly the format's pixel size. */
import sharp from 'sharp'
import type { TractAssets } from '../assets.ts'
import type { TractWarning } from '../layout.ts'
import { renderTractSvg } from '../svg.ts'
import type { TractInput, TractTemplate } from '../template.ts'

export async function renderTractPngFile(
  template: TractTemplate,
  input: TractInput,
  assets: TractAssets,
): Promise<{ bytes: Uint8Array; warnings: TractWarning[] }> {
  // librsvg decodes PNG and JPEG inside an SVG, not WebP: the artwork goes in as PNG.
  const { svg, warnings, width, height } = await renderTractSvg(template, input, assets, { artworkAsPng: true })
  const png = await sharp(Buffer.from(svg)).resize(width, height, { fit: 'fill' }).png().toBuffer()
  return { bytes: new Uint8Array(png), warnings }
}
