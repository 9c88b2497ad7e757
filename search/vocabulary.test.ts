import { describe, expect, it } from 'vitest'

import { didYouMean, fold, joinedVocabulary, lengthsNear, oneEditApart, vocabularyByLength, vocabularyOf } from './vocabulary'

const vocabulary = vocabularyOf([
  {
    title: 'Prendre la parole en public',
    summary: 'Une formation pour débuter',
    themes: ['Démocratie'],
    text: 'formation formation élections référendum',
  },
  { title: 'Formulaire', summary: 'Remplir le formulaire', themes: [], text: 'forme' },
])

describe('did you mean', () => {
  it('folds case and accents', () => {
    expect(fold('Élections')).toBe('elections')
  })

  it('counts words of four letters or more, most frequent first', () => {
    expect(vocabulary[0]).toEqual(['formation', 3])
    expect(vocabulary.map(([word]) => word)).not.toContain('la')
  })

  it('knows one edit from two', () => {
    expect(oneEditApart('formaton', 'formation')).toBe(true)
    expect(oneEditApart('fromation', 'formation')).toBe(true)
    expect(oneEditApart('formatiom', 'formation')).toBe(true)
    expect(oneEditApart('frmaton', 'formation')).toBe(false)
  })

  const anyWord = () => true

  it('corrects a typo in a word of five letters or more, keeping the rest of the query', () => {
    expect(didYouMean('formaton', vocabulary, anyWord)).toBe('formation')
    expect(didYouMean('prendre la parol en pubic', vocabulary, anyWord)).toBe('prendre la parol en public')
    expect(didYouMean('referendun', vocabulary, anyWord)).toBe('référendum')
  })

  it('leaves known words, prefixes and short words alone', () => {
    expect(didYouMean('formation', vocabulary, anyWord)).toBeNull()
    expect(didYouMean('form', vocabulary, anyWord)).toBeNull()
    expect(didYouMean('forma', vocabulary, anyWord)).toBeNull()
    expect(didYouMean('pubc', vocabulary, anyWord)).toBeNull()
  })

  it('corrects only the words the index found nothing for', () => {
    expect(didYouMean('formaton publics', vocabulary, (word) => word === 'formaton')).toBe('formation publics')
    expect(didYouMean('formaton', vocabulary, () => false)).toBeNull()
  })

  it('cuts the vocabulary by the length of its folded words, and puts three parts back in its order', () => {
    const parts = vocabularyByLength(vocabulary)
    expect(parts.get(9)?.map(([word]) => word)).toEqual(['formation', 'élections'])
    expect([...parts.values()].flat()).toHaveLength(vocabulary.length)
    expect(lengthsNear('Élection')).toEqual([7, 8, 9])
    const near = joinedVocabulary(lengthsNear('formaton').map((length) => parts.get(length) ?? []))
    expect(near[0]).toEqual(['formation', 3])
    expect(didYouMean('formaton', near, anyWord)).toBe('formation')
  })
})
