import type { ActionGroup, Event, EventType } from '../../../cms/payload-types'
import { calendarUid } from '../../calendar'
import { publicTypeOf } from '../../registry'
import type { EventEntry } from '../../schema'
import { populated, richTextToHtml } from '../documents'
import type { Mapper } from './context'
import { themeSlugs } from './resource'

/** Where an event's times are shown when it names no zone (the CMS's default too). */
const defaultTimeZone = 'Europe/Paris'

/** The domain of events' calendar UIDs: the CMS's host, so that they stay the same in every file and email. */
export const calendarDomain = (serverUrl: string) => URL.parse(serverUrl)?.host || 'localhost'

/** The groups that organise it and are still active, in the event's order: an inactive group is off the site. */
const activeOrganisers = (organisers: Event['organisers']) =>
  organisers.flatMap((relation) => {
    const group = populated<ActionGroup>(relation)
    return group?.active ? [{ slug: group.slug, name: group.name }] : []
  })

const placeOf = ({ place }: Event): EventEntry['place'] =>
  place && (place.venue || place.address || place.city)
    ? {
        venue: place.venue ?? null,
        address: place.address ?? null,
        postcode: place.postcode ?? null,
        city: place.city ?? null,
        department: place.department ?? null,
        country: place.country ?? null,
        latitude: place.latitude ?? null,
        longitude: place.longitude ?? null,
      }
    : null

/** The link to join, only when it is public: one sent to registrants only never leaves the CMS. */
const onlineOf = ({ online }: Event): EventEntry['online'] =>
  online?.url ? { url: online.visibility === 'public' ? online.url : null } : null

/** Linked resources that are public: an unpublished one is not filled in (read as a visitor), so it is left out. */
const resourcesOf = (resources: Event['resources']) =>
  (resources ?? []).flatMap(({ relationTo, value }) => {
    const doc = populated<{ slug: string; title?: string; name?: string }>(value)
    const type = publicTypeOf(relationTo)
    return doc && type ? [{ type, slug: doc.slug, title: doc.title ?? doc.name ?? '' }] : []
  })

/**
 * A published event (read as a visitor: drafts are not). Nothing about its registrants but the
 * number of seats taken. Its type must be readable: an event without one shows nowhere.
 */
export const events: Mapper<'events', Event> = (doc, { locale, translation, media, facts }) => {
  const type = populated<EventType>(doc.type)
  if (!type) return null
  const { registration } = doc
  return {
    locale,
    id: String(doc.id),
    slug: doc.slug,
    translated: translation.translated,
    translationOutdated: translation.outdated,
    titleTranslated: translation.titleTranslated,
    summaryTranslated: translation.summaryTranslated,
    title: doc.title,
    summary: doc.summary,
    descriptionHtml: richTextToHtml(doc.description),
    type: { slug: type.slug, name: type.name },
    status: doc.eventStatus,
    themes: themeSlugs(doc.themes),
    organisers: activeOrganisers(doc.organisers),
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    timeZone: doc.startsAt_tz ?? defaultTimeZone,
    place: placeOf(doc),
    online: onlineOf(doc),
    accessibility: doc.accessibility || null,
    image: media.picture(doc.image),
    registration: {
      mode: registration.mode,
      externalUrl: registration.externalUrl ?? null,
      capacity: registration.capacity ?? null,
      maxGuests: registration.maxGuests ?? 0,
      waitlist: Boolean(registration.waitlist),
      askPhone: Boolean(registration.askPhone),
      opensAt: registration.opensAt ?? null,
      closesAt: registration.closesAt ?? null,
      seatsTaken: facts.seatsTaken(doc.id),
    },
    resources: resourcesOf(doc.resources),
    calendar: {
      uid: calendarUid(doc.id, facts.calendarDomain),
      // Raised by the CMS on every published change after the first.
      sequence: doc.calendarSequence ?? 0,
    },
    publishedAt: doc.publishedAt ?? null,
    updatedAt: doc.updatedAt,
  }
}
