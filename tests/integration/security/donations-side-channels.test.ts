import { randomInt } from 'node:crypto'

import { beforeAll, expect, it } from 'vitest'

import type { User } from '../../../cms/payload-types'
import { signIn } from '../apiClient'
import { describeOnDatabase } from '../database'
import { createUser, uniqueSlug } from '../fixtures'
import { type DonationsHarness, newPerson, paidDonation, startDonationsHarness } from '../donationsHarness'

/**
 * Threat: staff who may not read donations (an organiser of the group the gift went to, an
 * editor, a translator) learn who gave, through anything but the donations API: the group's
 * account at any depth, filters and sorts through its `donation`, jobs, document locks,
 * preferences, GraphQL, the treasury's downloads. Only admins and treasurers read donors.
 */

const markerName = `Ombeline${'abcdefghij'[randomInt(10)]}${'abcdefghij'[randomInt(10)]}`

describeOnDatabase('donations through side channels (attacker review)', () => {
  let harness: DonationsHarness
  let users: Record<'organiser' | 'editor' | 'translator', User>
  const tokens: Partial<Record<keyof typeof users, string>> = {}
  let gifts: { id: number | string; email: string; lastName: string }[]

  beforeAll(async () => {
    harness = await startDonationsHarness()
    const { payload, request, groups } = harness
    users = {
      organiser: await createUser(payload, 'organiser', [], [groups.north.id]),
      editor: await createUser(payload, 'editor'),
      translator: await createUser(payload, 'translator', ['en']),
    }
    for (const role of Object.keys(users) as (keyof typeof users)[]) tokens[role] = await signIn(request, users[role].email)
    // Two gifts to the organiser's group, by donors whose names sort in a known order.
    gifts = []
    for (const lastName of [
      `Aaron ${uniqueSlug('a').slice(2, 6).replace(/\d/g, 'x')}`,
      `Zola ${uniqueSlug('z').slice(2, 6).replace(/\d/g, 'x')}`,
    ]) {
      const person = { ...newPerson(markerName), lastName }
      const row = await paidDonation(harness, person, '30', { [`share.${groups.north.slug}`]: '20' })
      gifts.push({ id: row.id, email: person.email, lastName })
    }
    // A treasurer opens the first gift in the admin: Payload locks it for them.
    const treasurer = await createUser(payload, 'treasurer')
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'donations', value: gifts[0]!.id as number },
        globalSlug: null,
        user: { relationTo: 'users', value: treasurer.id },
      },
      overrideAccess: true,
    })
  })

  const get = async (role: keyof typeof users, path: string) => {
    const response = await harness.request('GET', path, { token: tokens[role] })
    return { status: response.status, text: await response.text() }
  }

  it('no read of the group’s account, jobs, locks, preferences or donations at any depth names a donor', async () => {
    const { groups } = harness
    const paths = [
      'group-ledger?depth=3&limit=100',
      `group-ledger?depth=3&where[group][equals]=${groups.north.id}`,
      'payload-jobs?depth=3&limit=100',
      'payload-locked-documents?depth=3&limit=100',
      'payload-preferences?depth=3&limit=100',
      `action-groups/${groups.north.id}?depth=3`,
      'donations?depth=2&limit=100',
      `donations/${gifts[0]!.id}?depth=2`,
      'monthly-donations?depth=2&limit=100',
      'stripe-events?limit=100',
    ]
    for (const role of Object.keys(users) as (keyof typeof users)[]) {
      for (const path of paths) {
        const { text } = await get(role, path)
        expect(text, `${role} GET ${path}`).not.toContain(markerName)
        for (const gift of gifts) expect(text, `${role} GET ${path}`).not.toContain(gift.email)
      }
      for (const path of ['treasury/donations', 'treasury/donors', `treasury/group?group=${groups.north.id}`]) {
        const { text } = await get(role, path)
        expect(text, `${role} GET ${path}`).not.toContain(markerName)
      }
    }
  })

  it('GraphQL offers none of the money’s collections', async () => {
    const response = await harness.graphql('{ Donations { docs { id } } GroupLedgers { docs { id } } }', {}, { token: tokens.organiser })
    const text = await response.text()
    expect(text).not.toContain(markerName)
    expect(text).toMatch(/Cannot query field/)
  })

  // Payload checks a sort's path against the donations' read access as it does a filter's (validateSortQuery).
  it('an organiser cannot order their group’s rows by the donor behind them', async () => {
    for (const sort of ['donation.donor.lastName', '-donation.donor.email', 'donation.donor.postcode']) {
      const { status, text } = await get('organiser', `group-ledger?depth=0&limit=100&sort=${sort}`)
      expect(status, sort).toBe(400)
      for (const gift of gifts) expect(text).not.toContain(gift.lastName)
    }
  })
  it('the jobs a donation queues (emails, refunds) and the CMS’s log hold ids, never a donor', async () => {
    const logged: string[] = []
    const logger = harness.payload.logger
    const spies = (['info', 'warn', 'error'] as const).map((level) => {
      const original = logger[level].bind(logger)
      logger[level] = ((...args: unknown[]) => {
        logged.push(JSON.stringify(args))
        return (original as (...a: unknown[]) => void)(...args)
      }) as never
      return () => (logger[level] = original as never)
    })
    try {
      const person = { ...newPerson(markerName), lastName: `Journal ${uniqueSlug('j').slice(2, 6).replace(/\d/g, 'y')}` }
      await paidDonation(harness, person, '7000')
      // Over the cap when paid (a race the form could not see): a refund is queued, with its email.
      const { docs } = await harness.payload.find({ collection: 'payload-jobs', pagination: false, depth: 0, overrideAccess: true })
      const jobs = JSON.stringify(docs.map((job) => [job.input, job.log, job.taskSlug]))
      for (const secret of [markerName, person.email, person.lastName, person.phone, person.address]) {
        expect(jobs).not.toContain(secret)
        expect(logged.join('\n')).not.toContain(secret)
      }
    } finally {
      for (const restore of spies) restore()
    }
  })
})
