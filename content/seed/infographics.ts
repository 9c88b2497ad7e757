import { renderInfographic } from '../artwork'
import { infographics } from '../data/infographics'
import { type SeedContext, idsOf, themeColourOf } from './context'
import { upsertPublished, upsertUpload } from './upsert'

/** Infographics drawn from their figures, with a high-resolution download. */
export const seedInfographics = async (context: SeedContext): Promise<void> => {
  const step = context.progress.step('Infographies', infographics.length)
  for (const infographic of infographics) {
    const colour = themeColourOf(context, infographic.themes)
    let rendered: Buffer | undefined
    const render = async () =>
      (rendered ??= await renderInfographic({
        title: infographic.title.fr,
        chart: infographic.chart,
        locale: 'fr',
        colour,
        source: infographic.sources.map((source) => source.label).join(' · '),
      }))
    const themes = idsOf(context.ids.themes, infographic.themes, 'theme')
    const image = await upsertUpload(
      context,
      'visuals',
      { name: `infographie-${infographic.slug}.png`, mimetype: 'image/png', data: render },
      {
        title: infographic.title,
        alt: infographic.alt,
        credit: 'Pôle infographies du mouvement',
        licence: 'CC-BY-4.0',
        downloadable: true,
        themes,
      },
    )
    const download = await upsertUpload(
      context,
      'files',
      { name: `infographie-${infographic.slug}-hd.png`, mimetype: 'image/png', data: render },
      { title: infographic.title, description: infographic.summary },
    )
    await upsertPublished(
      context,
      'infographics',
      {
        slug: infographic.slug,
        title: infographic.title,
        summary: infographic.summary,
        image: image.id,
        altText: infographic.alt,
        longDescription: infographic.longDescription,
        sources: infographic.sources,
        highResolution: download.id,
        themes,
      },
      new Set(['longDescription']),
    )
    step.tick()
  }
  step.done()
}
