import { useTranslations } from '../i18n'
import {
  agendaFacets,
  agendaListingPath,
  type AgendaFacetKey,
  attendanceModes,
  comingAndPast,
  eventCardOf,
  filterPages,
  filterSegments,
  groupFacetOrder,
  groupFacets,
  type GroupFacetKey,
  groupsListingPath,
  agendaFacetOrder,
  pastAgendaListingPath,
} from './agenda'
import { perBuild } from './buildScope'
import { noteRead, readKeysOfKind } from './pageReads'
import { pagesToRender } from './changedPages'
import { entriesIn, themesIn } from './content'
import { type LocaleCode, siteLocaleCodes } from '../../publication/locales'
import type { EventEntry, GroupEntry } from '../../publication/schema'
import { groupPath } from '../../publication/urls'

/**
 * The agenda's and the group directory's pages, read from the build's content. "Coming" is decided
 * once per build: a page whose events passed since the last build has other items, so the
 * incremental build renders it again.
 */
const buildTime = perBuild(() => new Date())

const agendasOfThisBuild = perBuild(() => new Map<LocaleCode, Promise<ReturnType<typeof comingAndPast<EventEntry>>>>())

/** A language's coming and past events, in order: computed once per build, as every agenda page needs them. */
export function agendaOf(locale: LocaleCode) {
  const agendas = agendasOfThisBuild()
  let agenda = agendas.get(locale)
  if (!agenda) {
    agenda = entriesIn('events', locale).then((events) => comingAndPast(events, buildTime()))
    agendas.set(locale, agenda)
  }
  // What the pages show depends on the build's time too: the agenda itself is the read.
  const read = agenda
  noteRead(`agenda:${locale}`, () => read)
  return agenda
}

readKeysOfKind('agenda', (locale) => agendaOf(locale as LocaleCode))

const byName = (locale: string) => (a: GroupEntry, b: GroupEntry) => a.name.localeCompare(b.name, locale)

export const groupsIn = async (locale: LocaleCode) => [...(await entriesIn('groups', locale))].sort(byName(locale))

const themeSlugsIn = async (locale: LocaleCode) => [...(await themesIn(locale)).keys()]

/** Every page of the coming events' agenda, filtered and paginated, in every language. */
export async function agendaRoutes() {
  const routes = []
  for (const lang of siteLocaleCodes) {
    const { coming } = await agendaOf(lang)
    // Every page's filters name every event type: a renamed type changes them all.
    const typeNames = [...new Map(coming.map((event) => [event.type.slug, event.type.name]))]
    for (const page of filterPages(coming, agendaFacets(coming, await themeSlugsIn(lang)))) {
      const segments = filterSegments(agendaFacetOrder, page.selection, page.page)
      routes.push({
        params: { lang, filter: segments.length ? segments.join('/') : undefined },
        props: { page: { ...page, items: page.items.map(eventCardOf) }, typeNames },
      })
    }
  }
  return pagesToRender('agenda', routes, ({ params, props: { page, typeNames } }) => ({
    path: agendaListingPath(params.lang, page.selection, page.page),
    inputs: [page.selection, page.page, page.totalPages, page.total, page.counts, typeNames, ...page.items],
  }))
}

/** Past events, latest first, paginated. */
export async function pastAgendaRoutes() {
  const routes = []
  for (const lang of siteLocaleCodes) {
    const { past } = await agendaOf(lang)
    for (const page of filterPages<never, EventEntry>(past, []))
      routes.push({
        params: { lang, page: page.page > 1 ? `page-${page.page}` : undefined },
        props: { page: { ...page, items: page.items.map(eventCardOf) } },
      })
  }
  return pagesToRender('agenda-past', routes, ({ params, props: { page } }) => ({
    path: pastAgendaListingPath(params.lang, page.page),
    inputs: [page.page, page.totalPages, page.total, ...page.items],
  }))
}

/** Every page of the group directory, filtered and paginated. */
export async function groupListingRoutes() {
  const routes = []
  for (const lang of siteLocaleCodes) {
    const groups = await groupsIn(lang)
    for (const page of filterPages(groups, groupFacets(groups, await themeSlugsIn(lang)))) {
      const segments = filterSegments(groupFacetOrder, page.selection, page.page)
      routes.push({ params: { lang, filter: segments.length ? segments.join('/') : undefined }, props: { page } })
    }
  }
  return pagesToRender('groups', routes, ({ params, props: { page } }) => ({
    path: groupsListingPath(params.lang, page.selection, page.page),
    inputs: [page.selection, page.page, page.totalPages, page.total, page.counts, ...page.items],
  }))
}

/** How many past events a group's page shows, latest first (the past agenda has them all). */
const pastOnGroupPage = 10

/** A group's page: the group, its coming and its latest past events. */
export async function groupRoutes() {
  const routes = []
  for (const lang of siteLocaleCodes) {
    const { coming, past } = await agendaOf(lang)
    const organisedBy = (group: GroupEntry) => (event: EventEntry) => event.organisers.some(({ slug }) => slug === group.slug)
    for (const group of await groupsIn(lang))
      routes.push({
        params: { lang, slug: group.slug },
        props: {
          group,
          coming: coming.filter(organisedBy(group)).map(eventCardOf),
          past: past.filter(organisedBy(group)).slice(0, pastOnGroupPage).map(eventCardOf),
        },
      })
  }
  return pagesToRender('group', routes, ({ params, props }) => ({
    path: groupPath(params.lang, params.slug),
    inputs: [props.group, ...props.coming, '|', ...props.past],
  }))
}

const agendaFacetsOfThisBuild = perBuild(() => new Map<LocaleCode, ReturnType<typeof facetLabelsOf>>())

/** The agenda's facet options (of the coming events) with their labels in `locale`, in display order; once per build. */
export function agendaFacetLabels(locale: LocaleCode) {
  const agendaFacetsByLocale = agendaFacetsOfThisBuild()
  let facets = agendaFacetsByLocale.get(locale)
  if (!facets) {
    facets = agendaOf(locale).then(({ coming }) => facetLabelsOf(locale, coming))
    agendaFacetsByLocale.set(locale, facets)
  }
  // Made once from the agenda and the themes: a page given the memoised labels read both.
  noteRead(`agenda:${locale}`, () => agendaOf(locale))
  noteRead(`entries:themes/${locale}`, () => entriesIn('themes', locale))
  return facets
}

async function facetLabelsOf(locale: LocaleCode, events: readonly EventEntry[]) {
  const t = useTranslations(locale)
  const themes = [...(await themesIn(locale)).values()].sort((a, b) => a.name.localeCompare(b.name, locale))
  const typeNames = new Map(events.map((event) => [event.type.slug, event.type.name]))
  const facets = agendaFacets([...events], [])
  const optionsOf = (key: AgendaFacetKey) => facets.find((facet) => facet.key === key)?.options ?? []
  return [
    { key: 'theme', title: t('agenda.filters.theme'), options: themes.map((theme) => ({ value: theme.slug, label: theme.name })) },
    {
      key: 'department',
      title: t('agenda.filters.department'),
      options: optionsOf('department').map((value) => ({ value, label: value })),
    },
    {
      key: 'type',
      title: t('agenda.filters.type'),
      options: optionsOf('type').map((value) => ({ value, label: typeNames.get(value) ?? value })),
    },
    {
      key: 'attendance',
      title: t('agenda.filters.attendance'),
      options: attendanceModes.map((value) => ({ value, label: t(`agenda.attendance.${value}`) })),
    },
  ] satisfies { key: AgendaFacetKey; title: string; options: { value: string; label: string }[] }[]
}

export async function groupFacetLabels(locale: LocaleCode, groups: readonly GroupEntry[]) {
  const t = useTranslations(locale)
  const themes = [...(await themesIn(locale)).values()].sort((a, b) => a.name.localeCompare(b.name, locale))
  const departments = groupFacets([...groups], []).find((facet) => facet.key === 'department')?.options ?? []
  return [
    { key: 'department', title: t('groups.filters.department'), options: departments.map((value) => ({ value, label: value })) },
    { key: 'theme', title: t('groups.filters.theme'), options: themes.map((theme) => ({ value: theme.slug, label: theme.name })) },
    {
      key: 'kind',
      title: t('groups.filters.kind'),
      options: (['local', 'thematic'] as const).map((value) => ({ value, label: t(`groups.kind.${value}`) })),
    },
  ] satisfies { key: GroupFacetKey; title: string; options: { value: string; label: string }[] }[]
}
