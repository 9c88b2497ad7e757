import { renderVisual } from '../artwork'
import { visuals } from '../data/visuals'
import { type SeedContext, idsOf } from './context'
import { upsertUpload } from './upsert'

/** The reusable library: 20 generated images with credit, licence and localized alt text. */
export const seedVisuals = async (context: SeedContext): Promise<void> => {
  const step = context.progress.step('Visuels de la médiathèque', visuals.length)
  for (const visual of visuals) {
    const { id } = await upsertUpload(
      context,
      'visuals',
      { name: `${visual.slug}.png`, mimetype: 'image/png', data: () => renderVisual(visual.artwork) },
      {
        title: visual.title,
        alt: visual.alt,
        credit: visual.credit,
        licence: visual.licence,
        downloadable: visual.downloadable,
        themes: idsOf(context.ids.themes, visual.themes, 'theme'),
      },
    )
    context.ids.visuals.set(visual.slug, id)
    step.tick()
  }
  step.done()
}
