/**
 * What a clock on the wall shows at an instant in a time zone, in machine formats: the tract
 * customiser's date and time fields (`YYYY-MM-DD`, `HH:MM`) and schema.org's dates with their
 * offset (`2026-12-12T18:00:00+01:00`). People's formats are in eventTime.ts.
 */
export interface WallClock {
  /** `2026-12-12` */
  date: string
  /** `18:00` (24-hour) */
  time: string
  /** `+01:00`, `-05:00`, `+00:00` */
  offset: string
  /** `2026-12-12T18:00:00+01:00` */
  iso: string
}

const formatters = new Map<string, Intl.DateTimeFormat>()
const formatterIn = (timeZone: string) => {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

export function wallClockIn(instant: string, timeZone: string): WallClock {
  const parts = formatterIn(timeZone).formatToParts(new Date(instant))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? ''
  // "GMT+01:00", or plain "GMT" at UTC.
  const offset = part('timeZoneName').replace(/^GMT/, '') || '+00:00'
  const date = `${part('year')}-${part('month')}-${part('day')}`
  const time = `${part('hour')}:${part('minute')}`
  return { date, time, offset, iso: `${date}T${time}:${part('second')}${offset}` }
}
