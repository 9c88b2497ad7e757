import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { personKeyOf, personsYear } from '../../cms/donations/personsYear'
import { checkYearlyCap } from '../../cms/donations/yearlyCap'
import { describeOnDatabase, testPayload } from './database'
import { uniqueSlug } from './fixtures'

/**
 * The law's yearly cap against what the database holds of a person (cms/donations/): their
 * succeeded donations of the calendar year in France, under their email or their name and
 * postcode, and what their running monthly donations will still take.
 */
describeOnDatabase('donations: a person’s year, for the 7,500 € cap', () => {
  let payload: Payload
  const now = new Date('2026-09-10T10:00:00Z')

  beforeAll(async () => {
    payload = await testPayload()
  })

  /** A fresh person: a unique surname, so that no other test's rows are theirs. */
  const person = () => {
    const lastName = `Durand-${uniqueSlug('x').slice(2)}`
    return { firstName: 'Éloïse', lastName, email: `${lastName.toLowerCase()}@example.org`, postcode: '35000' }
  }

  const donation = (donor: ReturnType<typeof person>, amountCents: number, changes: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'donations',
      data: {
        frequency: 'once',
        status: 'succeeded',
        amountCents,
        nationalCents: amountCents,
        capYear: 2026,
        donor: { ...donor, personKey: personKeyOf(donor) },
        language: 'fr',
        ...changes,
      } as never,
    })

  it('adds up the year’s succeeded donations, under the email or under the name and postcode', async () => {
    const nour = person()
    await donation(nour, 100_000)
    // Another address, the name typed differently: the same person.
    await donation(
      { ...nour, email: `${uniqueSlug('autre')}@example.org`, firstName: 'eloise', lastName: nour.lastName.toUpperCase() },
      50_000,
    )
    // Not counted: last year, refunded, failed, abandoned, someone else at the same postcode.
    await donation(nour, 70_000, { capYear: 2025 })
    await donation(nour, 70_000, { status: 'refunded' })
    await donation(nour, 70_000, { status: 'failed' })
    await donation(nour, 70_000, { status: 'expired' })
    await donation({ ...person(), postcode: nour.postcode }, 70_000)
    expect(await personsYear(payload, nour, now)).toEqual({ givenThisYearCents: 150_000, activeMonthly: [] })
  })

  it('counts running monthly donations to December, and leaves out the one being replaced', async () => {
    const nour = person()
    await donation(nour, 700_000)
    const monthly = await payload.create({
      collection: 'monthly-donations',
      data: {
        status: 'active',
        amountCents: 10_000,
        nationalCents: 10_000,
        nextPaymentAt: '2026-09-20T10:00:00.000Z',
        donor: { ...nour, personKey: personKeyOf(nour) },
        language: 'fr',
      } as never,
    })
    await payload.create({
      collection: 'monthly-donations',
      data: {
        status: 'cancelled',
        amountCents: 50_000,
        nationalCents: 50_000,
        donor: { ...nour, personKey: personKeyOf(nour) },
        language: 'fr',
      } as never,
    })
    const year = await personsYear(payload, nour, now)
    expect(year.activeMonthly).toEqual([{ id: monthly.id, amountCents: 10_000, nextPaymentAt: new Date('2026-09-20T10:00:00.000Z') }])

    // 7,000 € given, 4 × 100 € still to come: 100 € more is possible, not 100.01 €.
    const once = (amountCents: number) => checkYearlyCap({ ...year, donation: { frequency: 'once', amountCents }, now })
    expect(once(10_000)).toMatchObject({ ok: true, figures: { monthlyStillToComeCents: 40_000, stillPossibleCents: 10_000 } })
    expect(once(10_001).ok).toBe(false)

    // A new monthly donation that replaces the running one: 4 × 125 € fits in the 500 € left.
    const replacing = await personsYear(payload, nour, now, { replacing: monthly.id })
    expect(replacing.activeMonthly).toEqual([])
    expect(checkYearlyCap({ ...replacing, donation: { frequency: 'monthly', amountCents: 12_500 }, now }).ok).toBe(true)
    expect(checkYearlyCap({ ...replacing, donation: { frequency: 'monthly', amountCents: 12_501 }, now }).ok).toBe(false)
  })

  it('reads nothing it was not asked: a person with no donation has an empty year', async () => {
    expect(await personsYear(payload, person(), now)).toEqual({ givenThisYearCents: 0, activeMonthly: [] })
  })
})
