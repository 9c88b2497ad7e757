import type { APIRoute, GetStaticPaths } from 'astro'

import { calendarFeeds } from '../../../../lib/agendaRoutes'
import { calendarOf } from '../../../../../publication/calendar'
import { siteLocaleCodes } from '../../../../../publication/locales'
import type { EventEntry } from '../../../../../publication/schema'
import { calendarFeedPath, eventPath } from '../../../../../publication/urls'

/**
 * Subscribable calendars (RFC 5545): every coming event, and per theme, group and department, in
 * each language. The file name is calendarFeedPath's: `all.ics`, `theme-<slug>.ics`…
 */
export const getStaticPaths = (async () => {
  const routes = []
  for (const lang of siteLocaleCodes)
    for (const { feed, name, events } of await calendarFeeds(lang)) {
      const file = calendarFeedPath(lang, feed).split('/').at(-1) ?? ''
      routes.push({ params: { lang, feed: decodeURIComponent(file.replace(/\.ics$/, '')) }, props: { name, events } })
    }
  return routes
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ params, props, site }) => {
  const { name, events } = props as { name: string; events: EventEntry[] }
  const absolute = (path: string) => new URL(path, site).href
  const body = calendarOf(
    events.map((event) => ({ event, url: absolute(eventPath(params.lang ?? event.locale, event.slug)) })),
    { name },
  )
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
