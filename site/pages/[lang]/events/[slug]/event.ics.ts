import type { APIRoute } from 'astro'

import { entriesIn } from '../../../../lib/content'
import { calendarOf } from '../../../../../publication/calendar'
import { siteLocaleCodes } from '../../../../../publication/locales'
import type { EventEntry } from '../../../../../publication/schema'
import { eventPath } from '../../../../../publication/urls'

/**
 * "Add to my calendar": the event alone as an iCalendar file, beside its page. Its UID and SEQUENCE
 * are those of every feed (publication/calendar.ts), so a calendar that has it from a feed too keeps
 * one entry. Written in every build: an endpoint's file is not one the incremental build reuses.
 */
export async function getStaticPaths() {
  const routes = []
  for (const lang of siteLocaleCodes) {
    for (const entry of await entriesIn('events', lang)) routes.push({ params: { lang, slug: entry.slug }, props: { entry } })
  }
  return routes
}

export const GET: APIRoute<{ entry: EventEntry }> = ({ props: { entry }, site }) => {
  const url = new URL(eventPath(entry.locale, entry.slug), site).href
  return new Response(calendarOf([{ event: entry, url }]), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  })
}
