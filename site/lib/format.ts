/** Dates, numbers and sizes in the visitor's language, through Intl. */

/**
 * Intl formatters are costly to create and a build formats thousands of
 * pages: one formatter per language and options, made once.
 */
function memoised<Formatter>(create: (locale: string, options: object) => Formatter) {
  const made = new Map<string, Formatter>()
  return (locale: string, options: object = {}) => {
    const key = `${locale}|${JSON.stringify(options)}`
    let formatter = made.get(key)
    if (!formatter) made.set(key, (formatter = create(locale, options)))
    return formatter
  }
}

const dateFormat = memoised((locale, options) => new Intl.DateTimeFormat(locale, options))
const numberFormat = memoised((locale, options) => new Intl.NumberFormat(locale, options))
const listFormat = memoised((locale, options) => new Intl.ListFormat(locale, options))
const displayNames = memoised((locale, options) => new Intl.DisplayNames([locale], options as Intl.DisplayNamesOptions))

export const formatDate = (locale: string, iso: string | Date) =>
  dateFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(iso))

export const formatNumber = (locale: string, value: number) => numberFormat(locale).format(value)

const durations = new Map<string, string>()

/**
 * "1 h 15 min" / "1 hr, 15 min" — Intl's unit formatting, short. Remembered: every training's card
 * shows one, and a listing page has 24 (350 ms at 7,700 pages), of a few dozen durations.
 */
export function formatMinutes(locale: string, minutes: number): string {
  const key = `${locale}|${minutes}`
  let text = durations.get(key)
  if (text === undefined) durations.set(key, (text = durationText(locale, minutes)))
  return text
}

function durationText(locale: string, minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = Math.round(minutes % 60)
  const unit = (value: number, name: 'hour' | 'minute') =>
    numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value)
  if (!hours) return unit(rest, 'minute')
  return rest
    ? listFormat(locale, { style: 'narrow', type: 'unit' }).format([unit(hours, 'hour'), unit(rest, 'minute')])
    : unit(hours, 'hour')
}

/** Video length as "3:08" for people, "PT3M8S" for machines (JSON-LD). */
export const formatClock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`

export const isoDuration = (seconds: number) => `PT${Math.floor(seconds / 60)}M${Math.round(seconds % 60)}S`

export function formatBytes(locale: string, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const
  let value = bytes
  let index = 0
  while (value >= 1000 && index < units.length - 1) {
    value /= 1000
    index++
  }
  return numberFormat(locale, { style: 'unit', unit: units[index], unitDisplay: 'short', maximumFractionDigits: index ? 1 : 0 }).format(
    value,
  )
}

const languageNames = new Map<string, string>()

/** The language's own name for another language ("anglais" in fr, "English" in en); each page's language menu names them all. */
export const languageName = (inLocale: string, code: string) => {
  const key = `${inLocale}|${code}`
  let name = languageNames.get(key)
  if (name === undefined) languageNames.set(key, (name = displayNames(inLocale, { type: 'language' }).of(code) ?? code))
  return name
}
