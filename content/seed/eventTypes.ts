import { eventTypes } from '../data/eventTypes'
import type { ContentLocale } from '../types'
import type { SeedContext } from './context'

/** The event types, named in every language; returns their ids by slug. */
export const seedEventTypes = async (context: SeedContext): Promise<Map<string, number | string>> => {
  const { payload } = context
  const ids = new Map<string, number | string>()
  const step = context.progress.step('Types d’événement', eventTypes.length)
  for (const { slug, order, name } of eventTypes) {
    const found = await payload.find({ collection: 'event-types', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
    let id = found.docs[0]?.id
    if (id === undefined) {
      id = (await payload.create({ collection: 'event-types', locale: 'fr', depth: 0, data: { slug, order, name: name.fr } })).id
      for (const [locale, text] of Object.entries(name)) {
        if (locale !== 'fr')
          await payload.update({ collection: 'event-types', id, locale: locale as ContentLocale, depth: 0, data: { name: text } })
      }
    }
    ids.set(slug, id)
    step.tick()
  }
  step.done()
  return ids
}
