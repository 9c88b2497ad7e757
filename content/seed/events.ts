import type { CollectionSlug, Payload } from 'payload'

import { defaultEventTimeZone } from '../../cms/fields/eventTime'
import { emailQueue } from '../../cms/jobs/registrationEmails'
import { signUp } from '../../cms/registrations/signUp'
import { events } from '../data/events'
import type { ContentLocale, EventResourceSeed, EventSeed } from '../types'
import { type SeedContext, idsOf, markdownToRichText } from './context'
import { addDays, calendarDateIn, wallClockInstant } from './eventDates'

type Id = number | string

/** What the demo people ticked: the consent text of the sign-up form (a sample; the site shows its own). */
const demoConsentText =
  'J’accepte que mon prénom et mon adresse e-mail servent à organiser cet événement ; ils sont effacés 90 jours après.'

const resourceCollections = { training: 'trainings', tract: 'tract-templates', sheet: 'sheets' } as const
type ResourceKind = keyof typeof resourceCollections

const kindAndSlug = (resource: EventResourceSeed) => Object.entries(resource)[0] as [ResourceKind, string]

/** The ids of the resources events link to, by `kind:slug` (one query per collection). */
const resourceIds = async (payload: Payload) => {
  const wanted = events.flatMap((event) => event.resources ?? []).map(kindAndSlug)
  const ids = new Map<string, Id>()
  for (const [kind, collection] of Object.entries(resourceCollections) as [ResourceKind, CollectionSlug][]) {
    const slugs = wanted.filter(([wantedKind]) => wantedKind === kind).map(([, slug]) => slug)
    const found = await payload.find({ collection, where: { slug: { in: slugs } }, depth: 0, draft: true, pagination: false })
    for (const doc of found.docs as { id: Id; slug?: string | null }[]) ids.set(`${kind}:${doc.slug}`, doc.id)
  }
  return ids
}

const resourceOf = (resource: EventResourceSeed, ids: Map<string, Id>) => {
  const [kind, slug] = kindAndSlug(resource)
  return { relationTo: resourceCollections[kind], value: idsOf(ids, [`${kind}:${slug}`], 'resource')[0] }
}

/** The event's localized texts in one language (rich text from Markdown), or null when it has none there. */
const textsIn = (context: SeedContext, event: EventSeed, locale: ContentLocale) => {
  const pick = (text: Partial<Record<ContentLocale, string>> | undefined) => text?.[locale]
  const title = pick(event.title)
  if (title === undefined) return null
  const description = pick(event.description)
  return {
    title,
    summary: pick(event.summary),
    description: description === undefined ? undefined : markdownToRichText(context, description),
    accessibility: pick(event.accessibility),
  }
}

/** An event's shared fields, its dates counted from the seeding day in its own time zone. */
const sharedFields = (
  event: EventSeed,
  refs: { seedingDay: string; groups: Map<string, Id>; types: Map<string, Id>; themes: Map<string, Id>; resources: Map<string, Id> },
) => {
  const timeZone = event.timeZone ?? defaultEventTimeZone
  const startsAt = wallClockInstant(addDays(refs.seedingDay, event.day), event.startsAt, timeZone)
  return {
    slug: event.slug,
    type: idsOf(refs.types, [event.type], 'event type')[0],
    eventStatus: event.status ?? 'scheduled',
    organisers: idsOf(refs.groups, event.organisers, 'action group'),
    startsAt: startsAt.toISOString(),
    startsAt_tz: timeZone,
    endsAt: new Date(startsAt.getTime() + event.durationMinutes * 60_000).toISOString(),
    endsAt_tz: timeZone,
    place: event.place ? { ...event.place, country: 'FR' } : undefined,
    online: event.online,
    registration: event.registration,
    resources: (event.resources ?? []).map((resource) => resourceOf(resource, refs.resources)),
    themes: idsOf(refs.themes, event.themes, 'theme'),
  }
}

/**
 * Creates one event in French (a draft), adds its other languages, then publishes them all, as
 * upsertPublished does; apart from it because only the texts are written per language (shared
 * fields such as the linked resources are the French save's).
 */
const createEvent = async (context: SeedContext, event: EventSeed, shared: ReturnType<typeof sharedFields>) => {
  const { payload } = context
  const base = { collection: 'events', depth: 0, context: { seeding: true } } as const
  const created = await payload.create({
    ...base,
    locale: 'fr',
    draft: true,
    data: { ...shared, ...textsIn(context, event, 'fr'), _status: 'draft' } as never,
  })
  for (const locale of ['en', 'es', 'de', 'it', 'pt', 'ar'] as const) {
    const texts = textsIn(context, event, locale)
    if (texts) await payload.update({ ...base, id: created.id, locale, draft: true, data: texts as never })
  }
  await payload.update({ ...base, id: created.id, locale: 'fr', publishAllLocales: true, data: { _status: 'published' } as never })
  return created.id
}

/**
 * The demo events, published, with their dates counted from today (so the agenda always has past
 * and coming events), and the demo people's sign-ups made through the real sign-up, so that seats
 * and waitlist add up. The emails those sign-ups queued are deleted: demo people receive nothing.
 */
export const seedEvents = async (
  context: SeedContext,
  refs: { groups: Map<string, Id>; types: Map<string, Id> },
  now = new Date(),
): Promise<void> => {
  const { payload } = context
  const step = context.progress.step('Événements', events.length)
  const seedingDay = calendarDateIn(now, defaultEventTimeZone)
  const resources = await resourceIds(payload)
  let signedUp = 0
  for (const event of events) {
    const found = await payload.find({
      collection: 'events',
      where: { slug: { equals: event.slug } },
      limit: 1,
      depth: 0,
      draft: true,
      select: {},
    })
    const id =
      found.docs[0]?.id ??
      (await createEvent(context, event, sharedFields(event, { seedingDay, ...refs, themes: context.ids.themes, resources })))
    const signUpsStarted = new Date().toISOString()
    // The same person twice is "already registered": a second seed adds nobody; a past event is "closed".
    for (const person of event.signUps ?? []) {
      const result = await signUp(payload, {
        eventId: id,
        firstName: person.firstName,
        email: person.email,
        guests: person.guests ?? 0,
        language: person.language ?? 'fr',
        consentText: demoConsentText,
      })
      if (result.outcome === 'confirmed' || result.outcome === 'waitlisted') signedUp += 1
    }
    // Each sign-up queued an email (confirmation, waitlisted, or "already registered" on a second
    // seed): deleted at once, before an admin server running meanwhile could send them.
    if (event.signUps) await deleteEmailJobsSince(payload, signUpsStarted)
    step.tick()
  }
  step.done(signedUp > 0 ? `${signedUp} inscriptions de démonstration` : undefined)
}

const deleteEmailJobsSince = (payload: Payload, since: string) =>
  payload.delete({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: emailQueue } }, { createdAt: { greater_than_equal: since } }] },
  })
