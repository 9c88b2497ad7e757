import { describe, expect, it } from 'vitest'

import { flattenStrings, missingKeys, referenceKeys, requiredKeys } from './pluralForms'

const reference = referenceKeys(flattenStrings({ a: { b: 'x', n_one: 'un', n_other: 'des' }, c: 'y' }))

describe('plural forms', () => {
  it('flattens nested strings to dotted keys, and splits plural keys from the others', () => {
    expect(reference).toEqual({ simpleKeys: ['a.b', 'c'], pluralBases: ['a.n'] })
  })

  it('asks each language for the plural forms of its own grammar', () => {
    expect(requiredKeys(reference, 'en')).toEqual(['a.b', 'c', 'a.n_one', 'a.n_other'])
    expect(requiredKeys(reference, 'ar')).toEqual(['a.b', 'c', 'a.n_zero', 'a.n_one', 'a.n_two', 'a.n_few', 'a.n_many', 'a.n_other'])
  })

  it('counts a key missing when it is absent, empty or not a string', () => {
    expect(missingKeys(reference, { 'a.b': ' ', c: 3, 'a.n_one': 'one', 'a.n_other': 'many' }, 'en')).toEqual(['a.b', 'c'])
  })
})
