import { describe, expect, it } from 'vitest'

import { monthFinder, monthStartInFrance, yearInFrance } from './calendar'

describe('the calendar in France', () => {
  it('starts months at midnight in Paris, winter and summer time alike', () => {
    expect(monthStartInFrance(2026, 1).toISOString()).toBe('2025-12-31T23:00:00.000Z')
    expect(monthStartInFrance(2026, 4).toISOString()).toBe('2026-03-31T22:00:00.000Z')
    expect(monthStartInFrance(2026, 11).toISOString()).toBe('2026-10-31T23:00:00.000Z')
    expect(monthStartInFrance(2026, 13).toISOString()).toBe('2026-12-31T23:00:00.000Z')
    expect(yearInFrance(2026)).toEqual({ from: '2025-12-31T23:00:00.000Z', until: '2026-12-31T23:00:00.000Z' })
  })

  it('puts an instant in its month in France, and none outside the year', () => {
    const monthOf = monthFinder(2026)
    expect(monthOf('2025-12-31T23:00:00.000Z')).toBe(1)
    expect(monthOf('2025-12-31T22:59:59.999Z')).toBeNull()
    expect(monthOf('2026-03-31T22:30:00.000Z')).toBe(4)
    expect(monthOf('2026-03-31T21:59:59.000Z')).toBe(3)
    expect(monthOf('2026-12-31T22:59:59.000Z')).toBe(12)
    expect(monthOf('2026-12-31T23:00:00.000Z')).toBeNull()
  })
})
