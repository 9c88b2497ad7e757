import type { Payload, PayloadRequest } from 'payload'

import type { Donation } from '../payload-types'
import { insertIfAbsent } from '../registrations/conditionalUpdate'

/**
 * Each group's account (collection `group-ledger`): a share is credited when its payment succeeds
 * and reversed by a row of its own on a refund or a dispute. Rows are inserted unless there (the
 * unique key donation × group × kind): however often Stripe tells of a payment, a share is credited
 * once and reversed at most once; nothing is ever updated or deleted.
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
        filter: { donation: row.donation, group: row.group, kind: row.kind },
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

/** Takes back what was credited of a payment refunded or disputed: one reversal per credit, none where nothing was credited. */
export const reverseShares = async (payload: Payload, donationId: Id, reason: 'refund' | 'dispute', req: PayloadRequest) => {
  const { docs: credits } = await payload.find({
    collection: 'group-ledger',
    where: { and: [{ donation: { equals: donationId } }, { kind: { equals: 'credit' } }] },
    select: { group: true, cents: true },
    depth: 0,
    pagination: false,
    req,
  })
  for (const credit of credits) {
    await insertRow(payload, { group: idOf(credit.group), donation: donationId, kind: 'reversal', reason, cents: -credit.cents }, req)
  }
}
