import type { Payload, PayloadRequest, Where } from 'payload'

import type { DonorIdentity } from '../../publication/donation'
import { type ActiveMonthly, yearAndMonthInFrance } from './yearlyCap'

/**
 * Who a donor is, for the yearly cap: the same person under their email, or under their name and
 * postcode (another address). Lower-cased, without accents or repeated spaces: `Éloïse  Durand`
 * and `eloise durand` at 35000 are one person.
 */
export function personKeyOf(donor: Pick<DonorIdentity, 'firstName' | 'lastName' | 'postcode'>): string {
  const plain = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\s'’.-]+/g, ' ')
      .trim()
  return `${plain(donor.firstName)} ${plain(donor.lastName)}|${plain(donor.postcode).replace(/ /g, '')}`
}

/** Rows of this person: by email (as typed, case aside) or by name and postcode. */
const samePerson = (donor: Pick<DonorIdentity, 'email' | 'firstName' | 'lastName' | 'postcode'>): Where => ({
  or: [{ 'donor.email': { equals: donor.email.toLowerCase() } }, { 'donor.personKey': { equals: personKeyOf(donor) } }],
})

/**
 * What the cap needs of a person's year: what they gave (succeeded payments counted in this
 * calendar year in France) and their monthly donations still running, except `replacing` (the
 * monthly donation this one replaces). Read as the server, through the Local API (in `req`'s transaction, if any).
 */
export async function personsYear(
  payload: Payload,
  donor: Pick<DonorIdentity, 'email' | 'firstName' | 'lastName' | 'postcode'>,
  now: Date,
  replacing?: number | string,
  req?: PayloadRequest,
): Promise<{ givenThisYearCents: number; activeMonthly: (ActiveMonthly & { id: number | string })[] }> {
  const { year } = yearAndMonthInFrance(now)
  const given = await payload.find({
    collection: 'donations',
    where: { and: [samePerson(donor), { status: { equals: 'succeeded' } }, { capYear: { equals: year } }] },
    pagination: false,
    depth: 0,
    select: { amountCents: true },
    req,
  })
  const monthly = await payload.find({
    collection: 'monthly-donations',
    where: {
      and: [
        samePerson(donor),
        { status: { in: ['active', 'past-due'] } },
        ...(replacing === undefined ? [] : [{ id: { not_equals: replacing } }]),
      ],
    },
    pagination: false,
    depth: 0,
    select: { amountCents: true, nextPaymentAt: true },
    req,
  })
  return {
    givenThisYearCents: given.docs.reduce((sum, donation) => sum + donation.amountCents, 0),
    activeMonthly: monthly.docs.map((row) => ({
      id: row.id,
      amountCents: row.amountCents,
      // Not known yet (the first payment is on its way): it pays this month.
      nextPaymentAt: row.nextPaymentAt ? new Date(row.nextPaymentAt) : now,
    })),
  }
}
