import { randomBytes } from 'node:crypto'

import { eq } from 'drizzle-orm'
import type { Payload } from 'payload'

import { env } from '../../env'
import type { DonorIdentity } from '../../publication/donation'
import type { LocaleCode } from '../../publication/locales'
import { databaseKind } from '../database'
import { insertWithArrayRows, updateIfMatches } from '../registrations/conditionalUpdate'

/**
 * The rows a donation form writes before its checkout: a pending donation (and, for a monthly
 * one, its monthly donation), then the checkout session's id, then the manage link's hash. The
 * form's checks (publication/donation.ts: every length and pattern the collection's fields ask)
 * and startDonation decided everything, so on SQL databases they are written beneath Payload, as
 * sign-ups are: Payload's create and update read back what they wrote and cost the form most of
 * its time. On MongoDB, through Payload.
 */

type Id = number | string
type MoneyCollection = 'donations' | 'monthly-donations'

export interface PendingRow {
  amountCents: number
  nationalCents: number
  shares: { group: Id; cents: number }[]
  donor: DonorIdentity & { personKey: string }
  language: LocaleCode
  certifiedAt: string
}

const sql = () => databaseKind(env.databaseUrl) !== 'mongodb'

/** The row by column, as Payload would write it (group fields flattened as `donor_firstName`…). */
const columnsOf = (row: PendingRow, extra: Record<string, unknown>) => {
  const now = new Date().toISOString()
  const donor = Object.fromEntries(Object.entries(row.donor).map(([name, value]) => [`donor_${name}`, value]))
  return {
    ...extra,
    status: 'pending',
    amountCents: row.amountCents,
    nationalCents: row.nationalCents,
    ...donor,
    language: row.language,
    certifiedAt: row.certifiedAt,
    createdAt: now,
    updatedAt: now,
  }
}

/** Array rows' ids as Payload makes them: 24 hexadecimal digits. */
const arrayRowId = () => randomBytes(12).toString('hex')

/** Writes a pending donation or monthly donation; gives its id and creation time. */
export const writePending = async (
  payload: Payload,
  collection: MoneyCollection,
  row: PendingRow,
  extra: { frequency?: 'once' | 'monthly'; monthlyDonation?: Id; replaces?: Id },
): Promise<{ id: Id; createdAt: string }> => {
  if (!sql()) {
    const created = await payload.create({
      collection,
      data: { ...row, ...extra, status: 'pending' } as never,
      depth: 0,
      select: { createdAt: true },
    })
    return { id: created.id, createdAt: created.createdAt }
  }
  const columns = columnsOf(row, extra)
  const id = await insertWithArrayRows(payload, collection, columns, {
    name: 'shares',
    rows: row.shares.map((share) => ({ id: arrayRowId(), group: share.group, cents: share.cents })),
  })
  return { id, createdAt: columns.createdAt }
}

/** Sets a field of a row this form wrote (`column`: its SQL column key, `path`: its Payload path). */
const setField = (payload: Payload, collection: MoneyCollection, id: Id, field: { column: string; path: string }, value: string) =>
  updateIfMatches(payload, collection, {
    sql: (table) => ({ where: eq(table.id!, id), set: { [field.column]: value, updatedAt: new Date().toISOString() } }),
    mongo: { filter: { _id: id }, update: { $set: { [field.path]: value, updatedAt: new Date() } } },
  })

/** The checkout session made for the row: the thank-you page and the reconciliation find it by this. */
export const noteCheckoutSession = (payload: Payload, collection: MoneyCollection, id: Id, sessionId: string) =>
  setField(payload, collection, id, { column: 'stripe_checkoutSessionId', path: 'stripe.checkoutSessionId' }, sessionId)

/** The monthly donation's manage link, as its hash. */
export const noteManageTokenHash = (payload: Payload, id: Id, hash: string) =>
  setField(payload, 'monthly-donations', id, { column: 'manageTokenHash', path: 'manageTokenHash' }, hash)
