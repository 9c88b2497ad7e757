import { Forbidden, type Payload, type TypedUser, type Where } from 'payload'

import type { Donation } from '../../payload-types'
import { pageSize, pages } from './pages'
import { readsDonations } from '../../access/treasurers'

/**
 * The year's donations as the treasurer reads them: every payment counted in a calendar year in
 * France (`capYear`, set when it succeeded), refunded and disputed ones included with their status.
 * Admins and treasurers only; read with their own rights, a page at a time.
 */

/** The payments of a year: money that arrived, whether it stayed or went back. */
const paymentsOf = (year: number): Where => ({
  and: [{ capYear: { equals: year } }, { status: { in: ['succeeded', 'refunded', 'disputed'] } }],
})

const refusedUnlessTreasurer = (user: TypedUser) => {
  if (!readsDonations(user)) throw new Forbidden()
}

export type DonationRow = Pick<
  Donation,
  | 'id'
  | 'frequency'
  | 'status'
  | 'refundedBecause'
  | 'amountCents'
  | 'nationalCents'
  | 'shares'
  | 'succeededAt'
  | 'donor'
  | 'anonymisedAt'
  | 'stripe'
  | 'monthlyDonation'
>

/** The year's payments, in the order they were paid, a page at a time (one refunded over the cap was never marked paid). */
export function yearDonationPages(payload: Payload, user: TypedUser, year: number): AsyncGenerator<DonationRow[]> {
  refusedUnlessTreasurer(user)
  return pages((page) =>
    payload.find({
      collection: 'donations',
      where: paymentsOf(year),
      select: {
        frequency: true,
        status: true,
        refundedBecause: true,
        amountCents: true,
        nationalCents: true,
        shares: true,
        succeededAt: true,
        donor: true,
        anonymisedAt: true,
        stripe: true,
        monthlyDonation: true,
      },
      sort: ['succeededAt', 'id'],
      depth: 0,
      limit: pageSize,
      page,
      overrideAccess: false,
      user,
    }),
  )
}

/** The groups any payment of the year gave a share to: the export's columns, known before its first row. */
export async function groupsSharedIn(payload: Payload, user: TypedUser, year: number): Promise<string[]> {
  refusedUnlessTreasurer(user)
  const groups = new Set<string>()
  const shares = pages((page) =>
    payload.find({
      collection: 'donations',
      where: paymentsOf(year),
      select: { shares: true },
      sort: 'id',
      depth: 0,
      limit: pageSize,
      page,
      overrideAccess: false,
      user,
    }),
  )
  for await (const rows of shares) {
    for (const share of rows.flatMap((row) => row.shares ?? []))
      groups.add(String(typeof share.group === 'object' ? share.group.id : share.group))
  }
  return [...groups]
}

export interface YearTotals {
  payments: number
  receivedCents: number
  /** Refunded or disputed: the money went back (or may). */
  refundedCents: number
  netCents: number
  /** What stayed (succeeded payments), split: the national share, the groups' shares. */
  nationalCents: number
  groupsCents: number
}

/** The year's totals (what the dashboard shows beside the export, which holds no total line). */
export async function yearTotals(payload: Payload, user: TypedUser, year: number): Promise<YearTotals> {
  refusedUnlessTreasurer(user)
  const totals: YearTotals = { payments: 0, receivedCents: 0, refundedCents: 0, netCents: 0, nationalCents: 0, groupsCents: 0 }
  const rows = pages((page) =>
    payload.find({
      collection: 'donations',
      where: paymentsOf(year),
      select: { status: true, amountCents: true, nationalCents: true },
      sort: 'id',
      depth: 0,
      limit: pageSize,
      page,
      overrideAccess: false,
      user,
    }),
  )
  for await (const page of rows) {
    for (const donation of page) {
      totals.payments += 1
      totals.receivedCents += donation.amountCents
      if (donation.status === 'succeeded') {
        totals.netCents += donation.amountCents
        totals.nationalCents += donation.nationalCents
        totals.groupsCents += donation.amountCents - donation.nationalCents
      } else totals.refundedCents += donation.amountCents
    }
  }
  return totals
}

/** The years with a payment, newest first, and the current one even before its first. */
export async function donationYears(payload: Payload, user: TypedUser, currentYear: number): Promise<number[]> {
  refusedUnlessTreasurer(user)
  const { docs } = await payload.find({
    collection: 'donations',
    where: { capYear: { exists: true } },
    select: { capYear: true },
    sort: 'capYear',
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const first = Math.min(docs[0]?.capYear ?? currentYear, currentYear)
  return Array.from({ length: currentYear - first + 1 }, (_, index) => currentYear - index)
}

export interface DonorOfYear {
  /** Their identity as written on their latest payment of the year. */
  donor: NonNullable<Donation['donor']>
  payments: number
  totalCents: number
  firstPaidAt: string
  lastPaidAt: string
}

/**
 * What the tax receipts need: one entry per person (the same lower-cased email) with a succeeded
 * payment in the year: how many, their total (refunded and disputed payments left out), the first
 * and last dates, and the identity of their latest payment. Anonymised payments have no person
 * left to write a receipt to, and are left out. Sorted by name.
 */
export async function donorsOfYear(payload: Payload, user: TypedUser, year: number): Promise<DonorOfYear[]> {
  refusedUnlessTreasurer(user)
  const persons = new Map<string, DonorOfYear>()
  const rows = pages((page) =>
    payload.find({
      collection: 'donations',
      where: { and: [{ capYear: { equals: year } }, { status: { equals: 'succeeded' } }, { anonymisedAt: { exists: false } }] },
      select: { amountCents: true, succeededAt: true, donor: true },
      sort: ['succeededAt', 'id'],
      depth: 0,
      limit: pageSize,
      page,
      overrideAccess: false,
      user,
    }),
  )
  for await (const page of rows) {
    for (const { donor, amountCents, succeededAt } of page) {
      const email = donor?.email?.toLowerCase()
      if (!donor || !email || !succeededAt) continue
      const person = persons.get(email)
      // Rows come oldest first: the latest identity replaces the earlier.
      if (person)
        Object.assign(person, {
          donor,
          payments: person.payments + 1,
          totalCents: person.totalCents + amountCents,
          lastPaidAt: succeededAt,
        })
      else persons.set(email, { donor, payments: 1, totalCents: amountCents, firstPaidAt: succeededAt, lastPaidAt: succeededAt })
    }
  }
  const byName = new Intl.Collator('fr', { sensitivity: 'base' })
  return [...persons.values()].sort(
    (one, other) =>
      byName.compare(one.donor.lastName ?? '', other.donor.lastName ?? '') ||
      byName.compare(one.donor.firstName ?? '', other.donor.firstName ?? '') ||
      byName.compare(one.donor.email ?? '', other.donor.email ?? ''),
  )
}
