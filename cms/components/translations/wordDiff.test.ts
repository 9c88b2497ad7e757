import { describe, expect, it } from 'vitest'

import { wordDiff } from './wordDiff'

const side = (parts: ReturnType<typeof wordDiff>, kind: 'removed' | 'added') =>
  parts
    .filter((part) => part.kind === 'same' || part.kind === kind)
    .map((part) => part.text)
    .join('')

describe('wordDiff', () => {
  it('marks the words removed and added, the rest the same', () => {
    expect(wordDiff('Gratuité des transports en commun', 'Gratuité totale des transports publics')).toEqual([
      { kind: 'same', text: 'Gratuité ' },
      { kind: 'added', text: 'totale ' },
      { kind: 'same', text: 'des transports ' },
      { kind: 'removed', text: 'en commun' },
      { kind: 'added', text: 'publics' },
    ])
  })

  it('gives each text back from its side', () => {
    const before = 'Un texte\n\navec deux paragraphes et une fin.'
    const after = 'Un texte modifié\n\navec trois paragraphes, et une fin.'
    const parts = wordDiff(before, after)
    expect(side(parts, 'removed')).toBe(before)
    expect(side(parts, 'added')).toBe(after)
  })

  it('finds nothing changed in the same text, everything in texts with nothing in common', () => {
    expect(wordDiff('même texte', 'même texte')).toEqual([{ kind: 'same', text: 'même texte' }])
    expect(wordDiff('', 'nouveau')).toEqual([{ kind: 'added', text: 'nouveau' }])
    expect(wordDiff('ancien', '')).toEqual([{ kind: 'removed', text: 'ancien' }])
  })
})
