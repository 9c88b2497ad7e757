/** Dates, numbers and sizes in the visitor's language, through Intl. */

export const formatDate = (locale: string, iso: string | Date) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(iso))

export const formatNumber = (locale: string, value: number) => new Intl.NumberFormat(locale).format(value)

/** "1 h 15 min" / "1 hr, 15 min" — Intl's unit formatting, short. */
export function formatMinutes(locale: string, minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = Math.round(minutes % 60)
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value)
  if (!hours) return unit(rest, 'minute')
  return rest ? new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format([unit(hours, 'hour'), unit(rest, 'minute')]) : unit(hours, 'hour')
}

/** Video length as "3:08" for people, "PT3M8S" for machines (JSON-LD). */
export const formatClock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`

export const isoDuration = (seconds: number) => `PT${Math.floor(seconds / 60)}M${Math.round(seconds % 60)}S`

export function formatBytes(locale: string, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const
  let value = bytes
  let index = 0
  while (value >= 1000 && index < units.length - 1) {
    value /= 1000
    index++
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[index], unitDisplay: 'short', maximumFractionDigits: index ? 1 : 0 }).format(value)
}

/** The language's own name for another language ("anglais" in fr, "English" in en). */
export const languageName = (inLocale: string, code: string) =>
  new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code
