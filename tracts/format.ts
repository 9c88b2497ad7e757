/** How dates, times and the page direction read in a template's language. */
import { parseDate, parseTime } from './input.ts'

/** "samedi 14 mars 2026" in fr; the text as typed when it is not a `YYYY-MM-DD` date. */
export function displayDate(value: string, locale: string): string {
  const date = parseDate(value)
  if (!date) return value
  const [year, month, day] = date
  // UTC on both sides: the date printed is the date typed, whatever the machine's time zone.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  )
}

/** "18:30" in fr, "6:30 PM" in en; the text as typed when it is not an `HH:MM` time. */
export function displayTime(value: string, locale: string): string {
  const time = parseTime(value)
  if (!time) return value
  const [hours, minutes] = time
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, hours, minutes),
  )
}

/** Languages written right to left: QR codes and logos sit at the right for 'start'. */
export const isRightToLeft = (locale: string): boolean => /^(ar|fa|he|ur)\b/i.test(locale)
