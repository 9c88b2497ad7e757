import fs from 'node:fs'
import path from 'node:path'

/**
 * The iCalendar files of a built site, and how long Astro took to write them, from their
 * modification times: Astro renders a route's files one after the other into the build folder,
 * so the span from the first file written to the last is the time spent generating that route's
 * files (all but the first one's own time). Only meaningful for a build that rendered every file:
 * an incremental build links unchanged ones from the live build, with their old times.
 */
export interface CalendarFiles {
  files: number
  bytes: number
  /** First file written → last file written, ms. */
  writingSpanMs: number
}

export interface SiteCalendars {
  /** `/<lang>/agenda/calendars/*.ics`: the subscribable feeds (all, per theme, group, department). */
  feeds: CalendarFiles
  /** `/<lang>/events/<slug>/event.ics`: "Add to my calendar", one per event and language. */
  events: CalendarFiles
}

const measure = (files: string[]): CalendarFiles => {
  let bytes = 0
  let first = Number.POSITIVE_INFINITY
  let last = 0
  for (const file of files) {
    const stat = fs.statSync(file)
    bytes += stat.size
    first = Math.min(first, stat.mtimeMs)
    last = Math.max(last, stat.mtimeMs)
  }
  return { files: files.length, bytes, writingSpanMs: files.length > 0 ? last - first : 0 }
}

export const siteCalendars = (buildDir: string): SiteCalendars => {
  const icsFiles = fs
    .readdirSync(buildDir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.ics'))
    .map((entry) => entry.split(path.sep))
  const under = (test: (parts: string[]) => boolean) => icsFiles.filter(test).map((parts) => path.join(buildDir, ...parts))
  return {
    feeds: measure(under((parts) => parts.length === 4 && parts[1] === 'agenda' && parts[2] === 'calendars')),
    events: measure(under((parts) => parts.length === 4 && parts[1] === 'events' && parts[3] === 'event.ics')),
  }
}
