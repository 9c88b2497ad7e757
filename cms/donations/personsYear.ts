import type { Payload, PayloadRequest, Where } from 'payload'

import type { DonorIdentity } from '../../publication/donation'
import { type ActiveMonthly, yearAndMonthInFrance } from './yearlyCap'

/**
 * Who a donor is, for the yearly cap: the same person under their email, or under their name and
 * postcode (another address). Compatibility-folded (fullwidth letters are letters), lower-cased,
 * without accents, and the name's words in any order: `Éloïse  Durand`, `eloise durand` and
 * `Durand Éloïse` at 35000 are one person.
 */
export function personKeyOf(donor: Pick<DonorIdentity, 'firstName' | 'lastName' | 'postcode'>): string {
  const words = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[\s'’.-]+/)
      .filter(Boolean)
  const name = [...words(donor.firstName), ...words(donor.lastName)].sort().join(' ')
  return `${name}|${words(donor.postcode).join('')}`
}

/**
 * Rows of this person: by email (case aside) or by name and postcode; or by email alone, where
 * what is found is shown to whoever typed the email (see personsYear).
 */
const samePerson = (donor: Pick<DonorIdentity, 'email' | 'firstName' | 'lastName' | 'postcode'>, matching: Matching): Where => {
  const byEmail: Where = { 'donor.email': { equals: donor.email.toLowerCase() } }
  return matching === 'email' ? byEmail : { or: [byEmail, { 'donor.personKey': { equals: personKeyOf(donor) } }] }
}

type Matching = 'email' | 'email-or-name'

/** What counts against the year's cap: payments kept, and those disputed until the dispute is decided. */
const countedStatuses = ['succeeded', 'disputed']

/**
 * What the cap needs of a person's year: what they gave (payments counted in this calendar year in
 * France) and their monthly donations still running, except `replacing` (the monthly donation this
 * one replaces). Read as the server, through the Local API (in `req`'s transaction, if any).
 * `matching: 'email'` finds the person by the email alone: the form shows what it finds to
 * whoever typed it, and a name and postcode are too easy to know of someone else; the payment's
 * confirmation, which shows nothing, finds them by both.
 */
export async function personsYear(
  payload: Payload,
  donor: Pick<DonorIdentity, 'email' | 'firstName' | 'lastName' | 'postcode'>,
  now: Date,
  { replacing, req, matching = 'email-or-name' }: { replacing?: number | string; req?: PayloadRequest; matching?: Matching } = {},
): Promise<{ givenThisYearCents: number; activeMonthly: (ActiveMonthly & { id: number | string })[] }> {
  const { year } = yearAndMonthInFrance(now)
  const given = await payload.find({
    collection: 'donations',
    where: { and: [samePerson(donor, matching), { status: { in: countedStatuses } }, { capYear: { equals: year } }] },
    pagination: false,
    depth: 0,
    select: { amountCents: true },
    req,
  })
  const monthly = await payload.find({
    collection: 'monthly-donations',
    where: {
      and: [
        samePerson(donor, matching),
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
