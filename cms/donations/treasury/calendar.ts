/**
 * The calendar in France, where the law's year and the accounts' months run: the instant a month
 * starts there, as the database compares dates (ISO strings in UTC).
 */

const offsetFormat = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' })

/** Paris's offset from UTC at an instant, in minutes ("GMT+02:00" → 120). */
const parisOffsetMinutes = (at: Date) => {
  const name = offsetFormat.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? ''
  const match = /GMT([+-])(\d\d):(\d\d)/.exec(name)
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0
}

/**
 * Midnight on the 1st of a month (1–12; 13 is January of the next year) in France. Clocks change
 * on a Sunday night at the end of March and October, never at midnight on a 1st: the offset read
 * at UTC midnight is the one of local midnight.
 */
export function monthStartInFrance(year: number, month: number): Date {
  const utcMidnight = new Date(Date.UTC(year, month - 1, 1))
  return new Date(utcMidnight.getTime() - parisOffsetMinutes(utcMidnight) * 60_000)
}

/** The calendar year in France as an ISO range: from its first instant, up to the next year's. */
export const yearInFrance = (year: number) => ({
  from: monthStartInFrance(year, 1).toISOString(),
  until: monthStartInFrance(year + 1, 1).toISOString(),
})

/** The month (1–12) of the year an ISO instant falls in, in France, by the year's month starts. */
export const monthFinder = (year: number) => {
  const starts = Array.from({ length: 13 }, (_, index) => monthStartInFrance(year, index + 1).toISOString())
  return (iso: string): number | null => {
    const instant = new Date(iso).toISOString()
    if (instant < starts[0]! || instant >= starts[12]!) return null
    return starts.findLastIndex((start) => start <= instant) + 1
  }
}
