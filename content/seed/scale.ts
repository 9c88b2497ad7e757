import type { Payload } from 'payload'

import { trainingKinds, levels } from '../../cms/collections/Trainings'
import { markdownToRichText, type SeedContext } from './context'

const synthetic = 'synthetique'

/** Synthetic trainings for benchmarks: fr and en, spread over the themes, kinds and levels. */
export const seedScale = async (context: SeedContext, count: number): Promise<void> => {
  const { payload } = context
  const step = context.progress.step(`Formations synthétiques`, count)
  const themeIds = await allThemeIds(payload)
  const existing = await payload.count({ collection: 'trainings', where: { slug: { like: `${synthetic}-` } } })
  step.tick(Math.min(existing.totalDocs, count))
  const bodyFr = markdownToRichText(context, 'Une leçon générée pour mesurer les performances : **contenu de test**, en français.')
  const bodyEn = markdownToRichText(context, 'A lesson generated to measure performance: **test content**, in English.')
  for (let index = existing.totalDocs + 1; index <= count; index += 1) {
    const theme = themeIds[index % themeIds.length]
    const created = await payload.create({
      collection: 'trainings',
      locale: 'fr',
      depth: 0,
      context: { seeding: true },
      data: {
        _status: 'published',
        slug: `${synthetic}-${index}`,
        title: `Formation synthétique n° ${index}`,
        summary: `Ressource générée n° ${index} pour les mesures de performance.`,
        kind: trainingKinds[index % trainingKinds.length] as (typeof trainingKinds)[number],
        level: levels[index % levels.length] as (typeof levels)[number],
        durationMinutes: 30 + (index % 8) * 15,
        themes: theme === undefined ? [] : [theme],
        modules: [{ title: 'Module unique', lessons: [{ slug: 'lecon-1', title: 'Première leçon', body: bodyFr }] }],
      },
    })
    const module = created.modules[0]
    const lesson = module?.lessons[0]
    await payload.update({
      collection: 'trainings',
      id: created.id,
      locale: 'en',
      depth: 0,
      context: { seeding: true },
      data: {
        title: `Synthetic training no. ${index}`,
        summary: `Generated resource no. ${index} for performance measurements.`,
        modules: [{ id: module?.id, title: 'Single module', lessons: [{ id: lesson?.id, slug: 'lecon-1', title: 'First lesson', body: bodyEn }] }],
      },
    })
    step.tick()
  }
  step.done()
}

const allThemeIds = async (payload: Payload) =>
  (await payload.find({ collection: 'themes', limit: 100, depth: 0, pagination: false, select: {} })).docs.map((doc) => doc.id)
