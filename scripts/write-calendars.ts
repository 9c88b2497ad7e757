/**
 * A step of a site build (site/builder/buildSite.ts runs it beside `astro build`): writes the
 * site's iCalendar files (site/builder/calendars.ts) from a snapshot into a folder, then exits.
 *
 *   tsx scripts/write-calendars.ts --snapshot var/site/snapshot --out <folder>
 */
import { parseArgs } from 'node:util'

import { env } from '../env'
import { writeCalendars } from '../site/builder/calendars'
import { siteLocaleCodes } from '../publication/locales'

const { values } = parseArgs({ options: { snapshot: { type: 'string' }, out: { type: 'string' } } })

let exitCode = 0
try {
  if (!values.snapshot || !values.out) throw new Error('--snapshot <snapshot folder> and --out <folder> are required')
  const started = performance.now()
  const written = await writeCalendars(values.snapshot, siteLocaleCodes, values.out, new URL(env.siteUrl))
  console.log(
    `Calendriers : ${written.files} fichiers .ics, ${Math.round(written.bytes / 1024)} Ko, en ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  )
} catch (error) {
  console.error(`Les calendriers ont échoué : ${error instanceof Error ? error.message : error}`)
  exitCode = 1
}
process.exit(exitCode)
