import { docsPerFile, type IndexedDoc, type IndexMeta, type Shard, staticIndexDir } from '../staticIndexFormat'
import { type Analyzer, analyzerFor, type Query, queryOf, type QueryWord, shardFile, shardsStarting } from '../terms'
import { didYouMean, fold, joinedVocabulary, lengthsNear, minTypoLength, type Vocabulary, wordsOf } from '../vocabulary'
import { type FacetKey, facetKeys, type Filters, hitsPerPage, type Marked, type SearchEngine, type SearchHit } from './engine'

/** Some of a query's words, once each, in the order they were typed. */
const inQueryOrder = (text: string, words: readonly string[]) => [...new Set(wordsOf(text))].filter((word) => words.includes(word))

/** Words around the first match that a result shows. */
const excerptWords = { before: 8, after: 16 }

/**
 * What a query word finds terms by: a term the index has, of a word long enough, is found as it is
 * ("élection" finds "élections", both "élect", not "électricité"); a short word or one still being
 * typed finds the terms it starts ("form" finds "formation").
 */
interface Prefix {
  text: string
  exact: boolean
}

const finds = ({ text, exact }: Prefix, term: string) => (exact ? term === text : term.startsWith(text))

/** Whether a word of a text matches one of the query's prefixes: "form" marks "formation", "élection" marks "élections". */
type Matcher = (word: string) => boolean

const matcherOf =
  (analyzer: Analyzer | undefined, prefixes: readonly Prefix[]): Matcher =>
  (word) => {
    const term = analyzer?.termOf(word)
    return typeof term === 'string' && prefixes.some((prefix) => finds(prefix, term))
  }

/** The text, each matching word marked. */
function markWords(text: string, matches: Matcher): Marked {
  return text.split(/([\p{L}\p{N}]+)/u).flatMap((part) => (part ? [{ text: part, marked: matches(part) }] : []))
}

/** A short passage around the first matching word of the body (else the summary), matches marked. */
function excerptOf(doc: Pick<IndexedDoc, 'text' | 'summary'>, matches: Matcher): Marked {
  for (const source of [doc.text, doc.summary]) {
    const parts = source.split(/\s+/).filter(Boolean)
    const first = parts.findIndex((part) => wordsOf(part).some(matches))
    if (first === -1) continue
    const start = Math.max(0, first - excerptWords.before)
    const end = Math.min(parts.length, first + excerptWords.after)
    return markWords(`${start > 0 ? '… ' : ''}${parts.slice(start, end).join(' ')}${end < parts.length ? ' …' : ''}`, matches)
  }
  const opening = doc.summary.split(/\s+/).slice(0, excerptWords.before + excerptWords.after)
  return [{ text: opening.join(' '), marked: false }]
}

/** A word this long that the index has is taken as typed in full, not as the start of a longer one ("form" finds "formation"). */
const wholeWordLength = 5

/** The shards a query word's terms and its typed form are stored in, loaded (a missing shard: no terms). */
type ShardOf = (text: string) => Shard

/**
 * The prefixes a query word finds terms by: its own terms, each finding
 * every term it starts ("form" finds "formation"). A word still being typed
 * may stem to nothing the index has ("formatio"): it then finds the longest
 * term it starts with, if that term is most of the word ("format"). None for
 * a word the index does not know (a typo, a word of another language).
 */
function prefixesOf(word: QueryWord, shardOf: ShardOf): Prefix[] {
  const whole = fold(word.word).length >= wholeWordLength
  const prefixes = word.terms.flatMap((prefix) => {
    const terms = Object.keys(shardOf(prefix))
    if (whole && terms.includes(prefix)) return [{ text: prefix, exact: true }]
    return terms.some((term) => term.startsWith(prefix)) ? [{ text: prefix, exact: false }] : []
  })
  if (prefixes.length) return prefixes
  const typed = fold(word.word)
  let longest: string | null = null
  for (const term of Object.keys(shardOf(typed))) {
    if (term.length >= 4 && term.length >= typed.length * 0.6 && typed.startsWith(term) && term.length > (longest?.length ?? 0))
      longest = term
  }
  return longest ? [{ text: longest, exact: true }] : []
}

/** Per resource, how well it matches one query word (0: not at all) and whether the word is in its title; `docs` lists those matching. */
interface WordMatches {
  prefixes: Prefix[]
  score: Float64Array
  inTitle: Uint8Array
  docs: number[]
}

/**
 * Scores each resource for one query word: the best of the terms its
 * prefixes start, a rarer term and a closer match counting more ("form"
 * finds "formation", below "form" itself).
 */
function wordMatches(prefixes: Prefix[], shardOf: ShardOf, count: number): WordMatches {
  const matches: WordMatches = { prefixes, score: new Float64Array(count), inTitle: new Uint8Array(count), docs: [] }
  for (const prefix of prefixes) {
    for (const [term, occurrences] of Object.entries(shardOf(prefix.text))) {
      if (!finds(prefix, term)) continue
      const rarity = Math.log(1 + count / (occurrences.length / 2))
      const closeness = term === prefix.text ? 1 : 0.5 + (0.4 * prefix.text.length) / term.length
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
  }
  return matches
}

/** A title with every word searched by beats one where some words are only in the body. */
const wholeTitleBonus = 2
/** Above this many words, a query that no resource wholly matches drops its words one by one rather than trying every combination. */
const maxCombinedWords = 8

/** The resources having every word of `used` (positions in `perWord`). */
function having(perWord: readonly WordMatches[], used: readonly number[]): number[] {
  const lists = used.map((index) => perWord[index] as WordMatches).sort((a, b) => a.docs.length - b.docs.length)
  const [rarest, ...others] = lists
  return rarest ? rarest.docs.filter((doc) => others.every((word) => (word.score[doc] ?? 0) > 0)) : []
}

/** Each combination of `size` positions among `0…count-1`. */
function* combinations(count: number, size: number, from = 0): Generator<number[]> {
  if (size === 0) yield []
  else
    for (let first = from; first <= count - size; first++)
      for (const rest of combinations(count, size - 1, first + 1)) yield [first, ...rest]
}

/**
 * The resources to show and their scores. Those having every word, when
 * there are; else those having the most words: of the combinations with the
 * most words some resource has, the one with the rarest words (they say
 * most about what is looked for). `used` says which words the results have;
 * the others are the ones the page says were ignored.
 */
function bestMatches(perWord: readonly WordMatches[], count: number): { docs: number[]; score: Float64Array; used: number[] } {
  const score = new Float64Array(count)
  const scoreOf = (doc: number, used: readonly number[]) => {
    let sum = 0
    let titled = true
    perWord.forEach((word, index) => {
      sum += word.score[doc] ?? 0
      if (used.includes(index)) titled &&= word.inTitle[doc] === 1
    })
    return titled ? sum * wholeTitleBonus : sum
  }
  const all = perWord.map((_, index) => index)
  const rarity = perWord.map((word) => Math.log(count / Math.max(1, word.docs.length)))
  let best: { docs: number[]; used: number[]; rarity: number } | null = null
  if (perWord.length <= maxCombinedWords) {
    for (let size = perWord.length; size > 0 && !best; size--) {
      for (const used of combinations(perWord.length, size)) {
        const docs = having(perWord, used)
        const usedRarity = used.reduce((sum, index) => sum + (rarity[index] ?? 0), 0)
        if (docs.length && (!best || usedRarity > best.rarity)) best = { docs, used, rarity: usedRarity }
      }
    }
  } else {
    // Dropping first the words fewest resources have.
    const used = all
      .filter((index) => (perWord[index]?.docs.length ?? 0) > 0)
      .sort((a, b) => (perWord[a]?.docs.length ?? 0) - (perWord[b]?.docs.length ?? 0))
    while (used.length && !having(perWord, used).length) used.splice(0, 1)
    best = { docs: having(perWord, used), used, rarity: 0 }
  }
  if (!best) return { docs: [], score, used: [] }
  for (const doc of best.docs) score[doc] = scoreOf(doc, best.used)
  return { docs: best.docs, score, used: best.used }
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

/**
 * Types ranked after the library's resources when a query matches: events and groups (the agenda and the
 * directory are where they are looked for), and visuals, whose short texts (a title, a picture's
 * description) would otherwise outrank the trainings and videos that explain the same subject.
 */
const laterTypes = new Set(['events', 'groups', 'visuals'])

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
  /** The analyzers of the page's language, then of the other languages of its texts (French, standing in for translations). */
  const loadAnalyzers = async (index: IndexMeta) => {
    const languages = [locale, ...index.facets.language.filter((language) => language !== locale)]
    const loaded = await Promise.all(languages.map(async (language) => [language, await analyzerFor(language)] as const))
    return { byLanguage: new Map(loaded), all: loaded.map(([, analyzer]) => analyzer) as [Analyzer, ...Analyzer[]] }
  }
  /** How each word of a query matches, every term file the words need fetched at once: one round trip. */
  const matchQuery = async (index: IndexMeta, query: Query) => {
    const shardsOf = (text: string) => shardsStarting(text, index.shards, index.split)
    const needed = [...new Set(query.words.flatMap((word) => [...word.terms, fold(word.word)].flatMap(shardsOf)))]
    const shards = new Map(
      await Promise.all(
        needed.map(
          async (shard) => [shard, index.shards.includes(shard) ? await file<Shard>(index, `terms/${shardFile(shard)}`) : {}] as const,
        ),
      ),
    )
    const shardOfText: ShardOf = (text) => {
      const [first, ...others] = shardsOf(text).map((shard) => shards.get(shard) ?? {})
      return others.length ? Object.assign({}, first, ...others) : (first ?? {})
    }
    return query.words.map((word) => wordMatches(prefixesOf(word, shardOfText), shardOfText, index.count))
  }

  return {
    async search(text, filters: Filters, sort = 'relevance', limit = hitsPerPage) {
      const index = await loadMeta()
      const analyzers = await loadAnalyzers(index)
      const query = queryOf(text, analyzers.all)
      const perWord = await matchQuery(index, query)
      // Resources matching every word (else the most words), with their scores; without a text (filters alone), every resource.
      const matched = text.trim() ? bestMatches(perWord, index.count) : null
      const matching = matched ? matched.docs : Array.from({ length: index.count }, (_, doc) => doc)
      const dropped = matched ? query.words.filter((_, position) => !matched.used.includes(position)).map((word) => word.word) : []
      const prefixes = perWord.flatMap((word, position) => (matched?.used.includes(position) ? word.prefixes : []))

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

      // The newest first, or the best matches: equal ones stay in the files' order (by theme and type), so
      // that the results shown share few files. Each resource's age is fetched for the newest order only.
      const newest = sort === 'newest' || !matched
      const ages = newest ? await file<number[]>(index, 'age.json') : []
      const age = (doc: number) => ages[doc] ?? doc
      // The library's answers first: events, groups and visuals follow them, unless the query names their type ("visuel").
      const named = new Set(query.words.flatMap((word) => word.terms.flatMap((term) => index.namedTypes[term] ?? [])))
      const later = (doc: number) => {
        const type = index.facets.type[index.type[doc] ?? -1] ?? ''
        return named.has(type) ? 0 : laterTypes.has(type) ? 2 : 1
      }
      const shown = firstOf(
        results,
        newest ? (a, b) => age(a) - age(b) : (a, b) => later(a) - later(b) || (matched.score[b] ?? 0) - (matched.score[a] ?? 0) || a - b,
        limit,
      )
      const docs = await Promise.all(
        shown.map(async (doc) => (await file<IndexedDoc[]>(index, `docs/${Math.floor(doc / docsPerFile)}.json`))[doc % docsPerFile]),
      )
      const hits: SearchHit[] = docs.flatMap((doc) =>
        doc
          ? [
              {
                url: doc.url,
                title: markWords(doc.title, matcherOf(analyzers.byLanguage.get(doc.language ?? locale), prefixes)),
                excerpt: excerptOf(doc, matcherOf(analyzers.byLanguage.get(doc.language ?? locale), prefixes)),
                type: doc.type,
                language: doc.language,
                date: doc.date,
              },
            ]
          : [],
      )
      return {
        total: results.length,
        facets,
        hits,
        // Stop words are left out of every query; they are named with the words the results lack, or when they are all it has.
        ignored: dropped.length || !query.words.length ? inQueryOrder(text, [...query.stopWords, ...dropped]) : [],
      }
    },
    async correct(text) {
      // The vocabulary (the bulk of a language's bytes for a query) only when a word is unknown to the index.
      const index = await loadMeta()
      const query = queryOf(text, (await loadAnalyzers(index)).all)
      const perWord = await matchQuery(index, query)
      // Words too short to correct are not worth the vocabulary's bytes.
      const unknown = new Set(
        query.words
          .filter((word, position) => !perWord[position]?.prefixes.length && fold(word.word).length >= minTypoLength)
          .map((word) => word.word),
      )
      if (!unknown.size) return null
      // The parts of the vocabulary with the words one edit away from them.
      const lengths = [...new Set([...unknown].flatMap(lengthsNear))].filter((length) => index.vocabulary.includes(length))
      const parts = await Promise.all(
        lengths.map((length) => file<Vocabulary>(index, `vocabulary/${length}.json`).catch((): Vocabulary => [])),
      )
      return didYouMean(text, joinedVocabulary(parts), (word) => unknown.has(word))
    },
  }
}
