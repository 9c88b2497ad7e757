/**
 * The tract gallery's filters (theme, format, language), without JavaScript:
 * the listings' static pages (lib/listings.ts) over the `tracts` collection.
 *
 *   /fr/tracts/                                        every template
 *   /fr/tracts/filter/theme-ecologie/format-A5/language-en/
 */
import { formatNames, isPrintTemplate, type TractTemplate } from '../../tracts/template'
import { useTranslations } from '../i18n'
import { pagesToRender } from './changedPages'
import { entriesIn, type Entry, themesIn } from './content'
import { formatNumber, languageName } from './format'
import { type Facet, type ListingPage, listingPages, listingPath, listingSegments } from './listings'
import { type LocaleCode, siteLocaleCodes } from '../../publication/locales'
import { resourcePath } from '../../publication/urls'

export type TractEntry = Entry<'tracts'>
export type TractGalleryPage = ListingPage<TractEntry>

/** The templates shown on the pages of `locale` (the snapshot maps each template once per language), by name. */
export const tractsIn = async (locale: LocaleCode): Promise<TractEntry[]> =>
  [...(await entriesIn('tracts', locale))].sort((a, b) => a.name.localeCompare(b.name, locale))

/** Values present among the templates, in the order `all` gives: no filter option that could never match. */
const present = (entries: TractEntry[], valuesOf: (entry: TractEntry) => readonly string[], all: readonly string[]) => {
  const found = new Set(entries.flatMap(valuesOf))
  return all.filter((value) => found.has(value))
}

/** The filters of one language's gallery, with their options and labels in display order. */
export async function tractFacets(locale: LocaleCode, entries: TractEntry[]) {
  const t = useTranslations(locale)
  const themes = await themesIn(locale)
  const themeSlugs = [...themes.values()].sort((a, b) => a.name.localeCompare(b.name, locale)).map((theme) => theme.slug)
  const languages = [...new Set(entries.flatMap((entry) => entry.languages))].sort((a, b) =>
    languageName(locale, a).localeCompare(languageName(locale, b), locale),
  )
  const facets: (Facet<TractEntry> & { title: string; label: (value: string) => string })[] = [
    {
      key: 'theme',
      title: t('filters.theme'),
      valuesOf: (entry) => entry.themes,
      options: present(entries, (entry) => entry.themes, themeSlugs),
      label: (slug) => themes.get(slug)?.name ?? slug,
    },
    {
      key: 'format',
      title: t('tracts.format'),
      valuesOf: (entry) => [entry.format],
      options: present(entries, (entry) => [entry.format], formatNames),
      label: (format) => t(`tracts.formats.${format}`),
    },
    {
      key: 'language',
      title: t('tracts.language'),
      valuesOf: (entry) => entry.languages,
      options: languages,
      label: (code) => languageName(locale, code),
    },
  ]
  return facets
}

/** Every page of one language's gallery: all templates first, then each combination of filters that has some. */
export async function tractGalleryPages(locale: LocaleCode): Promise<TractGalleryPage[]> {
  const entries = await tractsIn(locale)
  return listingPages(entries, await tractFacets(locale, entries))
}

/** getStaticPaths of the filtered pages (`filter/…`), each rendered again only when what it lists changed; the unfiltered first page is index.astro. */
export async function tractFilterRoutes() {
  const routes = []
  for (const lang of siteLocaleCodes) {
    for (const page of await tractGalleryPages(lang)) {
      const segments = listingSegments(page.selection, page.page)
      // ['filter', …] → the rest parameter after /<lang>/tracts/filter/.
      if (segments.length) routes.push({ params: { lang, filter: segments.slice(1).join('/') }, props: { page } })
    }
  }
  return pagesToRender('tractGallery', routes, ({ params, props: { page } }) => ({
    path: listingPath(params.lang, 'tracts', page.selection, page.page),
    inputs: [page.selection, page.page, page.totalPages, page.total, page.counts, ...page.items],
  }))
}

/** getStaticPaths of the customisers: one per template and language, rendered again only when its template changed. */
export async function tractRoutes() {
  const routes = []
  for (const lang of siteLocaleCodes)
    for (const entry of await tractsIn(lang)) routes.push({ params: { lang, slug: entry.slug }, props: { entry } })
  return pagesToRender('tracts', routes, ({ params, props: { entry } }) => ({
    path: resourcePath(params.lang, 'tracts', params.slug),
    inputs: [entry],
  }))
}

/** "A5 · impression", "1080×1080 · réseaux sociaux", "100 × 150 mm · impression". */
export function formatLine(locale: LocaleCode, template: Pick<TractTemplate, 'format' | 'page'>): string {
  const t = useTranslations(locale)
  const { page } = template
  const number = (value: number) => new Intl.NumberFormat(locale, { useGrouping: false }).format(value)
  if (!isPrintTemplate(template)) return t('tracts.formatSocial', { size: `${number(page.width)}×${number(page.height)}` })
  const size =
    template.format === 'custom'
      ? `${formatNumber(locale, page.width)} × ${new Intl.NumberFormat(locale, { style: 'unit', unit: 'millimeter' }).format(page.height)}`
      : template.format
  return t('tracts.formatPrint', { size })
}
