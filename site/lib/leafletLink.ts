import type { FieldType } from '../../tracts/template'
import type { EventEntry } from '../../publication/schema'
import { resourcePath } from '../../publication/urls'
import { wallClockIn } from './wallClock'

/**
 * "Make a leaflet or a poster for this event": the tract customiser's address with its form filled
 * in from the event. The customiser reads a value per field key from the query string
 * (islands/tracts/urlState.ts), so each field is filled by what its type asks for: the day
 * (`YYYY-MM-DD`) and time (`HH:MM`) on the event's clock, the place's lines, and the event's page
 * for the QR code; the `group` field gets the organisers and the `headline` the title (or the type).
 */

/** What the link needs of a template: its fields (the snapshot's tract entries have more). */
export interface LeafletTemplate {
  slug: string
  fields: readonly { key: string; type: FieldType; maxLength: number }[]
}

export type LeafletEvent = Pick<EventEntry, 'title' | 'type' | 'startsAt' | 'timeZone' | 'place' | 'online' | 'organisers' | 'resources'>

/** The field types that say where and when: a template with more of them suits an event better. */
const eventFieldTypes: readonly FieldType[] = ['date', 'time', 'place', 'url']

const fitness = (template: LeafletTemplate) => eventFieldTypes.filter((type) => template.fields.some((field) => field.type === type)).length

/**
 * The event's own tract template when it links one that is published, else the template with the
 * most event fields (the first of those in `templates`' order); null without any such template.
 */
export function leafletTemplate<Template extends LeafletTemplate>(event: LeafletEvent, templates: readonly Template[]): Template | null {
  const linked = event.resources.find(
    (resource) => resource.type === 'tracts' && templates.some((template) => template.slug === resource.slug),
  )
  if (linked) return templates.find((template) => template.slug === linked.slug) ?? null
  let best: Template | null = null
  for (const template of templates) if (fitness(template) > (best ? fitness(best) : 0)) best = template
  return best
}

const placeLines = ({ place }: LeafletEvent) =>
  place ? [place.venue, place.address, [place.postcode, place.city].filter(Boolean).join(' ')].filter(Boolean).join('\n') : ''

/**
 * The customiser page of `template` in `locale`, filled in from `event`. `pageUrl` is the event
 * page's absolute URL; `onlineLabel` ("Online") stands for the place of an event without one.
 */
export function leafletLink(
  locale: string,
  template: LeafletTemplate,
  event: LeafletEvent,
  { pageUrl, onlineLabel }: { pageUrl: string; onlineLabel: string },
): string {
  const clock = wallClockIn(event.startsAt, event.timeZone)
  const params = new URLSearchParams()
  for (const field of template.fields) {
    const value = (() => {
      if (field.type === 'date') return clock.date
      if (field.type === 'time') return clock.time
      if (field.type === 'place') return placeLines(event) || (event.online ? onlineLabel : '')
      if (field.type === 'url') return pageUrl
      if (field.key === 'group') return event.organisers.map((group) => group.name).join(', ')
      // A title too long for the headline gives way to the event's type ("Public meeting"): a text
      // beyond the limit would show as an error to fix.
      if (field.key === 'headline') return [event.title, event.type.name].find((text) => text.length <= field.maxLength) ?? ''
      return ''
    })()
    if (value) params.set(field.key, value)
  }
  const query = params.toString()
  return `${resourcePath(locale, 'tracts', template.slug)}${query ? `?${query}` : ''}`
}
