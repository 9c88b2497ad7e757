/**
 * The tract engine in the browser: the SVG renderer (layout, shaping, fonts), the fonts and artwork
 * it draws with, and the PDF and PNG renderers. The customiser island imports this module only when
 * the visitor starts (a first focus, key or tap in the form, or a link with pre-filled values): until
 * then the page shows the template's picture and loads none of it.
 */
import { fetchAssets, type TractAssets } from '../../../tracts/assets'
import { renderTractSvg } from '../../../tracts/svg'
import type { FontId, TractTemplate } from '../../../tracts/template'

export interface TractEngine {
  assets: TractAssets
  renderSvg: typeof renderTractSvg
  /** Started with the engine, beside the first preview, so that a download click finds them ready. */
  renderers: { pdf: Promise<typeof import('../../../tracts/pdf')>; png: Promise<typeof import('../../../tracts/browser/png')> }
}

/** The fonts the template draws with (fallbacks for other scripts are fetched when a text needs them). */
const fontsOf = (template: TractTemplate): FontId[] => [
  ...new Set([...template.fields.map((field) => field.style.font), ...(template.legal ? [template.legal.style.font] : [])]),
]

/** Starts fetching what `template` needs (fonts, artwork, the PDF and PNG renderers) and returns the engine. */
export function startEngine(template: TractTemplate): TractEngine {
  const assets = fetchAssets()
  const renderers = { pdf: import('../../../tracts/pdf'), png: import('../../../tracts/browser/png') }
  const files = [template.artwork.image, template.artwork.pdf].filter((ref): ref is string => Boolean(ref))
  void Promise.all([...fontsOf(template).map((id) => assets.font(id)), ...files.map((ref) => assets.file(ref))]).catch(() => {
    // The preview reports it: it needs the same files.
  })
  return { assets, renderSvg: renderTractSvg, renderers }
}
