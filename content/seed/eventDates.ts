/** The calendar date (YYYY-MM-DD) it is at `now` in `timeZone`. */
export const calendarDateIn = (now: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)

/** The calendar date `days` days after `date` (YYYY-MM-DD; negative: before). */
export const addDays = (date: string, days: number): string => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}

/** How far ahead of UTC the clocks of `timeZone` are at `instant`, in milliseconds. */
const offsetAt = (instant: number, timeZone: string): number => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value)
  const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  return wallClock - Math.floor(instant / 1000) * 1000
}

/**
 * The instant at which clocks in `timeZone` show `date` (YYYY-MM-DD) at `time` (HH:MM). The
 * offset is looked up twice, at the first guess and at the result, so that a date on the other
 * side of a daylight-saving change gets its own offset.
 */
export const wallClockInstant = (date: string, time: string, timeZone: string): Date => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute)
  const guess = asIfUtc - offsetAt(asIfUtc, timeZone)
  return new Date(asIfUtc - offsetAt(guess, timeZone))
}
