import { pathTo } from '../../publication/urls'

/**
 * Filtered, paginated listings that work without JavaScript: every
 * combination of filters that has results is its own static page, and the
 * filter options are links carrying their result counts.
 *
 *   /fr/trainings/                                  all, page 1
 *   /fr/trainings/filter/theme-ecologie/level-beginner/page-2/
 */
export type FacetKey = 'theme' | 'level' | 'kind' | 'format' | 'language'
export type Selection = Partial<Record<FacetKey, string>>

export interface Facet<Entry> {
  key: FacetKey
  /** Every option, in display order (options without results are shown as such). */
  options: readonly string[]
  valuesOf: (entry: Entry) => readonly string[]
}

export interface ListingPage<Entry> {
  selection: Selection
  page: number
  totalPages: number
  total: number
  items: Entry[]
  /** For each facet and option: how many results picking it would give, other filters kept. */
  counts: Record<string, Record<string, number>>
}

export const pageSize = 24
const anyValue = ''

const keyOf = (facets: readonly { key: FacetKey }[], selection: Selection) => facets.map(({ key }) => selection[key] ?? anyValue).join('|')

/** All pages of one listing; `entries` come sorted in display order. */
export function listingPages<Entry>(entries: readonly Entry[], facets: readonly Facet<Entry>[]): ListingPage<Entry>[] {
  const buckets = new Map<string, { selection: Selection; items: Entry[] }>()
  for (const entry of entries) {
    // Every combination this entry belongs to: for each facet, "any" or one of its values.
    let selections: Selection[] = [{}]
    for (const facet of facets) {
      const values = [...new Set(facet.valuesOf(entry))].filter((value) => facet.options.includes(value))
      selections = selections.flatMap((selection) => [selection, ...values.map((value) => ({ ...selection, [facet.key]: value }))])
    }
    for (const selection of selections) {
      const key = keyOf(facets, selection)
      const bucket = buckets.get(key) ?? { selection, items: [] }
      bucket.items.push(entry)
      buckets.set(key, bucket)
    }
  }
  if (!buckets.size) buckets.set(keyOf(facets, {}), { selection: {}, items: [] })

  const countFor = (selection: Selection) => buckets.get(keyOf(facets, selection))?.items.length ?? 0
  return [...buckets.values()].flatMap(({ selection, items }) => {
    const counts = Object.fromEntries(
      facets.map((facet) => [
        facet.key,
        Object.fromEntries(facet.options.map((option) => [option, countFor({ ...selection, [facet.key]: option })])),
      ]),
    )
    const totalPages = Math.max(1, Math.ceil(items.length / pageSize))
    return Array.from({ length: totalPages }, (_, index) => ({
      selection,
      page: index + 1,
      totalPages,
      total: items.length,
      items: items.slice(index * pageSize, (index + 1) * pageSize),
      counts,
    }))
  })
}

/** The order facets appear in URLs, whatever order a selection was built in. */
const urlOrder: FacetKey[] = ['theme', 'level', 'kind', 'format', 'language']

/** The path segments after `/<lang>/<type>/` for a selection and page ([] for the plain index). */
export function listingSegments(selection: Selection, page = 1): string[] {
  const filters = urlOrder.flatMap((key) => (selection[key] ? [`${key}-${selection[key]}`] : []))
  const pagination = page > 1 ? [`page-${page}`] : []
  return filters.length || pagination.length ? ['filter', ...filters, ...pagination] : []
}

export const listingPath = (locale: string, type: string, selection: Selection, page = 1) =>
  pathTo(locale, type, ...listingSegments(selection, page))
