import { bibliographies } from '../data/bibliographies'
import type { Localized } from '../types'
import { type SeedContext, idsOf } from './context'
import { upsertPublished } from './upsert'

/** The first sentence of the intro, as the card summary. */
const summaryOf = (intro: Localized): Localized =>
  Object.fromEntries(
    Object.entries(intro).map(([locale, markdown]) => [locale, (markdown.split(/(?<=[.!?])\s/)[0] ?? markdown).replace(/[*_#]/g, '').slice(0, 400)]),
  ) as Localized

export const seedBibliographies = async (context: SeedContext): Promise<void> => {
  const step = context.progress.step('Bibliographies', bibliographies.length)
  for (const bibliography of bibliographies) {
    await upsertPublished(
      context,
      'bibliographies',
      {
        slug: bibliography.slug,
        title: bibliography.title,
        summary: summaryOf(bibliography.intro),
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
