import { namedFormats } from '../../tracts/template'
import { renderTractArtworkPdf } from '../artwork/tract-pdf'
import { renderTractArtworkPng } from '../artwork/tract-raster'
import type { TractCanvas } from '../artwork/tract-scene'
import { tracts } from '../data/tracts'
import type { TractSeed } from '../types'
import { type SeedContext, idsOf } from './context'
import { upsertPublished, upsertUpload } from './upsert'

export const tractCanvas = (tract: TractSeed): TractCanvas => ({ page: { ...namedFormats[tract.format] }, background: tract.background })

/** Print formats (in mm) get a vector PDF artwork; social ones an image only. */
export const isPrintTract = (tract: TractSeed): boolean => namedFormats[tract.format].unit === 'mm'

/**
 * A demo template as the `tract-templates` document the seed creates, its
 * texts still `Localized`. Print formats get their vector PDF as `artwork` and
 * the PNG as `artworkImage`; social formats have the PNG alone as `artwork`.
 */
export const tractTemplateDoc = <Theme, Upload>(tract: TractSeed, refs: { themes: Theme[]; pdf: Upload | null; png: Upload }) => ({
  slug: tract.slug,
  name: tract.name,
  description: tract.description,
  themes: refs.themes,
  languages: tract.languages,
  format: tract.format,
  background: tract.background,
  artwork: refs.pdf ?? refs.png,
  artworkImage: refs.pdf ? refs.png : null,
  fields: tract.fields.map(({ key, label, help, type, box, style, maxLength, required, defaultValue }) => ({
    key,
    label,
    help,
    type,
    box,
    style,
    maxLength,
    required,
    ...(defaultValue ? { defaultValue } : {}),
  })),
  ...(tract.legal ? { legal: tract.legal } : {}),
})

/** The demo tract templates, with their artwork generated here: a vector PDF for print and a PNG. */
export const seedTracts = async (context: SeedContext): Promise<void> => {
  const step = context.progress.step('Modèles de tracts', tracts.length)
  for (const tract of tracts) {
    const canvas = tractCanvas(tract)
    const upload = { alt: tract.artwork.alt, credit: 'Atelier graphique du mouvement' }
    const png = await upsertUpload(
      context,
      'tract-artwork',
      { name: `${tract.slug}.png`, mimetype: 'image/png', data: () => renderTractArtworkPng(canvas, tract.artwork.layers) },
      upload,
    )
    const pdf = isPrintTract(tract)
      ? await upsertUpload(
          context,
          'tract-artwork',
          {
            name: `${tract.slug}.pdf`,
            mimetype: 'application/pdf',
            data: () => renderTractArtworkPdf(canvas, tract.artwork.layers, tract.name.fr),
          },
          upload,
        )
      : null
    const themes = idsOf(context.ids.themes, tract.themes, 'theme')
    await upsertPublished(context, 'tract-templates', tractTemplateDoc(tract, { themes, pdf: pdf?.id ?? null, png: png.id }))
    step.tick()
  }
  step.done()
}
