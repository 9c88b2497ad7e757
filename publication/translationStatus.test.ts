import { describe, expect, it } from 'vitest'

import { isFieldTranslated, isFullyTranslated } from './translationStatus'

const french = {
  id: 4,
  title: 'Prendre la parole',
  summary: 'Structurer une intervention.',
  durationMinutes: 45,
  modules: [{ id: 'a', title: 'Préparer', lessons: [{ id: 'b', title: 'Le message', body: { root: { children: [] } } }] }],
  meta: { title: 'SEO' },
}

describe('isFullyTranslated', () => {
  it('is true when every French text has its own translation', () => {
    const english = {
      ...french,
      title: 'Public speaking',
      summary: 'Structure a speech.',
      modules: [{ id: 'a', title: 'Prepare', lessons: [{ id: 'b', title: 'The message', body: { root: { children: [1] } } }] }],
      meta: {},
    }
    expect(isFullyTranslated(french, english)).toBe(true)
  })

  it('is false when only the title is translated, or a lesson still lacks its text', () => {
    expect(isFullyTranslated(french, { ...french, title: 'Public speaking', summary: null, modules: [] })).toBe(false)
    const lessonMissing = {
      ...french,
      title: 'Public speaking',
      summary: 'Structure a speech.',
      modules: [{ id: 'a', title: 'Prepare', lessons: [{ id: 'b', title: 'The message', body: null }] }],
    }
    expect(isFullyTranslated(french, lessonMissing)).toBe(false)
  })

  it('ignores what French leaves empty and what no one translates', () => {
    expect(isFullyTranslated({ title: 'A', description: '' }, { title: 'B', description: null })).toBe(true)
    expect(isFullyTranslated(undefined, undefined)).toBe(true)
  })
})

describe('isFieldTranslated', () => {
  it('looks at one field only', () => {
    const titleOnly = { ...french, title: 'Public speaking', summary: null, modules: [] }
    expect(isFieldTranslated(french, titleOnly, 'title')).toBe(true)
    expect(isFieldTranslated(french, titleOnly, 'summary')).toBe(false)
    expect(isFullyTranslated(french, titleOnly)).toBe(false)
    // A field French does not have needs no translation.
    expect(isFieldTranslated(french, titleOnly, 'question')).toBe(true)
  })
})
