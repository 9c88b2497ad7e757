/**
 * "Did you mean": the static index finds words by prefix, not by spelling, so
 * a query word with a typo finds nothing. The words of each language's
 * records, with how often they occur, let the search island propose the
 * nearest known word (one letter added, missing, changed or two swapped).
 */

/** Case and accents folded: "Élections" → "elections". */
export const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

export const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? []

/** Shorter words are too often one letter away from another real word. */
export const minTypoLength = 5
const minWordLength = 4
/** The most frequent words are kept: enough for any real query, and the file stays a few KB. */
const maxWords = 20_000

/** A language's words (lower case, as written) and their counts, most frequent first. */
export type Vocabulary = [word: string, count: number][]

export function vocabularyOf(records: readonly { title: string; summary: string; themes: readonly string[]; text: string }[]): Vocabulary {
  const counts = new Map<string, number>()
  for (const record of records) {
    for (const word of wordsOf([record.title, record.summary, record.themes.join(' '), record.text].join(' '))) {
      if (word.length < minWordLength || /^\d+$/.test(word)) continue
      const lower = word.toLowerCase()
      counts.set(lower, (counts.get(lower) ?? 0) + 1)
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, maxWords)
}

/**
 * A vocabulary cut by the length of its folded words, each part most frequent first: a word one edit
 * away from a word of n letters has n - 1, n or n + 1 (`lengthsNear`), so a correction loads three
 * parts, not the whole vocabulary (the bulk of a first query's bytes when a word needs one).
 */
export function vocabularyByLength(vocabulary: Vocabulary): Map<number, Vocabulary> {
  const parts = new Map<number, Vocabulary>()
  for (const entry of vocabulary) {
    const length = fold(entry[0]).length
    const part = parts.get(length) ?? []
    part.push(entry)
    parts.set(length, part)
  }
  return parts
}

/** The lengths of the folded words one edit away from `word`. */
export const lengthsNear = (word: string): number[] => {
  const length = fold(word).length
  return [length - 1, length, length + 1]
}

/** Parts of a vocabulary put back together, in its order: most frequent first. */
export const joinedVocabulary = (parts: readonly Vocabulary[]): Vocabulary =>
  parts.flat().sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))

/** Whether two words are at most one edit apart (insertion, deletion, substitution, transposition). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const [restA, restB] = [a.slice(start, endA), b.slice(start, endB)]
  if (restA.length <= 1 && restB.length <= 1) return true
  // Two neighbouring letters swapped: "fromation" / "formation".
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0]
}

/**
 * The query with each unknown word of 5+ letters replaced by the most frequent
 * known word one edit away; null when no word needs (or has) a correction.
 * A word that starts a known word (of those given) is left alone: the index finds it by prefix.
 * `unknown` says which words the index found nothing for: only those are corrected.
 */
export function didYouMean(query: string, vocabulary: Vocabulary, unknown: (word: string) => boolean): string | null {
  const known = vocabulary.map(([word, count]) => ({ word, folded: fold(word), count }))
  let changed = false
  const corrected = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const folded = fold(word)
    if (!unknown(word) || folded.length < minTypoLength || known.some((entry) => entry.folded.startsWith(folded))) return word
    const best = known.find((entry) => oneEditApart(folded, entry.folded))
    if (!best) return word
    changed = true
    return best.word
  })
  return changed ? corrected : null
}
