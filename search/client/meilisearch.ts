import { type FacetKey, facetKeys, type Filters, hitsPerPage, markedFromHtml, type SearchEngine } from './engine'

/** The record fields facets are read from (search/records.ts). */
const facetFields: Record<FacetKey, string> = { type: 'type', theme: 'themes', level: 'level', language: 'language' }

interface MeilisearchHit {
  url: string
  type: string
  language: string
  locale: string
  date: string | null
  _formatted?: { title?: string; text?: string; summary?: string }
  title: string
}

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`

/**
 * A Meilisearch server, through its search endpoint with the search-only key
 * (never the admin key: see search/meilisearch.ts). Typo tolerance, synonyms
 * and stop words are the server's.
 */
export function meilisearchEngine({ host, searchKey, index }: { host: string; searchKey: string; index: string }): SearchEngine {
  return {
    async search(text, filters: Filters, sort = 'relevance', limit = hitsPerPage) {
      const response = await fetch(`${host.replace(/\/$/, '')}/indexes/${encodeURIComponent(index)}/search`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${searchKey}` },
        body: JSON.stringify({
          q: text,
          filter: facetKeys.flatMap((key) => (filters[key] ? [`${facetFields[key]} = ${quote(filters[key])}`] : [])),
          facets: Object.values(facetFields),
          ...(sort === 'newest' ? { sort: ['date:desc'] } : {}),
          limit,
          attributesToHighlight: ['title'],
          attributesToCrop: ['text'],
          cropLength: 24,
          highlightPreTag: '<mark>',
          highlightPostTag: '</mark>',
        }),
      })
      if (!response.ok) throw new Error(`Meilisearch answered ${response.status}`)
      const result = (await response.json()) as {
        hits: MeilisearchHit[]
        estimatedTotalHits: number
        facetDistribution?: Record<string, Record<string, number>>
      }
      const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;')
      return {
        total: result.estimatedTotalHits,
        facets: Object.fromEntries(facetKeys.map((key) => [key, result.facetDistribution?.[facetFields[key]] ?? {}])) as Record<
          FacetKey,
          Record<string, number>
        >,
        hits: result.hits.map((hit) => ({
          url: hit.url,
          // Meilisearch marks matches in the raw text: escape it, keeping its marks, before parsing.
          title: markedFromHtml(escape(hit._formatted?.title ?? hit.title).replace(/&lt;(\/?)mark>/g, '<$1mark>')),
          excerpt: markedFromHtml(escape(hit._formatted?.text ?? '').replace(/&lt;(\/?)mark>/g, '<$1mark>')),
          type: hit.type,
          language: hit.language !== hit.locale ? hit.language : null,
          date: hit.date,
        })),
        // The server's own stop words: nothing to say about them.
        ignored: [],
      }
    },
  }
}
