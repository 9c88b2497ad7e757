import { bibliographies } from '../data/bibliographies'
import { type SeedContext, idsOf } from './context'
import { summaryFromMarkdown } from './summary'
import { upsertPublished } from './upsert'

export const seedBibliographies = async (context: SeedContext): Promise<void> => {
  const step = context.progress.step('Bibliographies', bibliographies.length)
  for (const bibliography of bibliographies) {
    await upsertPublished(
      context,
      'bibliographies',
      {
        slug: bibliography.slug,
        title: bibliography.title,
        summary: summaryFromMarkdown(bibliography.intro),
        intro: bibliography.intro,
        entries: bibliography.entries,
        themes: idsOf(context.ids.themes, bibliography.themes, 'theme'),
      },
      new Set(['intro']),
    )
    step.tick()
  }
  step.done()
}
