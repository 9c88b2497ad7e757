import type { Payload } from 'payload'

import type { Donation, MonthlyDonation } from '../../payload-types'
import { manageTokenFor } from '../manageToken'
import { personsYear } from '../personsYear'
import { checkYearlyCap } from '../yearlyCap'
import { type DonationEmailFacts, composeDonationEmail } from './compose'
import { type DonationEmailKind, aboutMonthly } from './kinds'

type Id = number | string

/**
 * The state each email is still true in when its job runs: a thank-you for a payment refunded
 * meanwhile (over the cap) is not sent, nor a failed payment's news once a retry succeeded.
 */
const stillFor: Record<DonationEmailKind, string[]> = {
  'thank-you': ['succeeded'],
  'monthly-failed': ['past-due'],
  refund: ['refunded'],
  'over-cap-refund': ['refunded'],
  'monthly-cancelled': ['cancelled'],
}

const idOf = (relation: Id | { id: Id }) => (typeof relation === 'object' ? relation.id : relation)

const findRow = <Collection extends 'donations' | 'monthly-donations'>(payload: Payload, collection: Collection, id: Id) =>
  payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true })

/** Each group's name in the donor's language, by id; a group deleted since has none. */
const groupNames = async (payload: Payload, row: Donation | MonthlyDonation) => {
  const ids = (row.shares ?? []).map(({ group }) => idOf(group))
  if (ids.length === 0) return new Map<Id, string>()
  const { docs } = await payload.find({
    collection: 'action-groups',
    where: { id: { in: ids } },
    locale: row.language,
    select: { name: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Map<Id, string>(docs.map((group) => [group.id, group.name]))
}

/**
 * Whether this payment of a monthly donation is its first paid one: only that one is thanked
 * (with the manage link), however often Stripe tells of later months.
 */
const isFirstPaymentOf = async (payload: Payload, donation: Donation, monthlyId: Id) =>
  (
    await payload.count({
      collection: 'donations',
      where: {
        and: [
          { monthlyDonation: { equals: monthlyId } },
          { status: { in: ['succeeded', 'refunded', 'disputed'] } },
          { createdAt: { less_than: donation.createdAt } },
        ],
      },
      overrideAccess: true,
    })
  ).totalDocs === 0

/**
 * A stored donation's donor as the yearly cap finds the person (personsYear): by email, or by name
 * and postcode; a field the row lacks reads as empty.
 */
export const capIdentityOf = (donor: Donation['donor']) => ({
  email: donor?.email ?? '',
  firstName: donor?.firstName ?? '',
  lastName: donor?.lastName ?? '',
  postcode: donor?.postcode ?? '',
})

/** What the person may still give this year, once this refunded payment no longer counts. */
const stillPossibleFor = async (payload: Payload, donor: Donation['donor']) => {
  const now = new Date()
  const year = await personsYear(payload, capIdentityOf(donor), now)
  return checkYearlyCap({ ...year, donation: { frequency: 'once', amountCents: 0 }, now }).figures.stillPossibleCents
}

/**
 * Sends one donor email, from its job's input: everything is read now, so the donor's address
 * and the manage link are never in the job. Says whether it sent one: a row gone, anonymised, or
 * no longer in the state the email tells of, gets nothing (its id is logged). A failed send
 * throws (the job is retried).
 */
export const sendDonationEmail = async (
  payload: Payload,
  input: { kind: DonationEmailKind; donation?: string | null; monthlyDonation?: string | null },
): Promise<boolean> => {
  const { kind } = input
  const id = aboutMonthly(kind) ? input.monthlyDonation : input.donation
  const skip = (why: string) => {
    payload.logger.info(
      `Donation email ${kind} for ${aboutMonthly(kind) ? 'monthly donation' : 'donation'} ${id ?? '(none)'} not sent: ${why}`,
    )
    return false
  }
  if (!id) return skip('no id')
  const row = aboutMonthly(kind) ? await findRow(payload, 'monthly-donations', id) : await findRow(payload, 'donations', id)
  if (!row) return skip('not found')
  if (row.anonymisedAt || !row.donor?.email) return skip('identity anonymised')
  if (!stillFor[kind].includes(row.status)) return skip(`now ${row.status}`)

  let monthly: MonthlyDonation | null = 'frequency' in row ? null : row
  if ('frequency' in row && row.frequency === 'monthly' && row.monthlyDonation) {
    const monthlyId = idOf(row.monthlyDonation)
    if (kind === 'thank-you' && !(await isFirstPaymentOf(payload, row, monthlyId))) return skip('a later monthly payment')
    monthly = await findRow(payload, 'monthly-donations', monthlyId)
  }
  const withManageLink = (kind === 'thank-you' || kind === 'monthly-failed') && monthly && monthly.status !== 'cancelled'

  const names = await groupNames(payload, row)
  const facts: DonationEmailFacts = {
    kind,
    language: row.language,
    to: row.donor.email,
    firstName: row.donor.firstName ?? '',
    amountCents: row.amountCents,
    monthly: monthly !== null,
    paidAt: 'succeededAt' in row ? (row.succeededAt ?? null) : null,
    shares: (row.shares ?? []).map(({ group, cents }) => ({ name: names.get(idOf(group)) ?? null, cents })),
    nationalCents: row.nationalCents,
    manageToken: withManageLink && monthly ? manageTokenFor(monthly) : null,
    stillPossibleCents: kind === 'over-cap-refund' ? await stillPossibleFor(payload, row.donor) : null,
  }
  await payload.sendEmail(composeDonationEmail(facts))
  return true
}
