import { describe, expect, it } from 'vitest'

import { isOutdatedTranslation } from './textLanguage'

describe('isOutdatedTranslation', () => {
  it('is true for a translated text whose French original changed since', () => {
    expect(isOutdatedTranslation({ translated: true, translationOutdated: true }, 'es')).toBe(true)
  })

  it('is false when the translation is current', () => {
    expect(isOutdatedTranslation({ translated: true, translationOutdated: false }, 'es')).toBe(false)
  })

  it('is false on the French fallback, which says it is untranslated instead', () => {
    expect(isOutdatedTranslation({ translated: false, translationOutdated: true }, 'es')).toBe(false)
  })

  it('is never true in French, the original itself', () => {
    expect(isOutdatedTranslation({ translated: true, translationOutdated: true }, 'fr')).toBe(false)
  })
})
