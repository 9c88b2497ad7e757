import type { CollectionKey } from 'astro:content'

import { pagesToRender } from './changedPages'
import { entriesIn, type Entry } from './content'
import { themeKit } from './kits'
import { type CardType, resourceCardOf } from './resourceCard'
import { type LocaleCode, siteLocaleCodes } from '../../publication/locales'
import { type ResourcePageType, resourcePageTypes } from '../../publication/registry'
import { resourcePath, themePath } from '../../publication/urls'

/** One page per locale (home, FAQ, programme…). */
export const localeRoutes = () => siteLocaleCodes.map((lang) => ({ params: { lang } }))

/** One page per entry of a collection in every locale: `/<lang>/<type>/<slug>/`. */
export async function entryRoutes<Key extends CollectionKey>(collection: Key) {
  const routes: { params: { lang: string; slug: string }; props: { entry: Entry<Key> } }[] = []
  for (const lang of siteLocaleCodes) {
    for (const entry of await entriesIn(collection, lang))
      routes.push({ params: { lang, slug: (entry as { slug: string }).slug }, props: { entry } })
  }
  return routes
}

/** Detail pages of a resource type, each rendered again only when its entry changed (see changedPages.ts). */
export async function resourceRoutes<Key extends ResourcePageType>(collection: Key) {
  return pagesToRender(collection, await entryRoutes(collection), ({ params, props }) => ({
    path: resourcePath(params.lang, collection, params.slug),
    inputs: [props.entry],
  }))
}

/** How many cards of each type a theme's page shows. */
export const themeCardsPerType = 6

/**
 * Theme pages: the theme, the first cards of each type on it (visuals apart: they have the theme's
 * kit) and how many there are. Each is rendered again only when one of those changed.
 */
export async function themeRoutes() {
  const routes = []
  for (const { params, props } of await entryRoutes('themes')) {
    const locale = params.lang as LocaleCode
    const groups = []
    for (const type of resourcePageTypes.filter((type): type is CardType => type !== 'visuals')) {
      const entries = (await entriesIn(type, locale)).filter((entry) => entry.themes.includes(params.slug))
      if (entries.length)
        groups.push({
          type,
          total: entries.length,
          entries: entries.slice(0, themeCardsPerType).map((entry) => resourceCardOf(entry, type)),
        })
    }
    routes.push({ params, props: { entry: props.entry, groups, kit: themeKit(locale, params.slug) } })
  }
  return pagesToRender('themes', routes, ({ params, props }) => ({
    path: themePath(params.lang, params.slug),
    inputs: [props.entry, props.kit, ...props.groups.flatMap((group) => [group.type, group.total, ...group.entries])],
  }))
}
