import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { hubTranslations } from '../../cms/i18n/translations'
import type { User } from '../../cms/payload-types'
import { describeOnDatabase, testPayload } from './database'
import { createUser, eventData, minimalDocuments, pngFile, richText, textFile, uniqueSlug, vttText } from './fixtures'

type Actor = 'anonymous' | 'translator' | 'organiser' | 'treasurer' | 'editor' | 'admin'
const actors: Actor[] = ['anonymous', 'translator', 'organiser', 'treasurer', 'editor', 'admin']

type ContentSlug = keyof ReturnType<typeof minimalDocuments>
const contentCollections: ContentSlug[] = ['trainings', 'videos', 'infographics', 'bibliographies', 'sheets', 'faqs', 'programme']
const localizedFieldOf: Record<ContentSlug | 'themes', string> = {
  trainings: 'title',
  videos: 'title',
  infographics: 'title',
  bibliographies: 'title',
  sheets: 'title',
  faqs: 'question',
  programme: 'title',
  themes: 'name',
}

/** Runs an operation and says whether it was allowed (reads: whether the document came back). */
const allowed = async (operation: () => Promise<unknown>): Promise<boolean> => {
  try {
    const result = await operation()
    if (result && typeof result === 'object' && 'docs' in result) return (result as { docs: unknown[] }).docs.length > 0
    return true
  } catch {
    return false
  }
}

const rows = (table: Record<string, Actor[]>) =>
  Object.fromEntries(
    Object.entries(table).map(([operation, who]) => [operation, Object.fromEntries(actors.map((actor) => [actor, who.includes(actor)]))]),
  )

const staff: Actor[] = ['translator', 'organiser', 'treasurer', 'editor', 'admin']
const editors: Actor[] = ['editor', 'admin']
/** Who translates content: translators, and editors and admins, who may do everything. */
const translating: Actor[] = ['translator', ...editors]

/** What each role may do to publishable content: the rules of cms/access. */
const expectedForContent = rows({
  'read published': ['anonymous', ...staff],
  'read draft': staff,
  create: editors,
  'save a draft in en': translating,
  'publish a change in fr': editors,
  'change the slug': editors,
  delete: editors,
})

describeOnDatabase('access rules: role × operation × collection', () => {
  let payload: Payload
  let users: Record<Exclude<Actor, 'anonymous'>, User>
  let refs: { visual: number | string; vtt: number | string }

  beforeAll(async () => {
    payload = await testPayload()
    const group = await payload.create({ collection: 'action-groups', data: { name: 'Groupe', slug: uniqueSlug('groupe'), kind: 'local' } })
    users = {
      translator: await createUser(payload, 'translator', ['en']),
      organiser: await createUser(payload, 'organiser', [], [group.id]),
      treasurer: await createUser(payload, 'treasurer'),
      editor: await createUser(payload, 'editor'),
      admin: await createUser(payload, 'admin'),
    }
    const visual = await payload.create({
      collection: 'visuals',
      data: { title: 'V', alt: 'V', credit: 'C', licence: 'CC0-1.0' },
      file: await pngFile(undefined, 64, 64),
    })
    const vtt = await payload.create({
      collection: 'files',
      data: { title: 'fr' },
      file: textFile(`${uniqueSlug('st')}.vtt`, vttText, 'text/vtt'),
    })
    refs = { visual: visual.id, vtt: vtt.id }
  })

  const as = (actor: Actor) =>
    actor === 'anonymous' ? { overrideAccess: false as const } : { overrideAccess: false as const, user: users[actor] }

  it.each(contentCollections)('%s', async (collection) => {
    const fresh = async (status: 'draft' | 'published') =>
      payload.create({ collection, draft: status === 'draft', data: { ...minimalDocuments(refs)[collection], _status: status } as never })
    const field = localizedFieldOf[collection]
    const actual: Record<string, Record<Actor, boolean>> = {}
    for (const operation of Object.keys(expectedForContent)) actual[operation] = {} as Record<Actor, boolean>
    for (const actor of actors) {
      const published = await fresh('published')
      const draft = await fresh('draft')
      const byId = (id: number | string) => ({ collection, where: { id: { equals: id } }, ...as(actor) }) as const
      actual['read published']![actor] = await allowed(() => payload.find(byId(published.id)))
      actual['read draft']![actor] = await allowed(() => payload.find({ ...byId(draft.id), draft: true }))
      actual.create![actor] = await allowed(() =>
        payload.create({ collection, data: minimalDocuments(refs)[collection] as never, ...as(actor) }),
      )
      actual['save a draft in en']![actor] = await allowed(() =>
        payload.update({ collection, id: published.id, locale: 'en', draft: true, data: { [field]: 'In English' }, ...as(actor) }),
      )
      actual['publish a change in fr']![actor] = await allowed(() =>
        payload.update({
          collection,
          id: published.id,
          locale: 'fr',
          data: { [field]: 'En français', _status: 'published' },
          ...as(actor),
        }),
      )
      actual['change the slug']![actor] = await allowed(() =>
        payload.update({ collection, id: published.id, locale: 'en', draft: true, data: { slug: uniqueSlug('autre') }, ...as(actor) }),
      )
      actual.delete![actor] = await allowed(() => payload.delete({ collection, id: published.id, ...as(actor) }))
    }
    expect(actual).toEqual(expectedForContent)
  })

  it('themes: public taxonomy, translated by translators, managed by editors', async () => {
    const theme = () => payload.create({ collection: 'themes', data: { name: 'Thème', slug: uniqueSlug('theme'), colour: '#1d5e3a' } })
    const actual: Record<string, Record<Actor, boolean>> = {
      read: {},
      create: {},
      'update text in en': {},
      'change the colour': {},
      delete: {},
    } as never
    for (const actor of actors) {
      const { id } = await theme()
      actual.read![actor] = await allowed(() => payload.find({ collection: 'themes', where: { id: { equals: id } }, ...as(actor) }))
      actual.create![actor] = await allowed(() =>
        payload.create({ collection: 'themes', data: { name: 'T', slug: uniqueSlug('t'), colour: '#1d5e3a' }, ...as(actor) }),
      )
      actual['update text in en']![actor] = await allowed(() =>
        payload.update({ collection: 'themes', id, locale: 'en', data: { name: 'Theme' }, ...as(actor) }),
      )
      actual['change the colour']![actor] = await allowed(() =>
        payload.update({ collection: 'themes', id, locale: 'en', data: { colour: '#222222' }, ...as(actor) }),
      )
      actual.delete![actor] = await allowed(() => payload.delete({ collection: 'themes', id, ...as(actor) }))
    }
    expect(actual).toEqual(
      rows({
        read: ['anonymous', ...staff],
        create: editors,
        'update text in en': translating,
        'change the colour': editors,
        delete: editors,
      }),
    )
  })

  it.each(['visuals', 'files'] as const)('%s: public media, uploaded and deleted by editors', async (collection) => {
    const upload = async (actor: Actor) =>
      collection === 'visuals'
        ? payload.create({
            collection,
            data: { title: 'V', alt: 'V', credit: 'C', licence: 'CC0-1.0' },
            file: await pngFile(undefined, 32, 32),
            ...as(actor),
          })
        : payload.create({ collection, data: { title: 'F' }, file: textFile(`${uniqueSlug('f')}.vtt`, vttText, 'text/vtt'), ...as(actor) })
    const actual: Record<string, Record<Actor, boolean>> = { read: {}, upload: {}, delete: {} } as never
    for (const actor of actors) {
      const { id } = await upload('admin')
      actual.read![actor] = await allowed(() => payload.find({ collection, where: { id: { equals: id } }, ...as(actor) }))
      actual.upload![actor] = await allowed(() => upload(actor))
      actual.delete![actor] = await allowed(() => payload.delete({ collection, id, ...as(actor) }))
    }
    // A file no published document uses stays private; a visual is public in the library while downloadable
    // (the default). The full rules: security/upload-draft-files.test.ts.
    expect(actual).toEqual(rows({ read: collection === 'visuals' ? ['anonymous', ...staff] : staff, upload: editors, delete: editors }))
  })

  it('users: only admins manage accounts; others see and edit themselves, never their role', async () => {
    const actual: Record<string, Record<Actor, boolean>> = {
      'list everyone': {},
      'read own account': {},
      'create an account': {},
      'edit another account': {},
      'promote self to admin': {},
    } as never
    for (const actor of actors) {
      const other = await createUser(payload, 'editor')
      actual['list everyone']![actor] = await allowed(async () => {
        const found = await payload.find({ collection: 'users', ...as(actor), limit: 0, pagination: false })
        if (found.docs.length < 2) throw new Error('sees only part of the accounts')
        return found
      })
      actual['read own account']![actor] =
        actor !== 'anonymous' &&
        (await allowed(() => payload.find({ collection: 'users', where: { id: { equals: users[actor].id } }, ...as(actor) })))
      actual['create an account']![actor] = await allowed(() => createUserAs(payload, as(actor)))
      actual['edit another account']![actor] = await allowed(() =>
        payload.update({ collection: 'users', id: other.id, data: { name: 'Changé' }, ...as(actor) }),
      )
      actual['promote self to admin']![actor] =
        actor !== 'anonymous' &&
        (await allowed(async () => {
          const self = users[actor]
          const updated = await payload.update({ collection: 'users', id: self.id, data: { role: 'admin' }, ...as(actor) })
          if (updated.role !== 'admin') throw new Error('role unchanged')
          if (self.role !== 'admin') await payload.update({ collection: 'users', id: self.id, data: { role: self.role } })
          return updated
        }))
    }
    expect(actual).toEqual(
      rows({
        'list everyone': ['admin'],
        'read own account': staff,
        'create an account': ['admin'],
        'edit another account': ['admin'],
        'promote self to admin': ['admin'],
      }),
    )
  })

  it('translators: refused with a message outside their languages, on shared fields, or when publishing French', async () => {
    const translatorFr = await createUser(payload, 'translator', ['fr'])
    const doc = await payload.create({ collection: 'trainings', data: { ...minimalDocuments(refs).trainings, _status: 'published' } })
    const message = async (operation: Promise<unknown>) =>
      operation.then(
        () => 'allowed',
        (error: { data?: { errors?: { message: string }[] }; message: string }) => error.data?.errors?.[0]?.message ?? error.message,
      )
    const asFr = { overrideAccess: false, user: translatorFr }
    expect(
      await message(
        payload.update({ collection: 'trainings', id: doc.id, locale: 'fr', draft: true, data: { title: 'Brouillon' }, ...asFr }),
      ),
    ).toBe('allowed')
    expect(
      await message(
        payload.update({ collection: 'trainings', id: doc.id, locale: 'fr', data: { title: 'Publié', _status: 'published' }, ...asFr }),
      ),
    ).toContain('Seul·es les éditeur·rices publient')
    expect(
      await message(
        payload.update({ collection: 'trainings', id: doc.id, locale: 'fr', draft: true, data: { durationMinutes: 999 }, ...asFr }),
      ),
    ).toContain('durationMinutes')
    expect(
      await message(payload.update({ collection: 'trainings', id: doc.id, locale: 'fr', draft: true, data: { modules: [] }, ...asFr })),
    ).toContain('modules')
    expect(
      await message(
        payload.update({
          collection: 'trainings',
          id: doc.id,
          locale: 'fr',
          draft: true,
          data: { publishedAt: '2099-01-01T00:00:00.000Z' },
          ...asFr,
        }),
      ),
    ).toContain('publishedAt')
    // A plain save (neither a draft nor a publication) would overwrite, or take offline, the live document.
    const asEn = { overrideAccess: false as const, user: await createUser(payload, 'translator', ['en']) }
    expect(
      await message(payload.update({ collection: 'trainings', id: doc.id, locale: 'en', data: { title: 'Live edit' }, ...asEn })),
    ).toContain('Enregistrez un brouillon ou publiez')
    expect(
      await message(payload.update({ collection: 'trainings', id: doc.id, locale: 'en', data: { _status: 'draft' }, ...asEn })),
    ).toContain('Enregistrez un brouillon ou publiez')
    expect((await payload.findByID({ collection: 'trainings', id: doc.id, overrideAccess: false }))._status).toBe('published')
  })
})

describeOnDatabase('translators cannot publish an editor\u2019s unfinished French', () => {
  it('refuses to publish a translation while French has unpublished changes, then allows it', async () => {
    const payload = await testPayload()
    const translator = await createUser(payload, 'translator', ['en'])
    const doc = await payload.create({
      collection: 'faqs',
      data: {
        question: 'Comment agir ?',
        slug: uniqueSlug('faq'),
        answer: richText('Rejoignez un groupe.'),
        category: 'act',
        order: 1,
        _status: 'published',
      },
    })
    // An editor starts rewriting the French answer, as a draft.
    await payload.update({
      collection: 'faqs',
      id: doc.id,
      locale: 'fr',
      draft: true,
      data: { question: 'Comment agir localement ? (brouillon)' },
    })
    const asTranslator = { overrideAccess: false as const, user: translator }
    const publishEnglish = () =>
      payload.update({
        collection: 'faqs',
        id: doc.id,
        locale: 'en',
        data: { question: 'How can I act?', answer: richText('Join a group.'), _status: 'published' },
        ...asTranslator,
      })
    await expect(publishEnglish()).rejects.toMatchObject({
      data: { errors: [{ message: expect.stringContaining('modifications non publiées') }] },
    })
    const stillPublic = await payload.findByID({ collection: 'faqs', id: doc.id, locale: 'fr', overrideAccess: false })
    expect(stillPublic.question).toBe('Comment agir ?')

    await payload.update({ collection: 'faqs', id: doc.id, locale: 'fr', data: { _status: 'published' } })
    await publishEnglish()
    const english = await payload.findByID({ collection: 'faqs', id: doc.id, locale: 'en', overrideAccess: false })
    expect(english.question).toBe('How can I act?')
  })
})

const createUserAs = (payload: Payload, access: { overrideAccess: false; user?: User }) =>
  payload.create({
    collection: 'users' as CollectionSlug,
    data: { email: `${uniqueSlug('new')}@example.org`, name: 'New', role: 'editor', password: 'correct-horse-battery' } as never,
    ...access,
  })

describeOnDatabase('access rules: action groups, events, registrations and donations', () => {
  let payload: Payload
  let users: Record<Exclude<Actor, 'anonymous'>, User>
  let ours: number | string
  let theirs: number | string
  let eventType: number | string

  beforeAll(async () => {
    payload = await testPayload()
    const group = (name: string) =>
      payload.create({ collection: 'action-groups', data: { name, slug: uniqueSlug('groupe'), kind: 'local' } })
    ours = (await group('Les nôtres')).id
    theirs = (await group('Les autres')).id
    eventType = (await payload.create({ collection: 'event-types', data: { name: 'Réunion publique', slug: uniqueSlug('type') } })).id
    users = {
      translator: await createUser(payload, 'translator', ['en']),
      organiser: await createUser(payload, 'organiser', [], [ours]),
      treasurer: await createUser(payload, 'treasurer'),
      editor: await createUser(payload, 'editor'),
      admin: await createUser(payload, 'admin'),
    }
  })

  const as = (actor: Actor) =>
    actor === 'anonymous' ? { overrideAccess: false as const } : { overrideAccess: false as const, user: users[actor] }
  const eventFor = (group: number | string, status: 'draft' | 'published' = 'published') =>
    eventData({ eventType, group }, { _status: status })
  const event = (group: number | string, status: 'draft' | 'published' = 'published') =>
    payload.create({ collection: 'events', draft: status === 'draft', data: eventFor(group, status) as never })
  const registration = (eventId: number | string) =>
    payload.create({
      collection: 'registrations',
      data: {
        event: eventId,
        firstName: 'Camille',
        email: `${uniqueSlug('inscrite')}@example.org`,
        language: 'fr',
        status: 'confirmed',
        consent: { text: 'J’accepte.', at: new Date().toISOString() },
        cancelTokenHash: uniqueSlug('hash'),
      } as never,
    })

  it('events: organisers create, change and publish their groups’ events, and no other group’s', async () => {
    const actual: Record<string, Record<Actor, boolean>> = {}
    const operations = [
      'read a published event',
      'read a draft event',
      'create for their group',
      'create for another group',
      'change their group’s event',
      'change another group’s event',
      'publish their group’s draft',
      'hand their event to another group',
      'translate into en',
      'delete',
    ]
    for (const operation of operations) actual[operation] = {} as Record<Actor, boolean>
    for (const actor of actors) {
      const published = await event(ours)
      const draft = await event(ours, 'draft')
      const other = await event(theirs)
      const byId = (id: number | string) => ({ collection: 'events' as const, where: { id: { equals: id } }, ...as(actor) })
      actual['read a published event']![actor] = await allowed(() => payload.find(byId(published.id)))
      actual['read a draft event']![actor] = await allowed(() => payload.find({ ...byId(draft.id), draft: true }))
      actual['create for their group']![actor] = await allowed(() =>
        payload.create({ collection: 'events', data: eventFor(ours) as never, ...as(actor) }),
      )
      actual['create for another group']![actor] =
        actor !== 'organiser'
          ? true
          : await allowed(() => payload.create({ collection: 'events', data: eventFor(theirs) as never, ...as(actor) }))
      actual['change their group’s event']![actor] = await allowed(() =>
        payload.update({
          collection: 'events',
          id: published.id,
          locale: 'fr',
          draft: true,
          data: { title: 'Nouveau titre' },
          ...as(actor),
        }),
      )
      actual['change another group’s event']![actor] = await allowed(() =>
        payload.update({ collection: 'events', id: other.id, locale: 'fr', draft: true, data: { title: 'Pris' }, ...as(actor) }),
      )
      actual['publish their group’s draft']![actor] = await allowed(() =>
        payload.update({ collection: 'events', id: draft.id, locale: 'fr', data: { _status: 'published' }, ...as(actor) }),
      )
      actual['hand their event to another group']![actor] = await allowed(() =>
        payload.update({
          collection: 'events',
          id: published.id,
          locale: 'fr',
          draft: true,
          data: { organisers: [theirs] as never },
          ...as(actor),
        }),
      )
      actual['translate into en']![actor] = await allowed(() =>
        payload.update({ collection: 'events', id: other.id, locale: 'en', draft: true, data: { title: 'Meeting' }, ...as(actor) }),
      )
      actual.delete![actor] = await allowed(() => payload.delete({ collection: 'events', id: other.id, ...as(actor) }))
    }
    const organisers: Actor[] = ['organiser', ...editors]
    expect(actual).toEqual(
      rows({
        'read a published event': ['anonymous', ...staff],
        'read a draft event': staff,
        'create for their group': organisers,
        // Only the organiser's answer is asked: for everyone else the row repeats "create".
        'create for another group': ['anonymous', 'translator', 'treasurer', ...editors],
        'change their group’s event': organisers,
        'change another group’s event': editors,
        'publish their group’s draft': organisers,
        'hand their event to another group': editors,
        'translate into en': translating,
        delete: editors,
      }),
    )
  })

  it('events: an organiser names only their own groups as co-organisers; other groups already on the event stay', async () => {
    const third = (
      await payload.create({ collection: 'action-groups', data: { name: 'Les tiers', slug: uniqueSlug('groupe'), kind: 'local' } })
    ).id
    const organisersOf = async (id: number | string) =>
      (await payload.findByID({ collection: 'events', id, depth: 0, draft: true })).organisers.map(String).sort()
    const actual: Record<string, Partial<Record<Actor, boolean>>> = {
      'create with another group as co-organiser': {},
      'add another group to their event': {},
      'keep the other group already on their event': {},
    }
    for (const actor of ['organiser', ...editors] as const) {
      actual['create with another group as co-organiser']![actor] = await allowed(() =>
        payload.create({ collection: 'events', data: { ...eventFor(ours), organisers: [ours, theirs] } as never, ...as(actor) }),
      )
      const shared = await payload.create({
        collection: 'events',
        data: { ...eventFor(ours), organisers: [ours, theirs] } as never,
      })
      const change = (organisers: (number | string)[]) => () =>
        payload.update({ collection: 'events', id: shared.id, locale: 'fr', draft: true, data: { organisers } as never, ...as(actor) })
      actual['add another group to their event']![actor] = await allowed(change([ours, theirs, third]))
      if (actor === 'organiser') expect(await organisersOf(shared.id)).toEqual([ours, theirs].map(String).sort())
      actual['keep the other group already on their event']![actor] = await allowed(change([theirs, ours]))
    }
    expect(actual).toEqual({
      'create with another group as co-organiser': { organiser: false, editor: true, admin: true },
      'add another group to their event': { organiser: false, editor: true, admin: true },
      'keep the other group already on their event': { organiser: true, editor: true, admin: true },
    })
    // Told why (in the admin's default language here: the Local API request has no other).
    const shared = await payload.create({ collection: 'events', data: { ...eventFor(ours), organisers: [ours] } as never })
    const refused = await payload
      .update({
        collection: 'events',
        id: shared.id,
        locale: 'fr',
        draft: true,
        data: { organisers: [ours, theirs] } as never,
        ...as('organiser'),
      })
      .then(
        () => null,
        (error: Error) => error.message,
      )
    expect(refused).toBe(hubTranslations.fr!.hub.organiserAddsOtherGroup)
    expect(await organisersOf(shared.id)).toEqual([String(ours)])
  })

  it('registrations: personal data, read and updated only by admins and the event’s organisers', async () => {
    const actual: Record<string, Record<Actor, boolean>> = {
      'list registrations of their group’s event': {},
      'list registrations of another group’s event': {},
      'create one through the API': {},
      'mark attendance': {},
      delete: {},
    } as never
    const ourEvent = await event(ours)
    const otherEvent = await event(theirs)
    for (const actor of actors) {
      const mine = await registration(ourEvent.id)
      await registration(otherEvent.id)
      const listOf = (eventId: number | string) => () =>
        payload.find({ collection: 'registrations', where: { event: { equals: eventId } }, ...as(actor) })
      actual['list registrations of their group’s event']![actor] = await allowed(listOf(ourEvent.id))
      actual['list registrations of another group’s event']![actor] = await allowed(listOf(otherEvent.id))
      actual['create one through the API']![actor] = await allowed(() =>
        payload.create({
          collection: 'registrations',
          data: {
            event: ourEvent.id,
            firstName: 'Intrus',
            email: `${uniqueSlug('intrus')}@example.org`,
            language: 'fr',
            consent: { text: 'oui', at: new Date().toISOString() },
            cancelTokenHash: uniqueSlug('h'),
          } as never,
          ...as(actor),
        }),
      )
      actual['mark attendance']![actor] = await allowed(() =>
        payload.update({ collection: 'registrations', id: mine.id, data: { status: 'attended' }, ...as(actor) }),
      )
      actual.delete![actor] = await allowed(() => payload.delete({ collection: 'registrations', id: mine.id, ...as(actor) }))
    }
    expect(actual).toEqual(
      rows({
        'list registrations of their group’s event': ['organiser', 'admin'],
        'list registrations of another group’s event': ['admin'],
        'create one through the API': ['admin'],
        'mark attendance': ['organiser', 'admin'],
        delete: ['admin'],
      }),
    )
  })

  it('registrations: an organiser changes the status alone, and nobody reads the cancel token’s hash', async () => {
    const ourEvent = await event(ours)
    const person = await registration(ourEvent.id)
    const asOrganiser = as('organiser')
    await payload.update({
      collection: 'registrations',
      id: person.id,
      data: { status: 'attended', email: 'changed@example.org', firstName: 'Autre' },
      ...asOrganiser,
    })
    const stored = await payload.findByID({ collection: 'registrations', id: person.id })
    expect({ status: stored.status, email: stored.email, firstName: stored.firstName }).toEqual({
      status: 'attended',
      email: person.email,
      firstName: 'Camille',
    })
    for (const actor of ['organiser', 'admin'] as const) {
      const read = await payload.findByID({ collection: 'registrations', id: person.id, ...as(actor) })
      expect(read).not.toHaveProperty('cancelTokenHash')
    }
  })

  /** A donation of 30 €, 20 € of it to `group`, paid, with its credit in the group's account (as the server writes them). */
  const paidDonation = async (group: number | string) => {
    const donation = await payload.create({
      collection: 'donations',
      data: {
        frequency: 'once',
        status: 'succeeded',
        amountCents: 3000,
        nationalCents: 1000,
        shares: [{ group, cents: 2000 }],
        donor: { firstName: 'Nour', lastName: 'Benali', email: `${uniqueSlug('donatrice')}@example.org`, postcode: '35000' },
        language: 'fr',
      } as never,
    })
    const credit = await payload.create({
      collection: 'group-ledger',
      data: { group, kind: 'credit', reason: 'payment', cents: 2000, donation: donation.id } as never,
    })
    return { donation, credit }
  }

  it('donations: read by admins and treasurers only; nobody writes them or a group’s account through the API', async () => {
    const actual: Record<string, Record<Actor, boolean>> = {
      'read donations': {},
      'read monthly donations': {},
      'create a donation': {},
      'change a donation': {},
      'delete a donation': {},
      'read their group’s account': {},
      'read another group’s account': {},
      'add to a group’s account': {},
      'edit a group’s account': {},
      'delete from a group’s account': {},
    } as never
    const monthly = await payload.create({
      collection: 'monthly-donations',
      data: { status: 'active', amountCents: 1000, nationalCents: 1000, language: 'fr', donor: { lastName: 'Benali' } } as never,
    })
    for (const actor of actors) {
      const ourGift = await paidDonation(ours)
      const theirGift = await paidDonation(theirs)
      const byId = (collection: 'donations' | 'monthly-donations' | 'group-ledger', id: number | string) => () =>
        payload.find({ collection, where: { id: { equals: id } }, ...as(actor) })
      actual['read donations']![actor] = await allowed(byId('donations', ourGift.donation.id))
      actual['read monthly donations']![actor] = await allowed(byId('monthly-donations', monthly.id))
      actual['create a donation']![actor] = await allowed(() =>
        payload.create({
          collection: 'donations',
          data: { frequency: 'once', amountCents: 100, nationalCents: 100, language: 'fr' } as never,
          ...as(actor),
        }),
      )
      actual['change a donation']![actor] = await allowed(() =>
        payload.update({ collection: 'donations', id: ourGift.donation.id, data: { status: 'refunded' } as never, ...as(actor) }),
      )
      actual['delete a donation']![actor] = await allowed(() =>
        payload.delete({ collection: 'donations', id: ourGift.donation.id, ...as(actor) }),
      )
      actual['read their group’s account']![actor] = await allowed(byId('group-ledger', ourGift.credit.id))
      actual['read another group’s account']![actor] = await allowed(byId('group-ledger', theirGift.credit.id))
      actual['add to a group’s account']![actor] = await allowed(() =>
        payload.create({
          collection: 'group-ledger',
          data: { group: ours, kind: 'reversal', reason: 'refund', cents: -2000, donation: ourGift.donation.id } as never,
          ...as(actor),
        }),
      )
      actual['edit a group’s account']![actor] = await allowed(() =>
        payload.update({ collection: 'group-ledger', id: ourGift.credit.id, data: { cents: 1 } as never, ...as(actor) }),
      )
      actual['delete from a group’s account']![actor] = await allowed(() =>
        payload.delete({ collection: 'group-ledger', id: ourGift.credit.id, ...as(actor) }),
      )
    }
    expect(actual).toEqual(
      rows({
        'read donations': ['treasurer', 'admin'],
        'read monthly donations': ['treasurer', 'admin'],
        'create a donation': [],
        'change a donation': [],
        'delete a donation': [],
        'read their group’s account': ['organiser', 'treasurer', 'admin'],
        'read another group’s account': ['treasurer', 'admin'],
        'add to a group’s account': [],
        'edit a group’s account': [],
        'delete from a group’s account': [],
      }),
    )
  })

  it('group accounts: an organiser reads their group’s credits, never the donor behind them', async () => {
    const { credit } = await paidDonation(ours)
    const read = await payload.findByID({ collection: 'group-ledger', id: credit.id, depth: 1, ...as('organiser') })
    expect(read.cents).toBe(2000)
    // The donation stays an id: populating it is refused to an organiser.
    expect(typeof read.donation === 'object' && read.donation !== null).toBe(false)
    const asTreasurer = await payload.findByID({ collection: 'group-ledger', id: credit.id, depth: 1, ...as('treasurer') })
    expect(asTreasurer.donation).toMatchObject({ donor: { lastName: 'Benali' } })
  })

  it('group accounts: an organiser cannot learn who gave by filtering their rows on the donation’s donor', async () => {
    const { donation } = await paidDonation(ours)
    const email = (donation as { donor: { email: string } }).donor.email
    for (const path of ['donation.donor.email', 'donation.donor.lastName', 'donation.status']) {
      const probe = payload.find({
        collection: 'group-ledger',
        where: { [path]: { equals: path.endsWith('email') ? email : path.endsWith('status') ? 'succeeded' : 'Benali' } },
        ...as('organiser'),
      })
      const found = await probe.then(
        (result) => result.docs.length,
        () => 0,
      )
      expect(found, path).toBe(0)
    }
    // The treasurer may.
    const asTreasurer = await payload.find({
      collection: 'group-ledger',
      where: { 'donation.donor.email': { equals: email } },
      ...as('treasurer'),
    })
    expect(asTreasurer.docs).toHaveLength(1)
  })

  it('group accounts: each share is credited once, however often it is written', async () => {
    const { donation } = await paidDonation(ours)
    const again = payload.create({
      collection: 'group-ledger',
      data: { group: ours, kind: 'credit', reason: 'payment', cents: 2000, donation: donation.id } as never,
    })
    await expect(again).rejects.toThrow()
    const rowsOfDonation = await payload.find({ collection: 'group-ledger', where: { donation: { equals: donation.id } } })
    expect(rowsOfDonation.docs.map((row) => row.cents)).toEqual([2000])
  })

  it('action groups: public; editors manage them; organisers and translators do not', async () => {
    const actual: Record<string, Record<Actor, boolean>> = { read: {}, create: {}, 'rename ours': {}, delete: {} } as never
    for (const actor of actors) {
      const { id } = await payload.create({ collection: 'action-groups', data: { name: 'G', slug: uniqueSlug('g'), kind: 'local' } })
      actual.read![actor] = await allowed(() => payload.find({ collection: 'action-groups', where: { id: { equals: id } }, ...as(actor) }))
      actual.create![actor] = await allowed(() =>
        payload.create({ collection: 'action-groups', data: { name: 'N', slug: uniqueSlug('n'), kind: 'local' }, ...as(actor) }),
      )
      actual['rename ours']![actor] = await allowed(() =>
        payload.update({ collection: 'action-groups', id: ours, locale: 'fr', data: { name: 'Les nôtres' }, ...as(actor) }),
      )
      actual.delete![actor] = await allowed(() => payload.delete({ collection: 'action-groups', id, ...as(actor) }))
    }
    expect(actual).toEqual(rows({ read: ['anonymous', ...staff], create: editors, 'rename ours': editors, delete: editors }))
  })
})
