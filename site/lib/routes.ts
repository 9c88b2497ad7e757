import type { CollectionKey } from 'astro:content'

import { pagesToRender } from './changedPages'
import { entriesIn, type Entry } from './content'
import { siteLocaleCodes } from '../../publication/locales'
import type { ResourcePageType } from '../../publication/registry'
import { resourcePath } from '../../publication/urls'

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
