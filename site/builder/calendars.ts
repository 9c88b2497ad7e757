import fs from 'node:fs/promises'
import path from 'node:path'

import { useTranslations } from '../i18n'
import { byStart } from '../lib/agenda'
import { calendarOf } from '../../publication/calendar'
import type { LocaleCode } from '../../publication/locales'
import type { EventEntry, GroupEntry, SnapshotEntry } from '../../publication/schema'
import { readSnapshotCollection } from '../../publication/snapshot/collectionFile'
import { type CalendarFeed, calendarFeedPath, eventCalendarPath, eventPath } from '../../publication/urls'

/**
 * The site's iCalendar files (RFC 5545), written from the snapshot by a step of their own beside
 * `astro build` (scripts/write-calendars.ts): "Add to my calendar" for each event and language,
 * and the subscribable feeds. They are the events' text alone and need none of Astro's page
 * machinery: written in a process of their own, they take their time off the pages' core.
 */

/** Feeds keep events for a month after they end, so that a subscribed calendar does not lose them at once. */
const feedMemoryDays = 30

/** What the calendars of one language are made from: its events, themes and groups, as in the snapshot. */
export interface CalendarContent {
  events: readonly EventEntry[]
  themes: readonly Pick<SnapshotEntry<'themes'>, 'slug' | 'name'>[]
  groups: readonly Pick<GroupEntry, 'slug' | 'name'>[]
}

/** Every subscribable feed of a language: all events, and per theme, group and department that has some. */
export function calendarFeeds(locale: LocaleCode, content: CalendarContent, now: Date) {
  const t = useTranslations(locale)
  const since = now.getTime() - feedMemoryDays * 24 * 3600 * 1000
  const events = content.events.filter((event) => Date.parse(event.endsAt) >= since).sort(byStart)
  const feeds: { feed: CalendarFeed; name: string; events: EventEntry[] }[] = [{ feed: { by: 'all' }, name: t('agenda.title'), events }]
  for (const theme of content.themes) {
    const ofTheme = events.filter((event) => event.themes.includes(theme.slug))
    if (ofTheme.length)
      feeds.push({ feed: { by: 'theme', key: theme.slug }, name: `${t('agenda.title')} · ${theme.name}`, events: ofTheme })
  }
  // In the group directory's order: by name.
  for (const group of [...content.groups].sort((a, b) => a.name.localeCompare(b.name, locale))) {
    const ofGroup = events.filter((event) => event.organisers.some(({ slug }) => slug === group.slug))
    feeds.push({ feed: { by: 'group', key: group.slug }, name: `${t('agenda.title')} · ${group.name}`, events: ofGroup })
  }
  const departments = new Set(events.flatMap((event) => (event.place?.department ? [event.place.department] : [])))
  for (const department of departments)
    feeds.push({
      feed: { by: 'department', key: department },
      name: `${t('agenda.title')} · ${t('agenda.department', { department })}`,
      events: events.filter((event) => event.place?.department === department),
    })
  return feeds
}

/** A file of the site: its path from the site's root (its URL's path, decoded) and its text. */
export interface CalendarFile {
  path: string
  text: string
}

/**
 * The calendar files of one language: each event's own, then the feeds. UID and SEQUENCE are the
 * event's in every file (publication/calendar.ts), so a calendar that has it twice keeps one entry.
 */
export function* calendarFilesOf(locale: LocaleCode, content: CalendarContent, site: URL, now: Date): Generator<CalendarFile> {
  const pageUrl = (event: EventEntry) => new URL(eventPath(locale, event.slug), site).href
  for (const event of content.events)
    yield { path: decodeURI(eventCalendarPath(locale, event.slug)), text: calendarOf([{ event, url: pageUrl(event) }]) }
  for (const { feed, name, events } of calendarFeeds(locale, content, now))
    yield {
      path: decodeURI(calendarFeedPath(locale, feed)),
      text: calendarOf(
        events.map((event) => ({ event, url: pageUrl(event) })),
        { name },
      ),
    }
}

/** Writes every calendar file of the snapshot's languages under `outDir`: how many, and their bytes. */
export async function writeCalendars(snapshotDir: string, locales: readonly LocaleCode[], outDir: string, site: URL, now = new Date()) {
  const [events, themes, groups] = await Promise.all([
    readSnapshotCollection(snapshotDir, 'events'),
    readSnapshotCollection(snapshotDir, 'themes'),
    readSnapshotCollection(snapshotDir, 'groups'),
  ])
  const inLocale = <Entry extends { locale: string }>(entries: Entry[], locale: LocaleCode) =>
    entries.filter((entry) => entry.locale === locale)
  let files = 0
  let bytes = 0
  const folders = new Set<string>()
  for (const locale of locales) {
    const content = { events: inLocale(events, locale), themes: inLocale(themes, locale), groups: inLocale(groups, locale) }
    for (const file of calendarFilesOf(locale, content, site, now)) {
      const target = path.join(outDir, file.path)
      if (!folders.has(path.dirname(target))) {
        await fs.mkdir(path.dirname(target), { recursive: true })
        folders.add(path.dirname(target))
      }
      await fs.writeFile(target, file.text)
      files++
      bytes += Buffer.byteLength(file.text)
    }
  }
  return { files, bytes }
}
