import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { signUp } from '../../cms/registrations/signUp'
import { calendarUid } from '../../publication/calendar'
import { type EventEntry, eventSchema, type GroupEntry, groupSchema } from '../../publication/schema'
import { writeSnapshot } from '../../publication/snapshot/writeSnapshot'
import { describeOnDatabase, testPayload } from './database'
import { createTheme, eventData, richText, trainingData, uniqueSlug } from './fixtures'

const locales = ['fr', 'en', 'es'] as const

/** A word no fixture holds, of letters only (a first name takes no digits). */
const marker = () => `Zq${randomUUID().replace(/[^a-f]/g, '')}`

/** Writes a snapshot into `outDir` (a new folder unless given: the incremental one reuses its state). */
async function writeTestSnapshot(payload: Payload, outDir?: string) {
  const dir = outDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'hub-events-snapshot-')))
  await writeSnapshot(payload, { locales, outDir: dir })
  const read = async (collection: string) => JSON.parse(await fs.readFile(path.join(dir, `${collection}.json`), 'utf8')) as unknown[]
  return {
    dir,
    events: (await read('events')).map((entry) => eventSchema.parse(entry)),
    groups: (await read('groups')).map((entry) => groupSchema.parse(entry)),
    /** Every file the snapshot wrote, read as bytes: personal data must be in none. */
    bytes: Buffer.concat(await Promise.all((await fs.readdir(dir)).map((file) => fs.readFile(path.join(dir, file))))),
  }
}

const ofEvent = (entries: EventEntry[], slug: string) => entries.filter((entry) => entry.slug === slug)
const ofGroup = (entries: GroupEntry[], slug: string) => entries.filter((entry) => entry.slug === slug)

describeOnDatabase('events and action groups in the snapshot', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  const createGroup = (active: boolean) =>
    payload.create({
      collection: 'action-groups',
      data: {
        name: `Groupe ${uniqueSlug('g')}`,
        slug: uniqueSlug('groupe'),
        kind: 'local',
        active,
        city: 'Lille',
        department: '59',
        description: richText('On agit dans le quartier.'),
        contactEmail: 'groupe-lille@example.org',
      },
    })

  it('publishes published events with their active organisers, public link only, seats taken; no registrant, no draft, no inactive group', async () => {
    const theme = await createTheme(payload)
    const [active, inactive] = [await createGroup(true), await createGroup(false)]
    const eventType = await payload.create({ collection: 'event-types', data: { name: 'Réunion publique', slug: uniqueSlug('type') } })
    const basics = { eventType: eventType.id, group: active.id }
    const training = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    const unpublishedTraining = await payload.create({
      collection: 'trainings',
      draft: true,
      data: { ...trainingData(), _status: 'draft' },
    })

    const meeting = await payload.create({
      collection: 'events',
      data: eventData(basics, {
        organisers: [inactive.id, active.id],
        themes: [theme.id],
        startsAt_tz: 'America/Martinique',
        endsAt_tz: 'America/Martinique',
        description: richText('Ordre du jour : la rentrée.'),
        resources: [
          { relationTo: 'trainings', value: unpublishedTraining.id },
          { relationTo: 'trainings', value: training.id },
        ],
      }) as never,
    })
    // Only the title is in English: the rest is the French text there.
    await payload.update({ collection: 'events', id: meeting.id, locale: 'en', draft: true, data: { title: 'Neighbourhood meeting' } })
    await payload.update({ collection: 'events', id: meeting.id, publishAllLocales: true, data: { _status: 'published' } })
    const draft = await payload.create({ collection: 'events', draft: true, data: eventData(basics, { _status: 'draft' }) as never })
    const cancelled = await payload.create({ collection: 'events', data: eventData(basics, { eventStatus: 'cancelled' }) as never })
    const secretLink = `https://visio.example.org/${randomUUID()}`
    const online = await payload.create({
      collection: 'events',
      data: eventData(basics, { place: {}, online: { url: secretLink, visibility: 'registrants' } }) as never,
    })

    const [firstName, email] = [marker(), `${marker().toLowerCase()}@example.org`]
    const consentText = 'J’accepte que mes données servent à organiser cet événement ; supprimées 90 jours après.'
    const before = await writeTestSnapshot(payload)
    expect(ofEvent(before.events, meeting.slug)[0]?.registration.seatsTaken).toBe(0)
    const result = await signUp(payload, { eventId: meeting.id, firstName, email, guests: 0, language: 'fr', consentText })
    expect(result.outcome).toBe('confirmed')

    // Read again in the same folder: the seats changed, not the event, and its entries are mapped afresh all the same.
    const { events, groups, bytes } = await writeTestSnapshot(payload, before.dir)
    const entries = ofEvent(events, meeting.slug)
    expect(entries.map(({ locale, title, translated, titleTranslated }) => ({ locale, title, translated, titleTranslated }))).toEqual([
      { locale: 'fr', title: 'Réunion de quartier', translated: true, titleTranslated: true },
      { locale: 'en', title: 'Neighbourhood meeting', translated: false, titleTranslated: true },
      { locale: 'es', title: 'Réunion de quartier', translated: false, titleTranslated: false },
    ])
    expect(entries[0]).toMatchObject({
      id: String(meeting.id),
      type: { slug: eventType.slug, name: 'Réunion publique' },
      status: 'scheduled',
      themes: [theme.slug],
      organisers: [{ slug: active.slug, name: active.name }],
      timeZone: 'America/Martinique',
      place: { city: 'Lille', department: '59', venue: null },
      online: null,
      descriptionHtml: '<p>Ordre du jour : la rentrée.</p>',
      registration: { mode: 'site', capacity: 100, waitlist: true, seatsTaken: 1 },
      // The unpublished training is not linked.
      resources: [{ type: 'trainings', slug: training.slug, title: training.title }],
      // Published twice (French, then every language): one change after the first publication.
      calendar: { uid: calendarUid(meeting.id, new URL(payload.config.serverURL).host), sequence: 1 },
    })
    expect(ofEvent(events, draft.slug)).toEqual([])
    expect(ofEvent(events, cancelled.slug).map((entry) => entry.status)).toEqual(['cancelled', 'cancelled', 'cancelled'])
    expect(ofEvent(events, online.slug)[0]).toMatchObject({ place: null, online: { url: null } })

    expect(ofGroup(groups, active.slug).map(({ locale, name, contactEmail }) => ({ locale, name, contactEmail }))).toEqual(
      locales.map((locale) => ({ locale, name: active.name, contactEmail: 'groupe-lille@example.org' })),
    )
    expect(ofGroup(groups, inactive.slug)).toEqual([])
    expect(bytes.includes(inactive.slug)).toBe(false)
    // The registrants-only link and the registrant: in no file of the snapshot.
    for (const secret of [secretLink, firstName, email]) expect(bytes.includes(secret), secret).toBe(false)
  })

  it('maps events again when their type is renamed, or a resource they link is renamed or withdrawn', async () => {
    const [group, eventType] = [
      await createGroup(true),
      await payload.create({ collection: 'event-types', data: { name: 'Porte-à-porte', slug: uniqueSlug('type') } }),
    ]
    const training = await payload.create({ collection: 'trainings', data: { ...trainingData(), _status: 'published' } })
    const event = await payload.create({
      collection: 'events',
      data: eventData(
        { eventType: eventType.id, group: group.id },
        { resources: [{ relationTo: 'trainings', value: training.id }] },
      ) as never,
    })
    const first = await writeTestSnapshot(payload)
    expect(ofEvent(first.events, event.slug)[0]).toMatchObject({ type: { name: 'Porte-à-porte' }, resources: [{ title: training.title }] })

    // Each snapshot below reuses the previous one's state: only what changed is read again.
    await payload.update({ collection: 'event-types', id: eventType.id, data: { name: 'Porte-à-porte du samedi' } })
    const renamedType = await writeTestSnapshot(payload, first.dir)
    expect(ofEvent(renamedType.events, event.slug).map((entry) => entry.type.name)).toEqual(locales.map(() => 'Porte-à-porte du samedi'))

    await payload.update({ collection: 'trainings', id: training.id, data: { title: 'Parler en réunion', _status: 'published' } })
    const renamedTraining = await writeTestSnapshot(payload, first.dir)
    expect(ofEvent(renamedTraining.events, event.slug)[0]?.resources.map((resource) => resource.title)).toEqual(['Parler en réunion'])

    await payload.update({ collection: 'trainings', id: training.id, data: { _status: 'draft' } })
    const withdrawn = await writeTestSnapshot(payload, first.dir)
    expect(ofEvent(withdrawn.events, event.slug)[0]?.resources).toEqual([])
  })
})
