/**
 * Which interface strings a language must have, given the French reference: every key that is
 * not a plural form, and each plural key in every form its own grammar needs. Plural forms are
 * i18next's: `key_one`, `key_few`…, one per category Intl.PluralRules gives the language (what
 * i18next picks from). The site's test of its strings and the CMS's Translations dashboard both
 * decide with this.
 */

/** The suffix of a plural form: its category. */
export const pluralSuffix = /_(zero|one|two|few|many|other)$/

/** The plural categories of a language's grammar (English: one, other; Arabic: zero, one, two, few, many, other). */
export const pluralCategories = (locale: string): string[] => new Intl.PluralRules(locale).resolvedOptions().pluralCategories

/** Strings as one level of dotted keys: `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`; other leaves are kept as they are. */
export function flattenStrings(node: unknown, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) flattenStrings(value, prefix ? `${prefix}.${key}` : key, into)
  } else {
    into[prefix] = node
  }
  return into
}

/** The reference's keys: those that are not plural forms, and the plural keys without their suffix. */
export interface ReferenceKeys {
  simpleKeys: string[]
  pluralBases: string[]
}

/** What a reference (flattened) asks of every language. */
export function referenceKeys(reference: Record<string, unknown>): ReferenceKeys {
  const keys = Object.keys(reference)
  return {
    simpleKeys: keys.filter((key) => !pluralSuffix.test(key)),
    pluralBases: [...new Set(keys.filter((key) => pluralSuffix.test(key)).map((key) => key.replace(pluralSuffix, '')))],
  }
}

/** Every key `locale` must have: each simple key, and each plural key in every category of its grammar. */
export const requiredKeys = ({ simpleKeys, pluralBases }: ReferenceKeys, locale: string): string[] => [
  ...simpleKeys,
  ...pluralBases.flatMap((base) => pluralCategories(locale).map((category) => `${base}_${category}`)),
]

/** A value that counts as translated: a string with some text. */
export const isWritten = (value: unknown): boolean => typeof value === 'string' && value.trim() !== ''

/** The required keys `strings` (flattened) lacks or leaves empty, in the reference's order. */
export const missingKeys = (reference: ReferenceKeys, strings: Record<string, unknown>, locale: string): string[] =>
  requiredKeys(reference, locale).filter((key) => !isWritten(strings[key]))
