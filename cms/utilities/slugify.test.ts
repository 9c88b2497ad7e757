import { describe, expect, it } from 'vitest'

import { isSlug, slugify } from './slugify'

describe('slugify', () => {
  it('folds accents, ligatures and punctuation into hyphenated ASCII', () => {
    expect(slugify('Prendre la parole en réunion publique')).toBe('prendre-la-parole-en-reunion-publique')
    expect(slugify('  Œuvrer pour l’écologie !  ')).toBe('oeuvrer-pour-l-ecologie')
    expect(slugify('6e République : le RIC')).toBe('6e-republique-le-ric')
  })

  it('keeps slugs short and valid', () => {
    const slug = slugify('mot '.repeat(60))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(isSlug(slug)).toBe(true)
  })

  it('recognises valid slugs only', () => {
    expect(isSlug('la-dette-publique')).toBe(true)
    expect(isSlug('La-Dette')).toBe(false)
    expect(isSlug('dette--publique')).toBe(false)
    expect(isSlug('-dette')).toBe(false)
    expect(isSlug('réunion')).toBe(false)
  })
})
