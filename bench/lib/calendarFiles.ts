import fs from 'node:fs'
import path from 'node:path'

import type { SiteBuildMeasure } from './siteBuild'

/** The iCalendar files of a built site (site/builder/calendars.ts writes them all, beside Astro). */
export interface CalendarFiles {
  files: number
  bytes: number
}

export interface SiteCalendars {
  /** `/<lang>/agenda/calendars/*.ics`: the subscribable feeds (all, per theme, group, department). */
  feeds: CalendarFiles
  /** `/<lang>/agenda/calendars/events/<slug>.ics`: "Add to my calendar", one per event and language. */
  events: CalendarFiles
  /** The calendars step's own time, as it logs it (`Calendriers : … en 20.3 s.`), ms; null if it logged none. */
  stepMs: number | null
}

const measure = (files: string[]): CalendarFiles => ({
  files: files.length,
  bytes: files.reduce((sum, file) => sum + fs.statSync(file).size, 0),
})

export const siteCalendars = (buildDir: string, build: SiteBuildMeasure): SiteCalendars => {
  const icsFiles = fs
    .readdirSync(buildDir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.ics'))
    .map((entry) => entry.split(path.sep))
  const under = (test: (parts: string[]) => boolean) => icsFiles.filter(test).map((parts) => path.join(buildDir, ...parts))
  const stepLine = build.lines.map(({ line }) => /^Calendriers : .* en ([\d.]+) s\.$/.exec(line)).find(Boolean)
  return {
    feeds: measure(under((parts) => parts.length === 4 && parts[1] === 'agenda' && parts[2] === 'calendars')),
    events: measure(under((parts) => parts.length === 5 && parts[1] === 'agenda' && parts[2] === 'calendars' && parts[3] === 'events')),
    stepMs: stepLine ? Number(stepLine[1]) * 1000 : null,
  }
}
