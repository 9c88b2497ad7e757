import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { personKeyOf } from '../../cms/donations/personsYear'
import { abandonedRetentionDays, anonymiseOldDonors } from '../../cms/jobs/donationRetention'
import type { Donation, MonthlyDonation } from '../../cms/payload-types'
import { env } from '../../env'
import { describeOnDatabase, testPayload } from './database'
import { uniqueSlug } from './fixtures'

type Id = number | string

/**
 * Donor identities anonymised when the law no longer needs them (cms/jobs/donationRetention.ts):
 * a paid donation through 31 December of its year + DONATION_RETENTION_YEARS in France, an
 * unpaid one 30 days. The runs here use instants long before or after the other test files'
 * rows (paid this year, created today), so that only this file's rows are concerned.
 */
describeOnDatabase('donation retention: identities anonymised, amounts kept', () => {
  let payload: Payload
  let group: Id
  const logged: string[] = []
  const personalData: string[] = []
  /** A paid year whose retention ends long before today's rows'. */
  const paidYear = 2005
  const lastKeptYear = paidYear + env.donations.retentionYears

  beforeAll(async () => {
    payload = await testPayload()
    group = (
      await payload.create({ collection: 'action-groups', data: { name: 'Groupe Lille', slug: uniqueSlug('groupe'), kind: 'local' } })
    ).id
    const logger = payload.logger as unknown as Record<string, (...args: unknown[]) => void>
    for (const level of ['info', 'warn', 'error']) {
      const original = logger[level]!.bind(payload.logger)
      logger[level] = (...args: unknown[]) => {
        logged.push(JSON.stringify(args))
        original(...args)
      }
    }
  })

  const donor = () => {
    const lastName = `Martin-${uniqueSlug('x').slice(2)}`
    const identity = {
      firstName: 'Noémie',
      lastName,
      email: `${lastName.toLowerCase()}@example.org`,
      address: '12 rue des Lilas',
      postcode: '59000',
      city: 'Lille',
      nationality: 'FR',
      residesInFrance: true,
      phone: '06 12 34 56 78',
    }
    personalData.push(identity.lastName, identity.email, identity.address, identity.phone)
    return { ...identity, personKey: personKeyOf(identity) }
  }

  const monthlyDonation = (status: MonthlyDonation['status'], createdAt: string) =>
    payload.create({
      collection: 'monthly-donations',
      data: {
        status,
        amountCents: 2_000,
        nationalCents: 1_500,
        shares: [{ group, cents: 500 }],
        donor: donor(),
        language: 'fr',
        manageTokenHash: uniqueSlug('hash'),
        createdAt,
      } as never,
    })

  const donation = (status: Donation['status'], changes: Partial<Record<keyof Donation, unknown>> = {}) =>
    payload.create({
      collection: 'donations',
      data: {
        frequency: 'once',
        status,
        amountCents: 5_000,
        nationalCents: 3_000,
        shares: [{ group, cents: 2_000 }],
        donor: donor(),
        language: 'fr',
        certifiedAt: `${paidYear}-03-01T10:00:00.000Z`,
        createdAt: `${paidYear}-03-01T10:00:00.000Z`,
        ...(status === 'succeeded' || status === 'refunded' || status === 'disputed'
          ? { succeededAt: `${paidYear}-03-01T10:01:00.000Z`, capYear: paidYear }
          : {}),
        ...changes,
      } as never,
    })

  /** Every stored field of these rows, the hidden ones included. */
  const stored = async (collection: 'donations' | 'monthly-donations', ids: Id[]) =>
    (
      await payload.find({
        collection,
        where: { id: { in: ids } },
        sort: 'id',
        depth: 0,
        pagination: false,
        overrideAccess: true,
        showHiddenFields: true,
      })
    ).docs as (Donation & MonthlyDonation)[]

  const ledger = async () =>
    (await payload.find({ collection: 'group-ledger', where: { group: { equals: group } }, sort: 'id', depth: 0, pagination: false })).docs

  const anonymousDonor = {
    firstName: null,
    lastName: null,
    email: null,
    address: null,
    postcode: null,
    city: null,
    phone: null,
    personKey: null,
    nationality: 'FR',
    residesInFrance: true,
  }

  it('keeps a paid donation through 31 December of its last year in France, anonymises it the next day', async () => {
    const paid = await Promise.all([donation('succeeded'), donation('refunded'), donation('disputed')])
    const ids = paid.map(({ id }) => id)
    // Paid a year later: kept one more year.
    const younger = await donation('succeeded', { capYear: paidYear + 1, succeededAt: `${paidYear + 1}-01-02T10:00:00.000Z` })
    await payload.create({
      collection: 'group-ledger',
      data: { group, kind: 'credit', reason: 'payment', cents: 2_000, donation: paid[0]!.id } as never,
    })
    const ledgerBefore = await ledger()
    const before = await stored('donations', [...ids, younger.id])

    // 23:59 on 31 December in Paris (22:59 UTC): still kept; a day before as well.
    expect(await anonymiseOldDonors(payload, new Date(`${lastKeptYear}-12-30T23:00:00.000Z`))).toEqual({ donations: [], monthly: [] })
    expect(await anonymiseOldDonors(payload, new Date(`${lastKeptYear}-12-31T22:59:00.000Z`))).toEqual({ donations: [], monthly: [] })
    expect(await stored('donations', [...ids, younger.id])).toEqual(before)

    // 00:01 on 1 January in Paris (23:01 UTC the day before): anonymised.
    const at = new Date(`${lastKeptYear}-12-31T23:01:00.000Z`)
    const { donations } = await anonymiseOldDonors(payload, at)
    expect(donations.map(String).sort()).toEqual(ids.map(String).sort())
    const after = await stored('donations', [...ids, younger.id])
    for (const [index, row] of after.slice(0, 3).entries()) {
      const { donor: _identity, anonymisedAt: _at, updatedAt: _updated, ...kept } = before[index]!
      expect(row).toMatchObject({ ...kept, donor: anonymousDonor, anonymisedAt: at.toISOString() })
      // Amounts, split, status, dates and the year are those of before.
      expect([row.amountCents, row.nationalCents, row.shares, row.status, row.succeededAt, row.capYear]).toEqual([
        5_000,
        3_000,
        before[index]!.shares,
        before[index]!.status,
        before[index]!.succeededAt,
        paidYear,
      ])
    }
    // The donation paid a year later, and the groups' accounts, are untouched.
    expect(after[3]).toEqual(before[3])
    expect(await ledger()).toEqual(ledgerBefore)

    // A second run (the next day) changes nothing.
    const nextDay = new Date(`${lastKeptYear + 1}-01-01T23:01:00.000Z`)
    expect(await anonymiseOldDonors(payload, nextDay)).toEqual({ donations: [], monthly: [] })
    expect(await stored('donations', [...ids, younger.id])).toEqual(after)
    expect(logged.join('\n')).toContain('3 donations and 0 monthly donations anonymised')
  })

  it('anonymises a donation never paid, and a monthly donation never started, 30 days after its creation', async () => {
    const now = new Date(`${paidYear}-06-01T12:00:00.000Z`)
    const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()
    const old = daysBefore(abandonedRetentionDays + 1)
    const recent = daysBefore(abandonedRetentionDays - 1)
    const abandoned = await Promise.all([
      donation('pending', { createdAt: old }),
      donation('expired', { createdAt: old }),
      donation('failed', { createdAt: old }),
    ])
    const fresh = await Promise.all([donation('pending', { createdAt: recent }), donation('expired', { createdAt: recent })])
    const neverStarted = await Promise.all([monthlyDonation('pending', old), monthlyDonation('cancelled', old)])
    const starting = await monthlyDonation('pending', recent)
    const freshBefore = await stored(
      'donations',
      fresh.map(({ id }) => id),
    )
    const startingBefore = await stored('monthly-donations', [starting.id])

    const result = await anonymiseOldDonors(payload, now)
    expect(result.donations.map(String).sort()).toEqual(abandoned.map(({ id }) => String(id)).sort())
    expect(result.monthly.map(String).sort()).toEqual(neverStarted.map(({ id }) => String(id)).sort())
    for (const row of await stored(
      'donations',
      abandoned.map(({ id }) => id),
    )) {
      expect(row).toMatchObject({ donor: anonymousDonor, anonymisedAt: now.toISOString(), amountCents: 5_000 })
    }
    for (const row of await stored(
      'monthly-donations',
      neverStarted.map(({ id }) => id),
    )) {
      // The link's hash goes too: the link opens nothing any more.
      expect(row).toMatchObject({ donor: anonymousDonor, anonymisedAt: now.toISOString(), amountCents: 2_000, manageTokenHash: null })
    }
    expect(
      await stored(
        'donations',
        fresh.map(({ id }) => id),
      ),
    ).toEqual(freshBefore)
    expect(await stored('monthly-donations', [starting.id])).toEqual(startingBefore)
  })

  it('keeps a monthly donation while it runs or while its last payment is kept, then anonymises it', async () => {
    const created = `${paidYear - 1}-11-01T10:00:00.000Z`
    const payment = (monthly: Id, capYear: number) =>
      donation('succeeded', {
        frequency: 'monthly',
        monthlyDonation: monthly,
        capYear,
        succeededAt: `${capYear}-05-01T10:00:00.000Z`,
        createdAt: `${capYear}-05-01T10:00:00.000Z`,
      })
    // Stopped after its last payment in the old year: due with that payment.
    const stopped = await monthlyDonation('cancelled', created)
    const stoppedPayment = await payment(stopped.id, paidYear)
    // Stopped, but paid once more the next year: kept a year longer.
    const stoppedLater = await monthlyDonation('cancelled', created)
    await payment(stoppedLater.id, paidYear)
    await payment(stoppedLater.id, paidYear + 1)
    // Still running: kept, however old its payments (which are anonymised one by one).
    const running = await monthlyDonation('active', created)
    const runningPayment = await payment(running.id, paidYear)
    const keptBefore = await stored('monthly-donations', [stoppedLater.id, running.id])

    const at = new Date(`${lastKeptYear + 1}-01-01T09:00:00.000Z`)
    const result = await anonymiseOldDonors(payload, at)
    // (Test rows of before, never paid, go too: only these three matter here.)
    expect(result.monthly.map(String)).toContain(String(stopped.id))
    expect(result.monthly.map(String)).not.toEqual(expect.arrayContaining([String(stoppedLater.id)]))
    expect(result.monthly.map(String)).not.toEqual(expect.arrayContaining([String(running.id)]))
    expect(result.donations.map(String)).toEqual(expect.arrayContaining([stoppedPayment.id, runningPayment.id].map(String)))
    const [stoppedAfter] = await stored('monthly-donations', [stopped.id])
    expect(stoppedAfter).toMatchObject({ donor: anonymousDonor, manageTokenHash: null, status: 'cancelled', amountCents: 2_000 })
    expect(stoppedAfter!.shares).toMatchObject([{ group, cents: 500 }])
    expect(await stored('monthly-donations', [stoppedLater.id, running.id])).toEqual(keptBefore)
  })

  it('logs counts only, never a donor', () => {
    const log = logged.join('\n')
    for (const value of personalData) expect(log).not.toContain(value)
  })
})
