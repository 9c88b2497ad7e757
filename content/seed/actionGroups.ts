import { actionGroups } from '../data/actionGroups'
import type { ContentLocale } from '../types'
import { type SeedContext, idsOf, markdownToRichText } from './context'

/** The action groups (not drafted: created as they are, active); returns their ids by slug. */
export const seedActionGroups = async (context: SeedContext): Promise<Map<string, number | string>> => {
  const { payload } = context
  const ids = new Map<string, number | string>()
  const step = context.progress.step('Groupes d’action', actionGroups.length)
  for (const group of actionGroups) {
    const found = await payload.find({ collection: 'action-groups', where: { slug: { equals: group.slug } }, limit: 1, depth: 0 })
    let id = found.docs[0]?.id
    if (id === undefined) {
      const { place } = group
      const created = await payload.create({
        collection: 'action-groups',
        locale: 'fr',
        depth: 0,
        data: {
          name: group.name,
          slug: group.slug,
          kind: group.kind,
          active: true,
          description: markdownToRichText(context, group.description.fr),
          ...(place ?? {}),
          themes: idsOf(context.ids.themes, group.themes, 'theme'),
          contactEmail: group.contactEmail,
          socialLinks: group.socialLinks ?? [],
        } as never,
      })
      id = created.id
      for (const [locale, markdown] of Object.entries(group.description)) {
        if (locale === 'fr') continue
        const description = markdownToRichText(context, markdown)
        await payload.update({ collection: 'action-groups', id, locale: locale as ContentLocale, depth: 0, data: { description } })
      }
    }
    ids.set(group.slug, id)
    step.tick()
  }
  step.done()
  return ids
}
