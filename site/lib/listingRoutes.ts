import { useTranslations } from '../i18n'
import { pagesToRender } from './changedPages'
import { entriesIn, type Entry, listedTypes, type ListedType, themesIn } from './content'
import { themeKit } from './kits'
import { type Facet, type FacetKey, listingPages, listingPath, listingSegments } from './listings'
import { type CardType, resourceCardOf } from './resourceCard'
import { type LocaleCode, siteLocaleCodes } from '../../publication/locales'
import { type FacetName, facetsOf } from '../../publication/registry'

type Listed = Entry<ListedType>

/** Which filters each index offers: the theme, then its type's facets (publication/registry.ts). */
function facetsFor(type: ListedType, themeSlugs: string[]): Facet<Listed>[] {
  const theme: Facet<Listed> = { key: 'theme', options: themeSlugs, valuesOf: (entry) => entry.themes }
  return [
    theme,
    ...facetsOf(type).map(([key, { options }]): Facet<Listed> => ({
      key,
      options,
      valuesOf: (entry) => {
        const value = (entry as Partial<Record<FacetName, string>>)[key]
        return value === undefined ? [] : [value]
      },
    })),
  ]
}

/** Facet options with their labels in `locale`, in display order. */
export async function facetLabels(type: ListedType, locale: LocaleCode) {
  const t = useTranslations(locale)
  const themes = [...(await themesIn(locale)).values()].sort((a, b) => a.name.localeCompare(b.name, locale))
  const labels: { key: FacetKey; title: string; options: { value: string; label: string }[] }[] = [
    { key: 'theme', title: t('filters.theme'), options: themes.map((theme) => ({ value: theme.slug, label: theme.name })) },
  ]
  for (const [key, { options, labels: group }] of facetsOf(type))
    labels.push({ key, title: t(`filters.${key}`), options: options.map((value) => ({ value, label: t(`${group}.${value}`) })) })
  return labels
}

/** Every index page of every listed type in every language, for getStaticPaths. */
export async function listingRoutes() {
  const routes = []
  for (const locale of siteLocaleCodes) {
    const themeSlugs = [...(await themesIn(locale)).keys()]
    for (const type of listedTypes) {
      const entries = (await entriesIn(type, locale)) as Listed[]
      for (const page of listingPages(entries, facetsFor(type, themeSlugs))) {
        const segments = listingSegments(page.selection, page.page)
        // Visuals have cards of their own (components/VisualCard.astro), which show most of the entry.
        const items = type === 'visuals' ? page.items : page.items.map((entry) => resourceCardOf(entry as Entry<CardType>, type))
        routes.push({
          params: { lang: locale, type, filter: segments.length ? segments.join('/') : undefined },
          props: { page: { ...page, items } },
        })
      }
    }
  }
  return pagesToRender('listings', routes, ({ params, props: { page } }) => ({
    path: listingPath(params.lang, params.type, page.selection, page.page),
    // The visuals of a theme link its kit, whose size depends on visuals other pages show.
    inputs: [
      page.selection,
      page.page,
      page.totalPages,
      page.total,
      page.counts,
      ...page.items,
      params.type === 'visuals' && page.selection.theme ? themeKit(params.lang, page.selection.theme) : null,
    ],
  }))
}
