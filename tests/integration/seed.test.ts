import type { CollectionSlug, Payload, Where } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { emailQueue } from '../../cms/jobs/registrationEmails'
import { confirmedSeats } from '../../cms/registrations/seats'
import { actionGroups } from '../../content/data/actionGroups'
import { eventTypes } from '../../content/data/eventTypes'
import { events } from '../../content/data/events'
import { trainings } from '../../content/data/trainings'
import { videos } from '../../content/data/videos'
import { createSeedContext } from '../../content/seed/context'
import { demoOrganiser } from '../../content/seed/organiser'
import { seedDemoContent } from '../../content/seed/index'
import { silentProgress } from '../../content/seed/progress'
import { seedScale } from '../../content/seed/scale'
import { describeOnDatabase, testPayload } from './database'

/** What the demo must contain, at least (issue: foundation, "Demo content"). */
const minimums: Partial<Record<CollectionSlug, number>> = {
  trainings: 8,
  videos: 10,
  infographics: 8,
  bibliographies: 6,
  sheets: 8,
  faqs: 25,
  programme: 5,
  themes: 8,
  'action-groups': 12,
  'event-types': 6,
  events: 30,
}

const counts = async (payload: Payload) => {
  const slugs: CollectionSlug[] = [
    'trainings',
    'videos',
    'infographics',
    'bibliographies',
    'sheets',
    'faqs',
    'programme',
    'themes',
    'visuals',
    'files',
    'users',
    'action-groups',
    'event-types',
    'events',
    'registrations',
  ]
  return Object.fromEntries(
    await Promise.all(slugs.map(async (slug) => [slug, (await payload.count({ collection: slug })).totalDocs] as const)),
  )
}

describeOnDatabase('demo content seed', () => {
  let payload: Payload
  let first: Record<string, number>
  let seededAt: Date
  /** Emails queued since the seed began (each sign-up queues one; the seed deletes them). */
  const emailJobsSinceSeeding = async () =>
    (
      await payload.count({
        collection: 'payload-jobs',
        where: { and: [{ queue: { equals: emailQueue } }, { createdAt: { greater_than_equal: seededAt.toISOString() } }] },
      })
    ).totalDocs

  beforeAll(async () => {
    payload = await testPayload()
    seededAt = new Date()
    await seedDemoContent(payload, silentProgress)
    first = await counts(payload)
    // Generating the demo's artwork takes minutes on a busy machine (300 s was exceeded at a load of 20 on 2 cores).
  }, 1_200_000)

  it('creates at least the promised amount of content, all published', async () => {
    for (const [collection, minimum] of Object.entries(minimums)) {
      expect(first[collection], collection).toBeGreaterThanOrEqual(minimum)
    }
    expect(first.visuals).toBeGreaterThanOrEqual(20)
    const measures = (await payload.find({ collection: 'programme', limit: 100, overrideAccess: false })).docs.flatMap((chapter) =>
      chapter.sections.flatMap((section) => section.measures),
    )
    expect(measures.length).toBeGreaterThanOrEqual(30)
    // Other test files share this database: look at the demo's own documents.
    const demoTrainings = { slug: { in: trainings.map((training) => training.slug) } }
    const publicTrainings = await payload.count({ collection: 'trainings', where: demoTrainings, overrideAccess: false })
    expect(publicTrainings.totalDocs).toBe(trainings.length)
  })

  it('gives every video French and English WebVTT subtitles', async () => {
    const demoVideos = await payload.find({
      collection: 'videos',
      where: { slug: { in: videos.map((video) => video.slug) } },
      limit: 100,
      depth: 1,
    })
    expect(demoVideos.totalDocs).toBe(videos.length)
    for (const video of demoVideos.docs) {
      const languages = (video.subtitles ?? []).map((track) => track.language)
      expect(languages, video.slug).toEqual(expect.arrayContaining(['fr', 'en']))
      for (const track of video.subtitles ?? []) {
        expect(typeof track.file === 'object' && track.file?.mimeType, video.slug).toBe('text/vtt')
      }
    }
  })

  it('translates most content into English and some into es, de and ar, falling back to French elsewhere', async () => {
    const titles = async (locale: 'fr' | 'en' | 'es' | 'de' | 'ar') =>
      (
        await payload.find({
          collection: 'trainings',
          locale,
          where: { slug: { in: trainings.map((training) => training.slug) } },
          limit: 100,
          sort: 'slug',
          overrideAccess: false,
        })
      ).docs.map((doc) => doc.title)
    const fr = await titles('fr')
    const translated = async (locale: 'en' | 'es' | 'de' | 'ar') =>
      (await titles(locale)).filter((title, index) => title !== fr[index]).length
    expect(await translated('en')).toBeGreaterThan(fr.length / 2)
    for (const locale of ['es', 'de', 'ar'] as const) {
      const count = await translated(locale)
      expect(count, locale).toBeGreaterThan(0)
      expect(count, locale).toBeLessThan(fr.length)
    }
  })

  it('seeds 12 action groups, local ones with coordinates in at least 6 departments, and 2 thematic ones', async () => {
    const groups = (
      await payload.find({
        collection: 'action-groups',
        where: { slug: { in: actionGroups.map((group) => group.slug) } },
        limit: 100,
        overrideAccess: false,
      })
    ).docs
    expect(groups).toHaveLength(12)
    const local = groups.filter((group) => group.kind === 'local')
    expect(new Set(local.map((group) => group.department)).size).toBeGreaterThanOrEqual(6)
    for (const group of local) expect([group.latitude, group.longitude], group.slug).toEqual([expect.any(Number), expect.any(Number)])
    expect(groups.filter((group) => group.kind === 'thematic')).toHaveLength(2)
    const types = await payload.find({
      collection: 'event-types',
      where: { slug: { in: eventTypes.map((type) => type.slug) } },
      locale: 'ar',
    })
    expect(types.docs.map((type) => type.name)).toContain('تجمّع')
  })

  it('publishes 30 events over 6 themes or more, dated from the seeding day: some past, most in the next 8 weeks', async () => {
    const published = (
      await payload.find({
        collection: 'events',
        where: { slug: { in: events.map((event) => event.slug) } },
        limit: 100,
        depth: 0,
        overrideAccess: false,
      })
    ).docs
    expect(published).toHaveLength(30)
    expect(new Set(published.flatMap((event) => event.themes ?? [])).size).toBeGreaterThanOrEqual(6)
    // Each starts on its seed's day after the seeding day (in Paris), at its seed's wall-clock time in its own zone.
    const dayOf = (instant: Date, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(instant)
    const seedingDay = Date.parse(dayOf(seededAt, 'Europe/Paris'))
    for (const event of published) {
      const seed = events.find((candidate) => candidate.slug === event.slug)!
      const timeZone = event.startsAt_tz ?? ''
      expect(timeZone, event.slug).toBe(seed.timeZone ?? 'Europe/Paris')
      const startsAt = new Date(event.startsAt)
      expect((Date.parse(dayOf(startsAt, timeZone)) - seedingDay) / 86_400_000, event.slug).toBe(seed.day)
      const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(startsAt)
      expect(time, event.slug).toBe(seed.startsAt)
      expect(new Date(event.endsAt).getTime() - startsAt.getTime()).toBe(seed.durationMinutes * 60_000)
    }
    const inDays = (event: (typeof published)[number]) => (new Date(event.startsAt).getTime() - seededAt.getTime()) / 86_400_000
    expect(published.filter((event) => inDays(event) < 0).length).toBeGreaterThan(0)
    expect(published.filter((event) => inDays(event) > 0 && inDays(event) <= 56).length).toBeGreaterThan(15)
  })

  it('has one cancelled event, one online, one organised by two groups, and links a training and a tract', async () => {
    const demo = { slug: { in: events.map((event) => event.slug) } }
    const count = async (where: Where) =>
      (await payload.count({ collection: 'events', where: { and: [demo, where] }, overrideAccess: false })).totalDocs
    expect(await count({ eventStatus: { equals: 'cancelled' } })).toBeGreaterThanOrEqual(1)
    expect(await count({ and: [{ 'online.url': { exists: true } }, { 'place.city': { exists: false } }] })).toBeGreaterThanOrEqual(1)
    const all = (await payload.find({ collection: 'events', where: demo, limit: 100, depth: 0, overrideAccess: false })).docs
    expect(all.some((event) => event.organisers.length >= 2)).toBe(true)
    const linked = new Set(all.flatMap((event) => (event.resources ?? []).map((resource) => resource.relationTo)))
    expect([...linked]).toEqual(expect.arrayContaining(['trainings', 'tract-templates']))
  })

  it('fills one event through the real sign-up: its confirmed seats equal its capacity, and people wait', async () => {
    const [full] = (await payload.find({ collection: 'events', where: { slug: { equals: 'planification-ecologique-par-ou-commencer' } } }))
      .docs
    const capacity = full!.registration?.capacity
    expect(capacity).toBeGreaterThan(0)
    expect(await confirmedSeats(payload, full!.id)).toBe(capacity)
    const registrations = (await payload.find({ collection: 'registrations', where: { event: { equals: full!.id } }, limit: 100 })).docs
    const confirmed = registrations.filter((registration) => registration.status === 'confirmed')
    expect(confirmed.reduce((sum, registration) => sum + (registration.seats ?? 0), 0)).toBe(capacity)
    expect(registrations.filter((registration) => registration.status === 'waitlisted').length).toBeGreaterThan(0)
  })

  it('registers demo people at example.org only, and leaves them no email to receive', async () => {
    const demoEvents = await payload.find({ collection: 'events', where: { slug: { in: events.map((event) => event.slug) } }, limit: 100 })
    const registrations = (
      await payload.find({
        collection: 'registrations',
        where: { event: { in: demoEvents.docs.map((event) => event.id) } },
        limit: 1000,
        depth: 0,
      })
    ).docs
    expect(registrations.length).toBe(events.flatMap((event) => event.signUps ?? []).length)
    for (const registration of registrations) expect(registration.email).toMatch(/@example\.org$/)
    expect(await emailJobsSinceSeeding()).toBe(0)
  })

  it('creates the organiser demo account, tied to two groups', async () => {
    const [organiser] = (await payload.find({ collection: 'users', where: { email: { equals: demoOrganiser.email } }, depth: 1 })).docs
    expect(organiser?.role).toBe('organiser')
    const groups = (organiser?.groups ?? []).map((group) => (typeof group === 'object' ? group.slug : group))
    expect(groups.sort()).toEqual([...demoOrganiser.groups].sort())
  })

  it('is idempotent: a second run changes nothing', async () => {
    await seedDemoContent(payload, silentProgress)
    expect(await counts(payload)).toEqual(first)
    // The demo people signed up again are "already registered", an email each: deleted too.
    expect(await emailJobsSinceSeeding()).toBe(0)
  })

  it('adds synthetic trainings in fr, en and es for benchmarks, once', async () => {
    const context = await createSeedContext(payload, silentProgress)
    await seedScale(context, 12)
    await seedScale(context, 12)
    const synthetic = { collection: 'trainings', where: { slug: { like: 'synthetique-' } }, overrideAccess: false, limit: 100 } as const
    expect((await payload.count(synthetic)).totalDocs).toBe(12)
    const [english] = (await payload.find({ ...synthetic, locale: 'en', where: { slug: { equals: 'synthetique-3' } } })).docs
    expect(english?.title).toBe('Synthetic training no. 3')
    const [spanish] = (
      await payload.find({ ...synthetic, locale: 'es', fallbackLocale: false, where: { slug: { equals: 'synthetique-3' } } })
    ).docs
    expect(spanish?.title).toBe('Formación sintética n.º 3')
    expect(spanish?.modules[0]?.lessons[0]?.title).toBe('Primera lección')
    // The admin lists drafts-enabled collections from their versions: synthetic ones are there too.
    const inAdmin = await payload.find({ ...synthetic, draft: true, overrideAccess: true })
    expect(inAdmin.totalDocs).toBe(12)
  })

  it('writes synthetic trainings in the languages asked for only (the CMS benchmarks use fr and en)', async () => {
    await seedScale(await createSeedContext(payload, silentProgress), 14, ['fr', 'en'])
    const fourteenth = {
      collection: 'trainings',
      where: { slug: { equals: 'synthetique-14' } },
      overrideAccess: false,
      fallbackLocale: false,
    } as const
    const title = async (locale: 'en' | 'es') => (await payload.find({ ...fourteenth, locale })).docs[0]?.title ?? null
    expect(await title('en')).toBe('Synthetic training no. 14')
    expect(await title('es')).toBeNull()
  })
})
