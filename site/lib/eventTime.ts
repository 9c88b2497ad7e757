import type { EventEntry } from '../../publication/schema'

/**
 * An event's date and time as its page and the agenda show them: always in the event's own time
 * zone (a meeting at 18:00 in Paris reads 18:00 wherever the build ran or the visitor is), in the
 * visitor's language. The snapshot stores instants (UTC) and the zone apart.
 */
export type EventTime = Pick<EventEntry, 'startsAt' | 'endsAt' | 'timeZone'>

/** The zone events are in unless their organisers chose another (the CMS's default). */
export const defaultEventTimeZone = 'Europe/Paris'

/** One formatter per language, zone and options: a build formats thousands of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>()
const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) => {
  const key = `${locale}|${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, options)))
  return formatter
}

/**
 * Each text is formatted once per build: the agenda shows an event's date and time on each of the
 * many filter pages that list it, and Intl formatting costs more than the rest of its card.
 */
const onceEach = <Args extends unknown[]>(keyOf: (...args: Args) => string, format: (...args: Args) => string) => {
  const formatted = new Map<string, string>()
  return (...args: Args) => {
    const key = keyOf(...args)
    let text = formatted.get(key)
    if (text === undefined) formatted.set(key, (text = format(...args)))
    return text
  }
}
/** What an event's texts depend on: its instants, zone and the language. */
const eventTimeKey = (entry: EventTime, locale: string) => `${entry.startsAt}|${entry.endsAt}|${entry.timeZone}|${locale}`

/** `2026-12-12`: the calendar day an instant falls on in a zone (what the agenda groups by). */
export const dayKeyIn = onceEach(
  (iso: string, timeZone: string) => `${iso}|${timeZone}`,
  (iso: string, timeZone: string) => {
    const parts = dateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(iso))
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value
    return `${part('year')}-${part('month')}-${part('day')}`
  },
)

/** The day an event starts on, in its zone. */
export const eventDayKey = (entry: EventTime) => dayKeyIn(entry.startsAt, entry.timeZone)

const endsAnotherDay = (entry: EventTime) => dayKeyIn(entry.endsAt, entry.timeZone) !== eventDayKey(entry)

/** "samedi 12 décembre 2026"; an event over several days: "12 – 14 décembre 2026". */
export const formatEventDate = onceEach(eventTimeKey, (entry: EventTime, locale: string) =>
  endsAnotherDay(entry)
    ? dateTimeFormat(locale, { dateStyle: 'long', timeZone: entry.timeZone }).formatRange(new Date(entry.startsAt), new Date(entry.endsAt))
    : dateTimeFormat(locale, { dateStyle: 'full', timeZone: entry.timeZone }).format(new Date(entry.startsAt)),
)

/** "14:00 – 16:30"; over several days, each end with its day: "12 déc. à 18:00 – 13 déc. à 12:00". */
export const formatEventTimeRange = onceEach(eventTimeKey, (entry: EventTime, locale: string) =>
  dateTimeFormat(locale, {
    ...(endsAnotherDay(entry) ? { day: 'numeric', month: 'short' } : {}),
    hour: 'numeric',
    minute: '2-digit',
    timeZone: entry.timeZone,
  }).formatRange(new Date(entry.startsAt), new Date(entry.endsAt)),
)

/** The zone's name in the visitor's language ("heure d’Europe centrale"), for events outside the default zone. */
export const formatEventTimeZone = onceEach(
  eventTimeKey,
  (entry: EventTime, locale: string) =>
    dateTimeFormat(locale, { timeZone: entry.timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date(entry.startsAt))
      .find((part) => part.type === 'timeZoneName')?.value ?? entry.timeZone,
)

/** A day key as a heading: "samedi 12 décembre 2026" (the key is a calendar day, so read it in UTC). */
export const formatDayKey = onceEach(
  (dayKey: string, locale: string) => `${dayKey}|${locale}`,
  (dayKey: string, locale: string) =>
    dateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${dayKey}T12:00:00Z`)),
)
