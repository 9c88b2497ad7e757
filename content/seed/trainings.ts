import { renderCover } from '../artwork'
import { trainings } from '../data/trainings'
import { type SeedContext, idsOf, themeColourOf } from './context'
import { upsertPublished, upsertUpload } from './upsert'

/** Courses with a generated cover; lessons link to the seeded videos and sheet PDFs. */
export const seedTrainings = async (context: SeedContext): Promise<void> => {
  const step = context.progress.step('Formations', trainings.length)
  for (const training of trainings) {
    const colour = themeColourOf(context, training.themes)
    const cover = await upsertUpload(
      context,
      'visuals',
      {
        name: `couverture-${training.slug}.png`,
        mimetype: 'image/png',
        data: () => renderCover({ title: training.title.fr, subtitle: training.summary.fr, colour, kind: training.kind }),
      },
      {
        title: training.title,
        alt: training.title,
        credit: 'Atelier graphique du mouvement',
        licence: 'CC-BY-SA-4.0',
        downloadable: true,
        // The cover's title is drawn into it: its cards and social copies show it whole.
        keepWhole: true,
        themes: idsOf(context.ids.themes, training.themes, 'theme'),
      },
    )
    await upsertPublished(
      context,
      'trainings',
      {
        slug: training.slug,
        title: training.title,
        summary: training.summary,
        kind: training.kind,
        level: training.level,
        durationMinutes: training.durationMinutes,
        cover: cover.id,
        objectives: training.objectives.map((text) => ({ text })),
        modules: training.modules.map((module) => ({
          title: module.title,
          summary: module.summary,
          lessons: module.lessons.map((lesson) => ({
            slug: lesson.slug,
            title: lesson.title,
            body: lesson.body,
            video: lesson.video ? idsOf(context.ids.videos, [lesson.video], 'video')[0] : undefined,
            attachments: idsOf(context.ids.sheetPdfs, lesson.attachments, 'practical sheet'),
          })),
        })),
        themes: idsOf(context.ids.themes, training.themes, 'theme'),
        featured: training.featured ?? false,
      },
      new Set(['body']),
    )
    step.tick()
  }
  step.done()
}
