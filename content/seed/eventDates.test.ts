import { describe, expect, it } from 'vitest'

import { addDays, calendarDateIn, wallClockInstant } from './eventDates'

describe('demo event dates', () => {
  it('reads the calendar date in the given time zone', () => {
    const lateEveningInLondon = new Date('2026-03-28T23:30:00Z')
    expect(calendarDateIn(lateEveningInLondon, 'Europe/Paris')).toBe('2026-03-29')
    expect(calendarDateIn(lateEveningInLondon, 'UTC')).toBe('2026-03-28')
  })

  it('adds days across months and years, forwards and back', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })

  it('turns a wall-clock time into the instant, summer time and winter time alike', () => {
    expect(wallClockInstant('2026-01-15', '18:30', 'Europe/Paris').toISOString()).toBe('2026-01-15T17:30:00.000Z')
    expect(wallClockInstant('2026-07-15', '18:30', 'Europe/Paris').toISOString()).toBe('2026-07-15T16:30:00.000Z')
    // The day clocks go forward in Paris (29 March 2026, at 02:00): 10:00 is already summer time.
    expect(wallClockInstant('2026-03-29', '10:00', 'Europe/Paris').toISOString()).toBe('2026-03-29T08:00:00.000Z')
    expect(wallClockInstant('2026-07-15', '18:00', 'Indian/Reunion').toISOString()).toBe('2026-07-15T14:00:00.000Z')
  })
})
