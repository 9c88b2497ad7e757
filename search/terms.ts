import { fold, wordsOf } from './vocabulary'

/**
 * How the static index cuts text into terms, at build time and in the
 * browser alike: words folded (case, accents), one-letter words and each
 * language's commonest words left out (they would match every resource).
 */

const stopWords: Record<string, readonly string[]> = {
  fr: [
    'le',
    'la',
    'les',
    'un',
    'une',
    'des',
    'de',
    'du',
    'et',
    'en',
    'au',
    'aux',
    'ou',
    'pour',
    'par',
    'sur',
    'dans',
    'que',
    'qui',
    'est',
    'ce',
    'ces',
    'se',
    'sa',
    'son',
    'ses',
  ],
  en: ['the', 'an', 'of', 'and', 'to', 'in', 'on', 'for', 'is', 'are', 'by', 'or', 'with', 'it', 'its', 'as', 'at'],
  es: ['el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'en', 'por', 'para', 'con', 'que', 'se', 'su', 'sus', 'al', 'lo'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'und', 'zu', 'in', 'im', 'mit', 'von', 'auf', 'fur', 'ist'],
  it: ['il', 'lo', 'la', 'gli', 'le', 'un', 'una', 'di', 'del', 'della', 'e', 'in', 'per', 'con', 'che', 'da', 'al'],
  pt: ['o', 'os', 'as', 'um', 'uma', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'por', 'para', 'com', 'que', 'se'],
  ar: ['في', 'من', 'على', 'الى', 'إلى', 'عن', 'مع', 'و'],
}
const stopSets = new Map(Object.entries(stopWords).map(([locale, words]) => [locale, new Set(words.map(fold))]))

/** The terms of a text in a language: folded, in order, repeats kept. */
export function termsOf(text: string, locale: string): string[] {
  const stop = stopSets.get(locale)
  return wordsOf(text)
    .map(fold)
    .filter((term) => term.length > 1 && !stop?.has(term))
}

/** A word of a query, and the prefix it finds terms by: a plural finds its singular ("elections" → "election…"). */
export interface QueryWord {
  word: string
  prefix: string
}

export function queryWords(text: string, locale: string): QueryWord[] {
  return [...new Set(termsOf(text, locale))].map((word) => ({
    word,
    prefix: word.length >= 5 && /[sx]$/.test(word) ? word.slice(0, -1) : word,
  }))
}

/** Terms are stored in files by their first two letters: a query word loads one file, and finds every term it starts. */
export const shardOf = (term: string) => term.slice(0, 2)

/** A shard's file name: letters a–z and digits as they are, anything else (Arabic, œ…) as its code point. */
export const shardFile = (shard: string) => `${shard.replace(/[^a-z0-9]/g, (char) => `_${char.codePointAt(0)?.toString(16)}`)}.json`
