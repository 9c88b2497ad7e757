/**
 * What the search island asks of a search engine, whichever it is: the static
 * index (staticIndex.ts) or a Meilisearch server (meilisearch.ts).
 * Runs in the browser.
 */

export const facetKeys = ['type', 'theme', 'level', 'language'] as const
export type FacetKey = (typeof facetKeys)[number]
export type Filters = Partial<Record<FacetKey, string>>
/** Best matches first, or newest first. */
export type SortOrder = 'relevance' | 'newest'

/** A text with the words that matched marked: alternating plain and marked parts. */
export type Marked = { text: string; marked: boolean }[]

export interface SearchHit {
  url: string
  title: Marked
  excerpt: Marked
  type: string
  /** The language of the text, when it is not the page's (an untranslated resource). */
  language: string | null
  date: string | null
}

export interface SearchResponse {
  total: number
  hits: SearchHit[]
  /** For each facet, each value and how many results picking it would give. */
  facets: Record<FacetKey, Record<string, number>>
  /** The query's words (as typed) left out when no resource has them all: its stop words, and the words the results lack. */
  ignored: string[]
}

export interface SearchEngine {
  /** The first `limit` results (by default a page's worth), their count, facets and the words left out. */
  search(text: string, filters: Filters, sort?: SortOrder, limit?: number): Promise<SearchResponse>
  /** The query with its unknown words corrected from the language's own words, or null (engines without typo tolerance of their own). */
  correct?(text: string): Promise<string | null>
}

/**
 * How many results a page shows at first, and adds each time the visitor asks for more: enough to choose
 * from, few enough that a page's first query stays light on a phone (each result's text is loaded to show it).
 */
export const hitsPerPage = 10

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' }
const decode = (text: string) => text.replace(/&(#?\w+);/g, (match, name: string) => entities[name.toLowerCase()] ?? match)

/** Parses an engine's highlighted text (`<mark>` around matches, entities escaped); any other tag is dropped. */
export function markedFromHtml(html: string): Marked {
  const parts: Marked = []
  html.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
    const marked = part.startsWith('<mark>')
    const text = decode((marked ? part.slice(6, -7) : part).replace(/<[^>]*>/g, ''))
    if (text) parts.push({ text, marked })
  })
  return parts
}
