/** The PNG in the browser: the tract's SVG drawn on a canvas of exactly the format's pixel size. */
import type { TractAssets } from '../assets.ts'
import type { TractWarning } from '../layout.ts'
import { renderTractSvg } from '../svg.ts'
import type { TractInput, TractTemplate } from '../template.ts'
import { rasterToPng } from './raster.ts'

export async function renderTractPng(
  template: TractTemplate,
  input: TractInput,
  assets: TractAssets,
): Promise<{ blob: Blob; warnings: TractWarning[] }> {
  const { svg, warnings, width, height } = await renderTractSvg(template, input, assets)
  const png = await rasterToPng(new Blob([svg], { type: 'image/svg+xml' }), width, height)
  return { blob: new Blob([png as BlobPart], { type: 'image/png' }), warnings }
}
