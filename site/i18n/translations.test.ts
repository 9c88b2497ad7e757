import { describe, expect, it } from 'vitest'

import { localeCodes } from '../../publication/locales'
import { uiStrings } from './index'

/**
 * Every language must carry every interface string of the French reference,
 * with the plural forms its own grammar needs (per Intl.PluralRules, which is
 * what i18next uses to pick `key_one`, `key_few`…), no stray keys and the same
 * `{{placeholders}}`. Each check collects all problems, so a failure lists them.
 */

const pluralSuffix = /_(zero|one|two|few|many|other)$/

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`; non-string leaves are kept as they are. */
function flatten(node: unknown, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, into)
  } else {
    into[prefix] = node
  }
  return into
}

const placeholders = (text: unknown): string[] => (typeof text === 'string' ? [...new Set(text.match(/\{\{[^}]*\}\}/g) ?? [])] : [])

const categoriesOf = (locale: string) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[]

const reference = flatten(uiStrings.fr)
const simpleKeys = Object.keys(reference).filter((key) => !pluralSuffix.test(key))
const pluralBases = [
  ...new Set(
    Object.keys(reference)
      .filter((key) => pluralSuffix.test(key))
      .map((key) => key.replace(pluralSuffix, '')),
  ),
]

/** The French string a translated key is compared with: itself, or `_other` for a plural form. */
const frenchFor = (key: string, base?: string) => reference[base === undefined ? key : `${base}_other`]

describe('interface strings', () => {
  it('has a French reference with some plural keys, each with an `_other` form', () => {
    expect(simpleKeys.length).toBeGreaterThan(0)
    expect(pluralBases.length).toBeGreaterThan(0)
    expect(pluralBases.filter((base) => typeof reference[`${base}_other`] !== 'string')).toEqual([])
  })

  describe.each(localeCodes)('%s', (locale) => {
    const strings = flatten(uiStrings[locale])
    const categories = categoriesOf(locale)
    const expected = new Set([...simpleKeys, ...pluralBases.flatMap((base) => categories.map((category) => `${base}_${category}`))])

    it('has every non-plural key as a non-empty string', () => {
      const problems = simpleKeys
        .filter((key) => typeof strings[key] !== 'string' || (strings[key] as string).trim() === '')
        .map((key) => `${locale}: missing or empty "${key}"`)
      expect(problems).toEqual([])
    })

    it(`has every plural form its grammar needs (${categories.join(', ')})`, () => {
      const problems = pluralBases.flatMap((base) =>
        categories
          .map((category) => `${base}_${category}`)
          .filter((key) => typeof strings[key] !== 'string' || (strings[key] as string).trim() === '')
          .map((key) => `${locale}: missing or empty plural form "${key}"`),
      )
      expect(problems).toEqual([])
    })

    it('has no keys the French reference lacks', () => {
      const problems = Object.keys(strings)
        .filter((key) => !expected.has(key))
        .map((key) =>
          pluralSuffix.test(key) && pluralBases.includes(key.replace(pluralSuffix, ''))
            ? `${locale}: plural form "${key}" is not a category of ${locale} (${categories.join(', ')})`
            : `${locale}: stray key "${key}" (not in fr.json)`,
        )
      expect(problems).toEqual([])
    })

    it('keeps every placeholder of the French string', () => {
      const problems: string[] = []
      for (const key of Object.keys(strings)) {
        const base = pluralSuffix.test(key) ? key.replace(pluralSuffix, '') : undefined
        if (base !== undefined ? !pluralBases.includes(base) : !simpleKeys.includes(key)) continue // reported as stray
        const missing = placeholders(frenchFor(key, base)).filter((placeholder) => !placeholders(strings[key]).includes(placeholder))
        if (missing.length) problems.push(`${locale}: "${key}" lacks ${missing.join(', ')}`)
      }
      expect(problems).toEqual([])
    })
  })
})
