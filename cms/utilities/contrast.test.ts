import { describe, expect, it } from 'vitest'

import { contrastRatio } from './contrast'

describe('contrastRatio', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5)
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })

  it('returns null for malformed colours', () => {
    expect(contrastRatio('red', '#ffffff')).toBeNull()
    expect(contrastRatio('#fff', '#ffffff')).toBeNull()
  })
})
