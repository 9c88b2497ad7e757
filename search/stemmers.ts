/** A word (lower case, accents kept) → its stem. */
export type Stemmer = (word: string) => string

/**
 * Each language's stemmer, loaded on demand: a page loads its own language's
 * only (a few KB). Snowball stemmers (@orama/stemmers) for the Latin-script
 * languages, with what they miss taken off first: Portuguese -ões/-ães
 * plurals, German feminines in -erin/-erinnen.
 */
const loaders: Record<string, () => Promise<Stemmer>> = {
  fr: async () => (await import('@orama/stemmers/french')).stemmer,
  en: async () => (await import('@orama/stemmers/english')).stemmer,
  es: async () => (await import('@orama/stemmers/spanish')).stemmer,
  it: async () => (await import('@orama/stemmers/italian')).stemmer,
  de: async () => {
    const { stemmer } = await import('@orama/stemmers/german')
    return (word) => stemmer(word.replace(/erin(nen)?$/, 'er'))
  },
  pt: async () => {
    const { stemmer } = await import('@orama/stemmers/portuguese')
    return (word) => stemmer(word.replace(/[õã]es$/, 'ão'))
  },
  ar: async () => (await import('./arabicStemmer')).stemArabic,
}

/** A language's stemmer; a language without one keeps its words whole. */
export const loadStemmer = (locale: string): Promise<Stemmer> => loaders[locale]?.() ?? Promise.resolve((word: string) => word)
