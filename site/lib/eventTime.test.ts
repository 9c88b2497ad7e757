import { describe, expect, it } from 'vitest'

import { dayKeyIn, eventDayKey, formatDayKey, formatEventDate, formatEventTimeRange, formatEventTimeZone } from './eventTime'

const evening = { startsAt: '2026-12-12T17:00:00.000Z', endsAt: '2026-12-12T19:30:00.000Z', timeZone: 'Europe/Paris' }

describe('eventTime', () => {
  it('shows an event’s time in its own zone, whatever zone the build runs in', () => {
    expect(formatEventTimeRange(evening, 'fr')).toMatch(/^18:00\s–\s20:30$/)
    expect(formatEventTimeRange({ ...evening, timeZone: 'America/Guadeloupe' }, 'fr')).toMatch(/^13:00\s–\s15:30$/)
    expect(formatEventTimeRange(evening, 'en')).toMatch(/^6:00\s–\s8:30\sPM$/)
  })
  it('writes the day in the visitor’s language', () => {
    expect(formatEventDate(evening, 'fr')).toBe('samedi 12 décembre 2026')
    expect(formatEventDate(evening, 'en')).toBe('Saturday, December 12, 2026')
    expect(formatEventDate(evening, 'de')).toBe('Samstag, 12. Dezember 2026')
  })
  it('counts the day in the event’s zone: late at night in Paris is the next day in UTC', () => {
    const lateNight = { startsAt: '2026-12-12T23:30:00.000Z', endsAt: '2026-12-13T00:30:00.000Z', timeZone: 'Europe/Paris' }
    expect(eventDayKey(lateNight)).toBe('2026-12-13')
    expect(dayKeyIn(lateNight.startsAt, 'America/Guadeloupe')).toBe('2026-12-12')
    expect(formatEventTimeRange(lateNight, 'fr')).toMatch(/^00:30\s–\s01:30$/)
  })
  it('names both days of an event over several days', () => {
    const weekend = { startsAt: '2026-12-12T09:00:00.000Z', endsAt: '2026-12-13T16:00:00.000Z', timeZone: 'Europe/Paris' }
    expect(formatEventDate(weekend, 'fr')).toMatch(/^12\s?–\s?13 décembre 2026$/)
    expect(formatEventTimeRange(weekend, 'fr')).toMatch(/12 déc\..*10:00.*13 déc\..*17:00/)
  })
  it('names the zone and writes a day key as a heading', () => {
    expect(formatEventTimeZone(evening, 'fr')).toBe('heure d’Europe centrale')
    expect(formatDayKey('2026-12-13', 'fr')).toBe('dimanche 13 décembre 2026')
  })
})
