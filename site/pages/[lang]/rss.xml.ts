import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'

import { useTranslations } from '../../i18n'
import { entriesIn } from '../../lib/content'
import type { LocaleCode } from '../../../publication/locales'
import { resourcePageTypes } from '../../../publication/registry'
import { localeRoutes } from '../../lib/routes'
import { resourcePath } from '../../../publication/urls'

export const getStaticPaths = localeRoutes

/** New resources in one language, newest first. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.lang as LocaleCode
  const t = useTranslations(locale)
  const items = []
  // Visuals are a library to draw from, not news: their date is their upload's, and they have no summary.
  for (const type of resourcePageTypes.filter((type) => type !== 'visuals')) {
    for (const entry of await entriesIn(type, locale)) {
      if (entry.publishedAt)
        items.push({
          title: entry.title,
          description: entry.summary,
          pubDate: new Date(entry.publishedAt),
          link: resourcePath(locale, type, entry.slug),
          categories: [t(`types.${type}`)],
        })
    }
  }
  items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime())
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: site ?? 'http://localhost:4321',
    items: items.slice(0, 50),
    customData: `<language>${locale}</language>`,
  })
}
