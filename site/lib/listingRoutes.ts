import { useTranslations } from '../i18n'
import { pagesToRender } from './changedPages'
import { entriesIn, type Entry, listedTypes, type ListedType, themesIn } from './content'
import { themeKit } from './kits'
import { type Facet, type FacetKey, listingPages, listingPath, listingSegments } from './listings'
import { type LocaleCode, siteLocaleCodes } from '../../publication/locales'

const levels = ['beginner', 'intermediate', 'advanced'] as const
const trainingKinds = ['programme', 'theory', 'practice'] as const
const sheetKinds = ['sheet', 'tutorial'] as const

type Listed = Entry<ListedType>

/** Which filters each index offers, and how their options are named. */
function facetsFor(type: ListedType, themeSlugs: string[]): Facet<Listed>[] {
  const theme: Facet<Listed> = { key: 'theme', options: themeSlugs, valuesOf: (entry) => entry.themes }
  if (type === 'trainings')
    return [
      theme,
      { key: 'level', options: levels, valuesOf: (entry) => ('level' in entry ? [entry.level] : []) },
      { key: 'kind', options: trainingKinds, valuesOf: (entry) => ('kind' in entry ? [entry.kind] : []) },
    ]
  if (type === 'sheets') return [theme, { key: 'kind', options: sheetKinds, valuesOf: (entry) => ('kind' in entry ? [entry.kind] : []) }]
  return [theme]
}

/** Facet options with their labels in `locale`, in display order. */
export async function facetLabels(type: ListedType, locale: LocaleCode) {
  const t = useTranslations(locale)
  const themes = [...(await themesIn(locale)).values()].sort((a, b) => a.name.localeCompare(b.name, locale))
  const labels: { key: FacetKey; title: string; options: { value: string; label: string }[] }[] = [
    { key: 'theme', title: t('filters.theme'), options: themes.map((theme) => ({ value: theme.slug, label: theme.name })) },
  ]
  if (type === 'trainings') {
    labels.push({ key: 'level', title: t('filters.level'), options: levels.map((value) => ({ value, label: t(`levels.${value}`) })) })
    labels.push({ key: 'kind', title: t('filters.kind'), options: trainingKinds.map((value) => ({ value, label: t(`trainingKinds.${value}`) })) })
  }
  if (type === 'sheets')
    labels.push({ key: 'kind', title: t('filters.kind'), options: sheetKinds.map((value) => ({ value, label: t(`sheetKinds.${value}`) })) })
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
        routes.push({ params: { lang: locale, type, filter: segments.length ? segments.join('/') : undefined }, props: { page } })
      }
    }
  }
  return pagesToRender('listings', routes, ({ params, props: { page } }) => ({
    path: listingPath(params.lang, params.type, page.selection, page.page),
    // The visuals of a theme link its kit, whose size depends on visuals other pages show.
    inputs: [page.selection, page.page, page.totalPages, page.counts, ...page.items, params.type === 'visuals' && page.selection.theme ? themeKit(params.lang, page.selection.theme) : null],
  }))
}
