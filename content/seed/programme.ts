import { programme } from '../data/programme'
import type { Localized } from '../types'
import { type SeedContext, idsOf } from './context'
import { upsertPublished } from './upsert'

const plain = (markdown: Localized): Localized =>
  Object.fromEntries(Object.entries(markdown).map(([locale, text]) => [locale, text.replace(/[*_#>]/g, '').split('\n\n')[0]?.slice(0, 400) ?? ''])) as Localized

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
        summary: plain(chapter.intro),
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
