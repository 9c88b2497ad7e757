import { describe, expect, it } from 'vitest'

import { wallClockIn } from './wallClock'

describe('wallClockIn', () => {
  it("reads an instant on the zone's clock, summer and winter time included", () => {
    expect(wallClockIn('2026-12-12T17:00:00.000Z', 'Europe/Paris')).toEqual({
      date: '2026-12-12',
      time: '18:00',
      offset: '+01:00',
      iso: '2026-12-12T18:00:00+01:00',
    })
    expect(wallClockIn('2026-07-01T16:30:00Z', 'Europe/Paris').iso).toBe('2026-07-01T18:30:00+02:00')
  })

  it('changes the day when the zone is already on the next one, and writes UTC as +00:00', () => {
    expect(wallClockIn('2026-12-12T23:30:00Z', 'Indian/Reunion')).toMatchObject({ date: '2026-12-13', time: '03:30', offset: '+04:00' })
    expect(wallClockIn('2026-12-12T23:30:00Z', 'America/Cayenne').iso).toBe('2026-12-12T20:30:00-03:00')
    expect(wallClockIn('2026-12-12T00:05:00Z', 'UTC').iso).toBe('2026-12-12T00:05:00+00:00')
  })
})
