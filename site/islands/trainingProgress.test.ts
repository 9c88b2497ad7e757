import { describe, expect, it } from 'vitest'

import ar from '../i18n/ar.json' with { type: 'json' }
import en from '../i18n/en.json' with { type: 'json' }
import fr from '../i18n/fr.json' with { type: 'json' }
import { nextStep, pluralFormsOf, progressText } from './trainingProgress'

describe('progressText', () => {
  const french = pluralFormsOf(fr.training, 'progress', 'fr')
  const english = pluralFormsOf(en.training, 'progress', 'en')

  it('agrees with the number of lessons finished, in French and English', () => {
    expect(progressText(french, 'fr', 0, 5)).toBe('0 leçon terminée sur 5')
    expect(progressText(french, 'fr', 1, 5)).toBe('1 leçon terminée sur 5')
    expect(progressText(french, 'fr', 2, 5)).toBe('2 leçons terminées sur 5')
    expect(progressText(english, 'en', 1, 5)).toBe('1 lesson finished out of 5')
    expect(progressText(english, 'en', 0, 5)).toBe('0 lessons finished out of 5')
    expect(progressText(english, 'en', 3, 5)).toBe('3 lessons finished out of 5')
  })

  it('never shows the "(s)" of one form for all', () => {
    for (const done of [0, 1, 2, 5]) expect(progressText(french, 'fr', done, 5)).not.toContain('(s)')
  })

  it('writes both numbers in the language’s digits and takes each of its plural forms', () => {
    const arabic = pluralFormsOf(ar.training, 'progress', 'ar')
    expect(Object.keys(arabic).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero'])
    const digits = new Intl.NumberFormat('ar')
    expect(progressText(arabic, 'ar', 3, 12)).toContain(digits.format(3))
    expect(progressText(arabic, 'ar', 3, 12)).toContain(digits.format(12))
    expect(progressText(arabic, 'ar', 3, 12)).not.toMatch(/\{\{/)
  })

  it('falls back on the `other` form of a category the strings lack', () => {
    expect(progressText({ other: '{{count, number}} sur {{total}}' }, 'fr', 1, 2)).toBe('1 sur 2')
  })
})

describe('nextStep', () => {
  const lessons = ['one', 'two', 'three']

  it('starts at the first lesson while none is finished', () => {
    expect(nextStep(lessons, new Set())).toEqual({ action: 'start', lesson: 'one' })
    // A lesson the training no longer has counts for nothing.
    expect(nextStep(lessons, new Set(['gone']))).toEqual({ action: 'start', lesson: 'one' })
  })

  it('resumes at the first lesson not finished, once one is', () => {
    expect(nextStep(lessons, new Set(['one']))).toEqual({ action: 'resume', lesson: 'two' })
    expect(nextStep(lessons, new Set(['two']))).toEqual({ action: 'resume', lesson: 'one' })
  })

  it('offers to review the training from the start once every lesson is finished', () => {
    expect(nextStep(lessons, new Set(lessons))).toEqual({ action: 'review', lesson: 'one' })
  })

  it('has nothing to offer in a training without lessons', () => {
    expect(nextStep([], new Set())).toBeNull()
  })
})
