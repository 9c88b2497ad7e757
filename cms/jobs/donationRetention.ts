import { type Column, type SQL, type SQLWrapper, and, gte, inArray, isNull, lt, notExists, or, sql } from 'drizzle-orm'
import type { Payload, TaskConfig } from 'payload'

import { databaseKind } from '../database'
import { yearAndMonthInFrance } from '../donations/yearlyCap'
import { env } from '../../env'
import { abandonedRetentionDays } from '../../publication/retention'
import { emailQueue } from './registrationEmails'

/**
 * The donors' identities are kept as long as the law's checks need them (the CNCCFP checks a
 * party's accounts year by year), then anonymised: a paid donation through the end of the year
 * `capYear + DONATION_RETENTION_YEARS` in France, a donation never paid 30 days (nothing was given,
 * nothing to check). What stays is what the accounts need: amounts, split, status, dates, the
 * year, nationality and residence; the group ledger never held a donor. Each change is one
 * conditional statement (the row must still qualify and not be anonymised yet), so runs may
 * overlap or repeat: a second run changes nothing.
 */

// The tests read the period where the job is.
export { abandonedRetentionDays }

const paidStatuses = ['succeeded', 'refunded', 'disputed']
const unpaidStatuses = ['pending', 'expired', 'failed']

/** The donor fields cleared, by field name in the `donor` group; nationality and residence stay. */
const clearedDonorFields = ['firstName', 'lastName', 'email', 'address', 'postcode', 'city', 'phone', 'personKey'] as const

/** How many rows one statement anonymises at most: a large backlog is taken in pages, never one huge lock. */
const pageSize = 500

type Id = number | string

/** What anonymisation reads of "now": the oldest paid year kept, and the oldest unpaid row kept. */
const cutoffsOf = (now: Date) => ({
  /** Paid in a year before this one: its retention ended with the last 31 December. */
  firstKeptYear: yearAndMonthInFrance(now).year - env.donations.retentionYears,
  abandonedBefore: new Date(now.getTime() - abandonedRetentionDays * 86_400_000).toISOString(),
})
type Cutoffs = ReturnType<typeof cutoffsOf>

type Table = Record<string, Column>

/** The SQL adapters' drizzle objects, as far as this module uses them (Payload types them loosely). */
interface SqlDatabase {
  select: (fields: Record<string, Column | SQL>) => {
    from: (table: Table) => { where: (condition: SQL | undefined) => SQLWrapper & { limit: (count: number) => Promise<{ id: Id }[]> } }
  }
  update: (table: Table) => {
    set: (values: Record<string, unknown>) => {
      where: (condition: SQL | undefined) => { returning: (fields: Record<string, Column>) => Promise<{ id: Id }[]> }
    }
  }
}

interface SqlAdapter {
  drizzle: SqlDatabase
  tables: Record<string, Table | undefined>
}

/** A column of `table` by Payload's field path (`donor.email` → `donor_email`), or an error naming it. */
const column = (table: Table, path: string) => {
  const found = table[path.replace('.', '_')]
  if (!found) throw new Error(`Donation retention: no column for ${path}`)
  return found
}

/** The values an anonymisation writes, by column (SQL) or by dotted path (MongoDB). */
const anonymisedValues = (at: string, withManageToken: boolean) => ({
  ...Object.fromEntries(clearedDonorFields.map((field) => [`donor.${field}`, null])),
  ...(withManageToken ? { manageTokenHash: null } : {}),
  anonymisedAt: at,
  updatedAt: at,
})

/** SQL: which donations are due, as a condition over the donations table. */
const dueDonationsSql = (table: Table, { firstKeptYear, abandonedBefore }: Cutoffs) =>
  and(
    isNull(column(table, 'anonymisedAt')),
    or(
      and(inArray(column(table, 'status'), paidStatuses), lt(column(table, 'capYear'), firstKeptYear)),
      and(inArray(column(table, 'status'), unpaidStatuses), lt(column(table, 'createdAt'), abandonedBefore)),
    ),
  )

/**
 * SQL: which monthly donations are due: never started (pending) or stopped, created more than 30
 * days ago, and with no payment in a year still kept (a stopped one's last payment is that old,
 * one never paid has none).
 */
const dueMonthlySql = (db: SqlDatabase, monthly: Table, donations: Table, { firstKeptYear, abandonedBefore }: Cutoffs) =>
  and(
    isNull(column(monthly, 'anonymisedAt')),
    inArray(column(monthly, 'status'), ['pending', 'cancelled']),
    lt(column(monthly, 'createdAt'), abandonedBefore),
    notExists(
      db
        .select({ one: sql`1` })
        .from(donations)
        .where(
          and(
            sql`${column(donations, 'monthlyDonation')} = ${column(monthly, 'id')}`,
            inArray(column(donations, 'status'), paidStatuses),
            gte(column(donations, 'capYear'), firstKeptYear),
          ),
        ),
    ),
  )

/** SQL: anonymises the rows `due` matches, a page at a time (each page's update checks `due` again); gives their ids. */
const anonymiseSql = async (db: SqlDatabase, table: Table, due: SQL | undefined, values: Record<string, unknown>) => {
  const set = Object.fromEntries(Object.entries(values).map(([path, value]) => [path.replace('.', '_'), value]))
  for (const path of Object.keys(values)) column(table, path)
  const ids: Id[] = []
  for (;;) {
    const page = (
      await db
        .select({ id: column(table, 'id') })
        .from(table)
        .where(due)
        .limit(pageSize)
    ).map(({ id }) => id)
    if (page.length === 0) return ids
    const changed = await db
      .update(table)
      .set(set)
      .where(and(inArray(column(table, 'id'), page), due))
      .returning({ id: column(table, 'id') })
    // Nothing changed although rows were due: another run took them; it goes on with the rest.
    if (changed.length === 0) return ids
    ids.push(...changed.map(({ id }) => id))
  }
}

interface MongoModel {
  updateMany: (filter: object, update: object) => Promise<unknown>
  find: (filter: object, projection: object) => { lean: () => Promise<{ _id: Id }[]> }
  distinct: (field: string, filter: object) => Promise<Id[]>
}

/** MongoDB: the same conditions as filters; each `updateMany` checks them again, row by row, as it writes. */
const anonymiseMongo = async (payload: Payload, cutoffs: Cutoffs, at: string) => {
  const models = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections
  const { firstKeptYear, abandonedBefore } = cutoffs
  const olderThan = new Date(abandonedBefore)
  const set = (withManageToken: boolean) => ({
    $set: { ...anonymisedValues(at, withManageToken), anonymisedAt: new Date(at), updatedAt: new Date(at) },
  })
  const anonymise = async (model: MongoModel, filter: object, withManageToken: boolean) => {
    const due = { ...filter, anonymisedAt: null }
    const ids = (await model.find(due, { _id: 1 }).lean()).map(({ _id }) => _id)
    if (ids.length > 0) await model.updateMany({ ...due, _id: { $in: ids } }, set(withManageToken))
    return ids
  }
  const donations = await anonymise(
    models.donations!,
    {
      $or: [
        { status: { $in: paidStatuses }, capYear: { $lt: firstKeptYear } },
        { status: { $in: unpaidStatuses }, createdAt: { $lt: olderThan } },
      ],
    },
    false,
  )
  const stillKept = await models.donations!.distinct('monthlyDonation', {
    status: { $in: paidStatuses },
    capYear: { $gte: firstKeptYear },
    monthlyDonation: { $ne: null },
  })
  const monthly = await anonymise(
    models['monthly-donations']!,
    { status: { $in: ['pending', 'cancelled'] }, createdAt: { $lt: olderThan }, _id: { $nin: stillKept } },
    true,
  )
  return { donations, monthly }
}

/**
 * Anonymises the donors whose retention ended (see above), donations and monthly donations alike.
 * Gives the ids it anonymised; only their counts reach the log.
 */
export const anonymiseOldDonors = async (payload: Payload, now = new Date()): Promise<{ donations: Id[]; monthly: Id[] }> => {
  const cutoffs = cutoffsOf(now)
  const at = now.toISOString()
  const anonymised =
    databaseKind(env.databaseUrl) === 'mongodb'
      ? await anonymiseMongo(payload, cutoffs, at)
      : await (async () => {
          const { drizzle: db, tables } = payload.db as unknown as SqlAdapter
          const donations = tables.donations!
          const monthly = tables.monthly_donations!
          return {
            donations: await anonymiseSql(db, donations, dueDonationsSql(donations, cutoffs), anonymisedValues(at, false)),
            monthly: await anonymiseSql(db, monthly, dueMonthlySql(db, monthly, donations, cutoffs), anonymisedValues(at, true)),
          }
        })()
  if (anonymised.donations.length + anonymised.monthly.length > 0) {
    payload.logger.info(
      `Donation retention: ${anonymised.donations.length} donations and ${anonymised.monthly.length} monthly donations anonymised`,
    )
  }
  return anonymised
}

/** Daily at 03:30 (Payload's scheduler, run by the admin server's autoRun on the email queue). */
export const anonymiseOldDonorsTask: TaskConfig<{ input: object; output: { donations: number; monthly: number } }> = {
  slug: 'anonymiseOldDonors',
  label: 'Anonymise the donors whose retention ended',
  schedule: [{ cron: '0 30 3 * * *', queue: emailQueue }],
  retries: 2,
  handler: async ({ req }) => {
    const { donations, monthly } = await anonymiseOldDonors(req.payload)
    return { output: { donations: donations.length, monthly: monthly.length } }
  },
}
