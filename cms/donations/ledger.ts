import type { Payload, PayloadRequest } from 'payload'

import type { Donation } from '../payload-types'
import { insertIfAbsent } from '../registrations/conditionalUpdate'

/**
 * Each group's account (collection `group-ledger`): a share is credited when its payment succeeds
 * and reversed by a row of its own on a refund or a dispute, credited again on a dispute won. Rows
 * are inserted unless there (the unique key donation × group × kind × reason): however often Stripe
 * tells of a payment, each happens once; nothing is ever updated or deleted.
 */

type Id = number | string
const idOf = (value: Id | { id: Id }) => (typeof value === 'object' ? value.id : value)

const insertRow = (
  payload: Payload,
  row: { group: Id; donation: Id; kind: 'credit' | 'reversal'; reason: string; cents: number },
  req: PayloadRequest,
) => {
  const now = new Date().toISOString()
  return insertIfAbsent(
    payload,
    'group-ledger',
    {
      sql: () => ({ ...row, createdAt: now, updatedAt: now }),
      mongo: {
        filter: { donation: row.donation, group: row.group, kind: row.kind, reason: row.reason },
        values: { ...row, createdAt: new Date(now), updatedAt: new Date(now) },
      },
    },
    req,
  )
}

/** Credits each group its share of a payment that succeeded. */
export const creditShares = async (payload: Payload, donation: Pick<Donation, 'id' | 'shares'>, req: PayloadRequest) => {
  for (const share of donation.shares ?? []) {
    await insertRow(
      payload,
      { group: idOf(share.group), donation: donation.id, kind: 'credit', reason: 'payment', cents: share.cents },
      req,
    )
  }
}

/** What each group holds of this donation now: its rows' sum, per group. */
const heldPerGroup = async (payload: Payload, donationId: Id, req: PayloadRequest) => {
  const { docs } = await payload.find({
    collection: 'group-ledger',
    where: { donation: { equals: donationId } },
    select: { group: true, cents: true },
    depth: 0,
    pagination: false,
    req,
  })
  const held = new Map<string, { group: Id; cents: number }>()
  for (const row of docs) {
    const group = idOf(row.group)
    const entry = held.get(String(group)) ?? { group, cents: 0 }
    entry.cents += row.cents
    held.set(String(group), entry)
  }
  return [...held.values()]
}

/**
 * Takes back what each group holds of a payment refunded or disputed: one reversal per group and
 * reason, none where nothing is held (a refund after a dispute, or before the payment was heard of).
 */
export const reverseShares = async (payload: Payload, donationId: Id, reason: 'refund' | 'dispute', req: PayloadRequest) => {
  for (const { group, cents } of await heldPerGroup(payload, donationId, req)) {
    if (cents > 0) await insertRow(payload, { group, donation: donationId, kind: 'reversal', reason, cents: -cents }, req)
  }
}

/** Credits each group its share again after a dispute the organisation won (what a dispute reversed). */
export const reinstateShares = async (payload: Payload, donation: Pick<Donation, 'id' | 'shares'>, req: PayloadRequest) => {
  const held = await heldPerGroup(payload, donation.id, req)
  for (const share of donation.shares ?? []) {
    const group = idOf(share.group)
    const now = held.find((entry) => String(entry.group) === String(group))?.cents ?? 0
    if (now < share.cents) {
      await insertRow(payload, { group, donation: donation.id, kind: 'credit', reason: 'dispute-won', cents: share.cents - now }, req)
    }
  }
}
