import { loadStemmer, type Stemmer } from './stemmers'
import { stopWordsOf } from './stopWords'
import { fold, wordsOf } from './vocabulary'

/**
 * How the static index cuts text into terms, at build time and in the
 * browser alike: each word lower-cased, stemmed in the language of its text
 * ("élections" and "élection" both give "elect"), then folded (accents off);
 * one-letter words and the language's stop words (search/stopWords.ts) left
 * out. Index and queries go through the same analyzers, so they meet on stems.
 */
export interface Analyzer {
  /** The term of one word, or null for a stop word or a one-letter word. */
  termOf(word: string): string | null
  /** The terms of a text, in order, repeats kept. */
  termsOf(text: string): string[]
}

/** A query word: as typed, and its terms (in the page's language, then in the other languages of the texts searched). */
export interface QueryWord {
  word: string
  terms: string[]
}

export interface Query {
  words: QueryWord[]
  /** Left out, and said so when nothing has every word. */
  stopWords: string[]
}

export function analyzer(locale: string, stem: Stemmer): Analyzer {
  const stop = new Set(stopWordsOf(locale).map(fold))
  // Stemming costs microseconds a word, and a language has far fewer words than its texts: each is stemmed once.
  const terms = new Map<string, string | null>()
  const termOf = (word: string) => {
    let term = terms.get(word)
    if (term === undefined) {
      const folded = fold(word)
      const stemmed = folded.length < 2 || stop.has(folded) ? null : fold(stem(word.toLowerCase()))
      term = stemmed === null ? null : stemmed.length > 1 ? stemmed : folded
      terms.set(word, term)
    }
    return term
  }
  return { termOf, termsOf: (text) => wordsOf(text).flatMap((word) => termOf(word) ?? []) }
}

/**
 * The words of a query searched, the first ones: no question has more, and a query in a link (the
 * search page searches its `?q=` at once) costs a phone no more, nor does its correction, which
 * compares each unknown word with the whole vocabulary.
 */
export const maxQueryWords = 32

/**
 * A query's words, each once, with its terms: by the page's language's
 * analyzer, then by those of the other languages of the texts searched (an
 * untranslated resource's French text is stemmed as French). A stop word of
 * the page's language is left out.
 */
export function queryOf(text: string, [own, ...others]: readonly [Analyzer, ...Analyzer[]]): Query {
  const words = new Map<string, QueryWord>()
  const stopWords = new Set<string>()
  for (const word of wordsOf(text).slice(0, maxQueryWords)) {
    const term = own.termOf(word)
    if (term === null) {
      if (fold(word).length > 1) stopWords.add(word)
    } else if (!words.has(term)) {
      const terms = new Set([term, ...others.flatMap((analyzer) => analyzer.termOf(word) ?? [])])
      words.set(term, { word, terms: [...terms] })
    }
  }
  return { words: [...words.values()], stopWords: [...stopWords] }
}

const analyzers = new Map<string, Promise<Analyzer>>()

/** A language's analyzer, once its stemmer is loaded (once). */
export function analyzerFor(locale: string): Promise<Analyzer> {
  const loading = analyzers.get(locale) ?? loadStemmer(locale).then((stem) => analyzer(locale, stem))
  analyzers.set(locale, loading)
  loading.catch(() => analyzers.delete(locale))
  return loading
}

/** Terms are stored in files by their first two letters: a query word loads one file, and finds every term it starts. */
export const shardOf = (term: string) => term.slice(0, 2)

/**
 * A shard of two letters weighing more than this (JSON characters) is split by three letters (the
 * terms of two letters or fewer stay in it): a word's first query then fetches a few KB, not the
 * terms of every word that shares its two first letters ("po" at 10,000 trainings).
 */
export const maxShardLength = 24_000

/**
 * The shards holding the terms that start with `text`: the shard of its first two letters or, where
 * that one was split (`split`), of its first three; a text of two letters or fewer needs them all then.
 */
export function shardsStarting(text: string, shards: readonly string[], split: readonly string[]): string[] {
  const group = shardOf(text)
  if (!split.includes(group)) return [group]
  if (text.length > group.length) return [text.slice(0, 3)]
  return shards.filter((shard) => shard.startsWith(group))
}

/** A shard's file name: letters a–z and digits as they are, anything else (Arabic, œ…) as its code point. */
export const shardFile = (shard: string) => `${shard.replace(/[^a-z0-9]/g, (char) => `_${char.codePointAt(0)?.toString(16)}`)}.json`
