/**
 * The static index's files, as search/staticIndex.ts writes them and the
 * browser (search/client/staticIndex.ts) reads them. Per language, under
 * `/search-index/<locale>/`:
 *
 *   meta.json                      IndexMeta: the version, the facets of every resource
 *   <version>/terms/<shard>.json   Shard: the terms starting with two letters (three in a large shard), and where they occur
 *   <version>/docs/<n>.json        IndexedDoc[]: what a result shows, `docsPerFile` resources per file
 *   <version>/age.json             number[]: per resource, its rank from the newest (0), for the "newest" order
 *   <version>/vocabulary/<n>.json  Vocabulary: the words of n letters (folded), for "did you mean"
 *                                  (search/vocabulary.ts)
 *
 * Resources are numbered by theme and type, so that a query's results share
 * few files; `age.json` gives the "newest" order. A rebuild
 * writes a new version beside the old one: a page that loaded the old
 * meta.json keeps reading files that agree with it.
 */
import type { FacetKey } from './client/engine'

/** Where the static index lives in a build. */
export const staticIndexDir = 'search-index'

/** Few enough that the results a query shows (search/client/engine.ts hitsPerPage) bring little else with them; enough that they share files (fewer requests). */
export const docsPerFile = 8

export interface IndexMeta {
  /** Names the folder of this build's term and resource files: a digest of them. */
  version: string
  /**
   * A digest of the records they were made from: a later build whose records have the same takes
   * this version as it is, without making its files again (search/staticIndex.ts).
   */
  source: string
  count: number
  /** The shards that exist: a word whose shard is missing matches nothing, with no request. */
  shards: string[]
  /** The shards of two letters split by three (search/terms.ts shardsStarting). */
  split: string[]
  /** The lengths of the vocabulary's parts (`vocabulary/<n>.json`): the words of the language's own texts by length. */
  vocabulary: number[]
  /**
   * Terms that name a type ranked after the library's resources (visuals: "visuel", "image"), by the
   * type: a query holding one wants that type first.
   */
  namedTypes: Record<string, string>
  /** Each facet's values; resources refer to them by position. */
  facets: Record<FacetKey, string[]>
  /** Per resource, in order: the position of its type, level (-1: none) and language, and of its themes. */
  type: number[]
  level: number[]
  language: number[]
  theme: number[][]
}

/**
 * A term's occurrences: resource numbers (each as the gap from the one
 * before) and scores, alternating. A score is the term's weight in the
 * resource, in half points, times two, plus one when the term is in its title.
 */
export type Shard = Record<string, number[]>

export interface IndexedDoc {
  url: string
  title: string
  summary: string
  type: string
  date: string | null
  /** The language of the text, when it is not the index's (an untranslated resource). */
  language: string | null
  /** The beginning of the body, where excerpts are cut. */
  text: string
}
