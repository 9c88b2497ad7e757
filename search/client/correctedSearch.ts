import { type Filters, hitsPerPage, type SearchEngine, type SearchResponse, type SortOrder } from './engine'

/** A query corrected before it was searched: what the visitor typed, and what was searched instead. */
export interface Correction {
  typed: string
  suggestion: string
}

/** Whether a corrected query's results beat the query's own: fewer words left out, else more results. */
const betterThan = (corrected: SearchResponse, typed: SearchResponse) =>
  corrected.total > 0 &&
  (corrected.ignored.length < typed.ignored.length || (corrected.ignored.length === typed.ignored.length && corrected.total > typed.total))

/**
 * One search as the search island makes it: when the engine knows no
 * resource for a word (a typo), the query corrected from the language's own
 * words is searched, and its results shown instead when they are better. A
 * corrected query whose results have every word is shown without searching
 * the typed one: a typo costs one search, not two.
 * `asTyped`: the visitor asked for the query as typed, uncorrected; `limit`: how many results to show.
 */
export async function searchWithCorrection(
  engine: SearchEngine,
  text: string,
  filters: Filters,
  sort: SortOrder,
  asTyped = false,
  limit = hitsPerPage,
): Promise<{ response: SearchResponse; correction: Correction | null }> {
  const suggestion = asTyped || !engine.correct || !text.trim() ? null : await engine.correct(text)
  const corrected = suggestion ? await engine.search(suggestion, filters, sort, limit) : null
  const correction = suggestion ? { typed: text, suggestion } : null
  if (corrected && corrected.total > 0 && !corrected.ignored.length) return { response: corrected, correction }
  const response = await engine.search(text, filters, sort, limit)
  return corrected && betterThan(corrected, response) ? { response: corrected, correction } : { response, correction: null }
}
