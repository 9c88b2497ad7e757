import { describe, expect, it } from 'vitest'

import { formatBytes, formatClock, formatMinutes, isoDuration, languageName } from './format'

describe('format', () => {
  it('writes durations in the visitor’s language', () => {
    expect(formatMinutes('en', 75)).toMatch(/1 hr.*15 min/)
    expect(formatMinutes('fr', 45)).toMatch(/^45\smin$/)
    expect(formatMinutes('fr', 120)).toMatch(/^2\sh$/)
  })
  it('writes video lengths for people and machines', () => {
    expect(formatClock(188)).toBe('3:08')
    expect(isoDuration(188)).toBe('PT3M8S')
  })
  it('writes file sizes with the local decimal separator', () => {
    expect(formatBytes('fr', 1_530_000)).toMatch(/^1,5\sMo$/)
    expect(formatBytes('en', 900)).toMatch(/^900\sbyte$/)
  })
  it('names languages in the reader’s language', () => {
    expect(languageName('fr', 'es')).toBe('espagnol')
    expect(languageName('en', 'ar')).toBe('Arabic')
  })
})
