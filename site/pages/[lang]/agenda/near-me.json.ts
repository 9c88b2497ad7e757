import type { APIRoute } from 'astro'

import { type LocatedPlace, locate, type NearMeData, placeIndex } from '../../../lib/agenda'
import { agendaOf, groupsIn } from '../../../lib/agendaRoutes'
import { formatEventDate, formatEventTimeRange } from '../../../lib/eventTime'
import { localeRoutes } from '../../../lib/routes'
import type { LocaleCode } from '../../../../publication/locales'
import { eventPath } from '../../../../publication/urls'

export const getStaticPaths = localeRoutes

/**
 * The coming events' positions and a place table, built from the content alone: the visitor's
 * postcode, city or position is matched against it in the browser and never sent anywhere.
 */
export const GET: APIRoute = async ({ params }) => {
  const locale = params.lang as LocaleCode
  const { coming } = await agendaOf(locale)
  const located: LocatedPlace[] = [...coming.flatMap((event) => (event.place ? [event.place] : [])), ...(await groupsIn(locale))]
  const places = placeIndex(located)
  const events = coming.flatMap((event) => {
    if (!event.place) return []
    const { latitude, longitude, postcode, city, venue } = event.place
    const position = latitude !== null && longitude !== null ? ([latitude, longitude] as const) : locate(postcode ?? city ?? '', places)
    if (!position) return []
    return [
      {
        title: event.title,
        url: eventPath(locale, event.slug),
        when: `${formatEventDate(event, locale)}, ${formatEventTimeRange(event, locale)}`,
        where: [venue, city].filter(Boolean).join(', '),
        status: event.status,
        latitude: position[0],
        longitude: position[1],
      },
    ]
  })
  const data: NearMeData = { places, events }
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } })
}
