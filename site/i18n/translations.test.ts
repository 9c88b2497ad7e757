import { describe, expect, it } from 'vitest'

import { localeCodes } from '../../publication/locales'
import { flattenStrings, isWritten, pluralCategories, pluralSuffix, referenceKeys, requiredKeys } from '../../publication/pluralForms'
import { uiStrings } from './index'

/**
 * Every language must carry every interface string of the French reference,
 * with the plural forms its own grammar needs (publication/pluralForms.ts, which
 * the CMS's Translations dashboard uses too), no stray keys and the same
 * `{{placeholders}}`. Each check collects all problems, so a failure lists them.
 */

const placeholders = (text: unknown): string[] => (typeof text === 'string' ? [...new Set(text.match(/\{\{[^}]*\}\}/g) ?? [])] : [])

const reference = flattenStrings(uiStrings.fr)
const referenced = referenceKeys(reference)
const { simpleKeys, pluralBases } = referenced

/** The French string a translated key is compared with: itself, or `_other` for a plural form. */
const frenchFor = (key: string, base?: string) => reference[base === undefined ? key : `${base}_other`]

describe('interface strings', () => {
  it('has a French reference with some plural keys, each with an `_other` form', () => {
    expect(simpleKeys.length).toBeGreaterThan(0)
    expect(pluralBases.length).toBeGreaterThan(0)
    expect(pluralBases.filter((base) => typeof reference[`${base}_other`] !== 'string')).toEqual([])
  })

  it('has one file per language of the hub, and none for another', () => {
    expect(Object.keys(uiStrings).sort()).toEqual([...localeCodes].sort())
  })

  describe.each(Object.keys(uiStrings) as (keyof typeof uiStrings)[])('%s', (locale) => {
    const strings = flattenStrings(uiStrings[locale])
    const categories = pluralCategories(locale)
    const expected = new Set(requiredKeys(referenced, locale))

    it('has every non-plural key as a non-empty string', () => {
      const problems = simpleKeys.filter((key) => !isWritten(strings[key])).map((key) => `${locale}: missing or empty "${key}"`)
      expect(problems).toEqual([])
    })

    it(`has every plural form its grammar needs (${categories.join(', ')})`, () => {
      const problems = pluralBases.flatMap((base) =>
        categories
          .map((category) => `${base}_${category}`)
          .filter((key) => !isWritten(strings[key]))
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
