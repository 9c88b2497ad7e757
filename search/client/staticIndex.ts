import { docsPerFile, type IndexedDoc, type IndexMeta, type Shard, staticIndexDir } from '../staticIndexFormat'
import { queryWords, type QueryWord, shardFile, shardOf } from '../terms'
import { didYouMean, fold, type Vocabulary, wordsOf } from '../vocabulary'
import { type FacetKey, facetKeys, type Filters, hitsPerPage, type Marked, type SearchEngine, type SearchHit } from './engine'

/** Words around the first match that a result shows. */
const excerptWords = { before: 8, after: 16 }

/** Each word of the text that starts with one of the query's prefixes is marked: "form" marks "formation". */
function markWords(text: string, words: readonly QueryWord[]): Marked {
  return text
    .split(/([\p{L}\p{N}]+)/u)
    .flatMap((part) => (part ? [{ text: part, marked: words.some((word) => fold(part).startsWith(word.prefix)) }] : []))
}

/** A short passage around the first matching word of the body (else the summary), matches marked. */
function excerptOf(doc: Pick<IndexedDoc, 'text' | 'summary'>, words: readonly QueryWord[]): Marked {
  for (const source of [doc.text, doc.summary]) {
    const parts = source.split(/\s+/).filter(Boolean)
    const first = parts.findIndex((part) => wordsOf(part).some((word) => words.some((query) => fold(word).startsWith(query.prefix))))
    if (first === -1) continue
    const start = Math.max(0, first - excerptWords.before)
    const end = Math.min(parts.length, first + excerptWords.after)
    return markWords(`${start > 0 ? '… ' : ''}${parts.slice(start, end).join(' ')}${end < parts.length ? ' …' : ''}`, words)
  }
  const opening = doc.summary.split(/\s+/).slice(0, excerptWords.before + excerptWords.after)
  return [{ text: opening.join(' '), marked: false }]
}

/** Per resource, how well it matches one query word (0: not at all) and whether the word is in its title; `docs` lists those matching. */
interface WordMatches {
  score: Float64Array
  inTitle: Uint8Array
  docs: number[]
}

/**
 * Scores each resource for one query word: the best of the terms it starts,
 * a rarer term and a closer match counting more ("form" finds "formation",
 * below "form" itself).
 */
function wordMatches(word: QueryWord, shard: Shard, count: number): WordMatches {
  const matches: WordMatches = { score: new Float64Array(count), inTitle: new Uint8Array(count), docs: [] }
  for (const [term, occurrences] of Object.entries(shard)) {
    if (!term.startsWith(word.prefix)) continue
    const rarity = Math.log(1 + count / (occurrences.length / 2))
    const closeness = term === word.word || term === word.prefix ? 1 : 0.5 + (0.4 * word.prefix.length) / term.length
    let position = 0
    for (let at = 0; at < occurrences.length; at += 2) {
      position += occurrences[at] ?? 0
      const encoded = occurrences[at + 1] ?? 0
      const score = (encoded >> 1) * rarity * closeness
      const before = matches.score[position] ?? 0
      if (before === 0) matches.docs.push(position)
      if (score > before) matches.score[position] = score
      if (encoded & 1) matches.inTitle[position] = 1
    }
  }
  return matches
}

/** A title with every word of the query beats one where some words are only in the body. */
const wholeTitleBonus = 2

/** The resources that match every word of a query, and each one's score. */
function matchEvery(perWord: readonly WordMatches[], count: number): { docs: number[]; score: Float64Array } {
  const score = new Float64Array(count)
  const [first, ...others] = perWord
  if (!first) return { docs: [], score }
  const docs = first.docs.filter((doc) => others.every((word) => (word.score[doc] ?? 0) > 0))
  for (const doc of docs) {
    let sum = 0
    let titled = true
    for (const word of perWord) {
      sum += word.score[doc] ?? 0
      titled &&= word.inTitle[doc] === 1
    }
    score[doc] = titled ? sum * wholeTitleBonus : sum
  }
  return { docs, score }
}

/** The first `count` of `docs` in the order `before` gives, without sorting them all (a query may match thousands). */
function firstOf(docs: readonly number[], before: (a: number, b: number) => number, count: number): number[] {
  const top: number[] = []
  for (const doc of docs) {
    const last = top[top.length - 1]
    if (top.length === count && last !== undefined && before(doc, last) >= 0) continue
    const at = top.findIndex((other) => before(doc, other) < 0)
    top.splice(at === -1 ? top.length : at, 0, doc)
    if (top.length > count) top.pop()
  }
  return top
}

/** Whether resource `doc` has `value` for `key`. */
function hasValue(meta: IndexMeta, doc: number, key: FacetKey, value: number): boolean {
  return key === 'theme' ? (meta.theme[doc] ?? []).includes(value) : meta[key][doc] === value
}

/** Types ranked after the library's resources when a query matches. */
const laterTypes = new Set(['events', 'groups'])

/**
 * The static index written by search/staticIndex.ts (format in
 * staticIndexFormat.ts), read in the browser: the language's meta.json on
 * the first search, then the term files of the query's words and the files
 * of the results shown, each fetched once.
 */
export function staticIndexEngine(locale: string, base = `/${staticIndexDir}/`): SearchEngine {
  const root = `${base}${locale}/`
  const json = async <T>(url: string): Promise<T> => {
    const response = await fetch(url)
    if (!response.ok) throw new Error(`${url}: ${response.status}`)
    return (await response.json()) as T
  }
  let meta: Promise<IndexMeta> | undefined
  const loadMeta = () =>
    (meta ??= json<IndexMeta>(`${root}meta.json`).catch((error: unknown) => {
      meta = undefined
      throw error
    }))
  const files = new Map<string, Promise<unknown>>()
  const file = <T>(index: IndexMeta, name: string): Promise<T> => {
    const url = `${root}${index.version}/${name}`
    const loading = files.get(url) ?? json<T>(url)
    files.set(url, loading)
    loading.catch(() => files.delete(url))
    return loading as Promise<T>
  }
  // Every word's term file at once: one round trip, however many words.
  const matchAll = async (index: IndexMeta, words: readonly QueryWord[]) =>
    matchEvery(
      await Promise.all(
        words.map(async (word) => {
          const shard = shardOf(word.prefix)
          const terms = index.shards.includes(shard) ? await file<Shard>(index, `terms/${shardFile(shard)}`) : {}
          return wordMatches(word, terms, index.count)
        }),
      ),
      index.count,
    )
  let vocabulary: Promise<Vocabulary> | undefined

  return {
    async search(text, filters: Filters, sort = 'relevance') {
      const index = await loadMeta()
      const words = queryWords(text, locale)
      // Resources matching every word, with their scores; without a text (filters alone), every resource.
      const matched = text.trim() ? await matchAll(index, words) : null
      const matching = matched ? matched.docs : Array.from({ length: index.count }, (_, doc) => doc)

      const selected = facetKeys.flatMap((key) => {
        const value = filters[key]
        return value ? [{ key, code: index.facets[key].indexOf(value) }] : []
      })
      const passes = (doc: number, except?: FacetKey) =>
        selected.every(({ key, code }) => key === except || hasValue(index, doc, key, code))
      const results = matching.filter((doc) => passes(doc))
      // Each value's count is what picking it would give: the other facets' filters apply, not its own.
      const facets = Object.fromEntries(
        facetKeys.map((key) => {
          const values = index.facets[key]
          const counts = new Uint32Array(values.length)
          const count = (code: number) => {
            if (code >= 0) counts[code] = (counts[code] ?? 0) + 1
          }
          for (const doc of matching) {
            if (selected.length && !passes(doc, key)) continue
            if (key === 'theme') (index.theme[doc] ?? []).forEach(count)
            else count(index[key][doc] ?? -1)
          }
          return [key, Object.fromEntries(values.flatMap((value, code) => (counts[code] ? [[value, counts[code]]] : [])))]
        }),
      ) as Record<FacetKey, Record<string, number>>

      // Equal matches stay in the files' order (by theme and type): the results shown then share few files.
      const age = (doc: number) => index.age[doc] ?? doc
      // The library's answers first: events and groups follow them (the agenda and the directory are where they are looked for).
      const later = (doc: number) => (laterTypes.has(index.facets.type[index.type[doc] ?? -1] ?? '') ? 1 : 0)
      const shown = firstOf(
        results,
        sort === 'newest' || !matched
          ? (a, b) => age(a) - age(b)
          : (a, b) => later(a) - later(b) || (matched.score[b] ?? 0) - (matched.score[a] ?? 0) || a - b,
        hitsPerPage,
      )
      const docs = await Promise.all(
        shown.map(async (doc) => (await file<IndexedDoc[]>(index, `docs/${Math.floor(doc / docsPerFile)}.json`))[doc % docsPerFile]),
      )
      const hits: SearchHit[] = docs.flatMap((doc) =>
        doc
          ? [
              {
                url: doc.url,
                title: markWords(doc.title, words),
                excerpt: excerptOf(doc, words),
                type: doc.type,
                language: doc.language,
                date: doc.date,
              },
            ]
          : [],
      )
      return { total: results.length, facets, hits }
    },
    async correct(text) {
      vocabulary ??= json<Vocabulary>(`${root}vocabulary.json`).catch(() => [])
      return didYouMean(text, await vocabulary)
    },
  }
}
