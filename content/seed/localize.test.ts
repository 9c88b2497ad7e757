import { describe, expect, it } from 'vitest'

import { hasLocale, pickLocale, withRowIds } from './localize'

const seed = {
  slug: 'prise-de-parole',
  themes: ['ecologie'],
  title: { fr: 'Prendre la parole', en: 'Public speaking' },
  modules: [{ title: { fr: 'Module 1' }, lessons: [{ slug: 'a', title: { fr: 'Leçon', en: 'Lesson' } }] }],
}

describe('pickLocale', () => {
  it('keeps shared fields and French text for fr', () => {
    expect(pickLocale(seed, 'fr')).toEqual({
      slug: 'prise-de-parole',
      themes: ['ecologie'],
      title: 'Prendre la parole',
      modules: [{ title: 'Module 1', lessons: [{ slug: 'a', title: 'Leçon' }] }],
    })
  })

  it('keeps only translated text for another locale, leaving rows in place', () => {
    expect(pickLocale(seed, 'en')).toEqual({ title: 'Public speaking', modules: [{ lessons: [{ title: 'Lesson' }] }] })
  })

  it('knows which locales a value carries', () => {
    expect(hasLocale(seed, 'en')).toBe(true)
    expect(hasLocale(seed, 'ar')).toBe(false)
  })
})

describe('withRowIds', () => {
  it('copies row ids from the stored document, recursively', () => {
    const saved = { modules: [{ id: 'm1', lessons: [{ id: 'l1' }] }] }
    expect(withRowIds({ modules: [{ lessons: [{ title: 'Lesson' }] }] }, saved)).toEqual({
      modules: [{ id: 'm1', lessons: [{ id: 'l1', title: 'Lesson' }] }],
    })
  })
})
