import { programme } from '../data/programme'
import { type SeedContext, idsOf } from './context'
import { summaryFromMarkdown } from './summary'
import { upsertPublished } from './upsert'

export const seedProgramme = async (context: SeedContext): Promise<void> => {
  const step = context.progress.step('Programme', programme.length)
  for (const chapter of programme) {
    await upsertPublished(
      context,
      'programme',
      {
        slug: chapter.slug,
        number: chapter.number,
        title: chapter.title,
        summary: summaryFromMarkdown(chapter.intro),
        intro: chapter.intro,
        sections: chapter.sections,
        themes: idsOf(context.ids.themes, chapter.themes, 'theme'),
      },
      new Set(['intro', 'text']),
    )
    step.tick()
  }
  step.done()
}
