import { themes } from '../data/themes'
import type { SeedContext } from './context'
import { pickLocale, hasLocale } from './localize'

export const seedThemes = async (context: SeedContext): Promise<void> => {
  const { payload } = context
  const step = context.progress.step('Thèmes', themes.length)
  for (const theme of themes) {
    context.themeColours.set(theme.slug, theme.colour)
    const found = await payload.find({ collection: 'themes', where: { slug: { equals: theme.slug } }, limit: 1, depth: 0 })
    let id = found.docs[0]?.id
    if (id === undefined) {
      const doc = { slug: theme.slug, colour: theme.colour, name: theme.name, description: theme.description }
      const created = await payload.create({ collection: 'themes', locale: 'fr', data: pickLocale(doc, 'fr') as never })
      id = created.id
      for (const locale of ['en', 'es', 'de', 'it', 'pt', 'ar'] as const) {
        if (hasLocale(doc, locale)) {
          await payload.update({ collection: 'themes', id, locale, data: pickLocale(doc, locale) as never })
        }
      }
    }
    context.ids.themes.set(theme.slug, id)
    step.tick()
  }
  step.done()
}
