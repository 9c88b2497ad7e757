import { didYouMean, fold, type Vocabulary, wordsOf } from '../vocabulary'
import { type FacetKey, facetKeys, type Filters, hitsPerPage, markedFromHtml, type SearchEngine, type SearchHit } from './engine'

/** The parts of Pagefind's browser API used here (https://pagefind.app/docs/api/). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>
  init(): Promise<void>
  filters(): Promise<Record<string, Record<string, number>>>
  search(
    term: string | null,
    options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { data(): Promise<PagefindData> }[]; filters: Record<string, Record<string, number>> }>
}
interface PagefindData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
}

/** Each word of the query, as a prefix: "form" marks "formation" (the index matches by prefix too). */
function markTerms(text: string, query: string): SearchHit['title'] {
  const terms = wordsOf(query).map(fold).filter((term) => term.length > 1)
  return text.split(/([\p{L}\p{N}]+)/u).flatMap((part) => (part ? [{ text: part, marked: terms.some((term) => fold(part).startsWith(term)) }] : []))
}

/**
 * The static index written by search/staticIndex.ts, loaded on the first
 * search only: Pagefind's script, then the index chunks the words need.
 */
export function pagefindEngine(locale: string, base = '/pagefind/'): SearchEngine {
  let loading: Promise<Pagefind> | undefined
  const load = () =>
    (loading ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind
      await pagefind.options({ excerptLength: 24, ranking: { termSimilarity: 2 } })
      await pagefind.init()
      // Results carry facet counts only once the filter index is loaded.
      await pagefind.filters()
      return pagefind
    })())
  let vocabulary: Promise<Vocabulary> | undefined

  return {
    async search(text, filters: Filters, sort = 'relevance') {
      const pagefind = await load()
      const selected = Object.fromEntries(Object.entries(filters).filter(([, value]) => value))
      const found = await pagefind.search(text.trim() || null, { filters: selected, ...(sort === 'newest' ? { sort: { date: 'desc' } } : {}) })
      const data = await Promise.all(found.results.slice(0, hitsPerPage).map((result) => result.data()))
      const facets = Object.fromEntries(facetKeys.map((key) => [key, found.filters[key] ?? {}])) as Record<FacetKey, Record<string, number>>
      return {
        total: found.results.length,
        facets,
        hits: data.map((hit) => ({
          url: hit.url,
          title: markTerms(hit.meta.title ?? hit.url, text),
          excerpt: markedFromHtml(hit.excerpt),
          type: hit.meta.type ?? '',
          language: hit.meta.language ?? null,
          date: hit.meta.date ?? null,
        })),
      }
    },
    async correct(text) {
      vocabulary ??= fetch(`${base}vocabulary/${locale}.json`).then((response) => (response.ok ? (response.json() as Promise<Vocabulary>) : []))
      return didYouMean(text, await vocabulary)
    },
  }
}
