import { Forbidden, NotFound, type Payload, type TypedUser, type Where } from 'payload'

import { yearAndMonthInFrance } from '../yearlyCap'
import { monthFinder, monthStartInFrance, yearInFrance } from './calendar'
import { pageSize, pages } from './pages'
import { accountsReadBy, readsAccountOf } from './rights'

/**
 * The groups' accounts (collection `group-ledger`: one credit per share of a paid donation, one
 * reversal on its refund or dispute): their balances, and a group's year month by month. Read with
 * the caller's own rights, once their role is checked: an organiser's reads return their own
 * groups' rows only, whatever is asked. Sums are made page by page over the few columns they
 * need: one query per page of rows, none per row or per group.
 */

type Id = number | string

export interface GroupRef {
  id: Id
  name: string
  slug: string
}

export interface GroupAccount {
  group: GroupRef
  /** Every credit since the account opened (cents, above zero). */
  creditsCents: number
  /** Every reversal since (cents, below zero or zero). */
  reversalsCents: number
  balanceCents: number
  /** Net of the current calendar year in France. */
  thisYearCents: number
  /** Net of the previous calendar month in France. */
  lastMonthCents: number
}

export interface MonthOfAccount {
  /** 1–12. */
  month: number
  creditsCents: number
  reversalsCents: number
  netCents: number
  /** Payments credited (one credit per share of a paid donation). */
  payments: number
}

export interface YearOfAccount {
  group: GroupRef
  year: number
  months: MonthOfAccount[]
  total: Omit<MonthOfAccount, 'month'>
}

const idOf = (value: Id | { id: Id }) => String(typeof value === 'object' ? value.id : value)

/** The groups named by id, sorted by name; read as anyone may (groups are public). */
export const groupsNamed = async (payload: Payload, ids: string[]): Promise<GroupRef[]> => {
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'action-groups',
    where: { id: { in: ids } },
    select: { name: true, slug: true },
    sort: 'name',
    depth: 0,
    pagination: false,
  })
  return docs.map(({ id, name, slug }) => ({ id, name, slug }))
}

/** Every ledger row matching `where` that the user may read, a page at a time: the columns sums need. */
const ledgerPages = (payload: Payload, user: TypedUser, where: Where, sort: string[] = ['id']) =>
  pages((page) =>
    payload.find({
      collection: 'group-ledger',
      where,
      select: { group: true, kind: true, reason: true, cents: true, donation: true, createdAt: true },
      sort,
      depth: 0,
      limit: pageSize,
      page,
      overrideAccess: false,
      user,
    }),
  )

/** An ISO range in France: the previous calendar month of `now`. */
const lastMonthOf = (now: Date) => {
  const { year, month } = yearAndMonthInFrance(now)
  const [lastYear, last] = month === 1 ? [year - 1, 12] : [year, month - 1]
  return { from: monthStartInFrance(lastYear, last).toISOString(), until: monthStartInFrance(lastYear, last + 1).toISOString() }
}

const within = (range: { from: string; until: string }, iso: string) => {
  const instant = new Date(iso).toISOString()
  return instant >= range.from && instant < range.until
}

/**
 * Each group's account the user reads: treasurers and admins, every group with a row; an
 * organiser, each of their groups (an empty account too). Anyone else is refused.
 */
export async function groupBalances(payload: Payload, user: TypedUser, now = new Date()): Promise<GroupAccount[]> {
  const readable = accountsReadBy(user)
  if (readable !== 'every' && readable.length === 0) throw new Forbidden()
  const thisYear = yearInFrance(yearAndMonthInFrance(now).year)
  const lastMonth = lastMonthOf(now)
  const sums = new Map<string, Omit<GroupAccount, 'group'>>()
  const where: Where = readable === 'every' ? {} : { group: { in: readable } }
  for await (const rows of ledgerPages(payload, user, where)) {
    for (const row of rows) {
      const group = idOf(row.group)
      const sum = sums.get(group) ?? { creditsCents: 0, reversalsCents: 0, balanceCents: 0, thisYearCents: 0, lastMonthCents: 0 }
      if (row.kind === 'credit') sum.creditsCents += row.cents
      else sum.reversalsCents += row.cents
      sum.balanceCents += row.cents
      if (within(thisYear, row.createdAt)) sum.thisYearCents += row.cents
      if (within(lastMonth, row.createdAt)) sum.lastMonthCents += row.cents
      sums.set(group, sum)
    }
  }
  const groups = await groupsNamed(payload, readable === 'every' ? [...sums.keys()] : readable)
  return groups.map((group) => ({
    group,
    ...(sums.get(String(group.id)) ?? { creditsCents: 0, reversalsCents: 0, balanceCents: 0, thisYearCents: 0, lastMonthCents: 0 }),
  }))
}

/** The group the user may read the account of, or a refusal (403), or 404 when there is no such group. */
export async function readableGroup(payload: Payload, user: TypedUser, groupId: Id): Promise<GroupRef> {
  if (!readsAccountOf(user, groupId)) throw new Forbidden()
  const [group] = /^\d+$|^[0-9a-f]{24}$/.test(String(groupId)) ? await groupsNamed(payload, [String(groupId)]) : []
  if (!group) throw new NotFound()
  return group
}

/** A group's ledger rows of a calendar year in France, oldest first, a page at a time (the export reads them so). */
export const groupYearPages = (payload: Payload, user: TypedUser, group: GroupRef, year: number) => {
  const { from, until } = yearInFrance(year)
  return ledgerPages(
    payload,
    user,
    { and: [{ group: { equals: group.id } }, { createdAt: { greater_than_equal: from } }, { createdAt: { less_than: until } }] },
    ['createdAt', 'id'],
  )
}

/** A group's year month by month (in France): credits, reversals, net and payments credited, and the year's total. */
export async function groupMonthlyHistory(payload: Payload, user: TypedUser, groupId: Id, year: number): Promise<YearOfAccount> {
  const group = await readableGroup(payload, user, groupId)
  const months: MonthOfAccount[] = Array.from({ length: 12 }, (_, index) => ({
    month: index + 1,
    creditsCents: 0,
    reversalsCents: 0,
    netCents: 0,
    payments: 0,
  }))
  const monthOf = monthFinder(year)
  for await (const rows of groupYearPages(payload, user, group, year)) {
    for (const row of rows) {
      const month = monthOf(row.createdAt)
      if (month === null) continue
      const sums = months[month - 1]!
      if (row.kind === 'credit') {
        sums.creditsCents += row.cents
        sums.payments += 1
      } else sums.reversalsCents += row.cents
      sums.netCents += row.cents
    }
  }
  const total = months.reduce(
    (sum, month) => ({
      creditsCents: sum.creditsCents + month.creditsCents,
      reversalsCents: sum.reversalsCents + month.reversalsCents,
      netCents: sum.netCents + month.netCents,
      payments: sum.payments + month.payments,
    }),
    { creditsCents: 0, reversalsCents: 0, netCents: 0, payments: 0 },
  )
  return { group, year, months, total }
}

/** The years the user's readable accounts have rows in, newest first, and the current one even before its first row. */
export async function ledgerYears(payload: Payload, user: TypedUser, currentYear: number): Promise<number[]> {
  const readable = accountsReadBy(user)
  if (readable !== 'every' && readable.length === 0) throw new Forbidden()
  const { docs } = await payload.find({
    collection: 'group-ledger',
    where: readable === 'every' ? {} : { group: { in: readable } },
    select: { createdAt: true },
    sort: 'createdAt',
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const first = Math.min(docs[0] ? yearAndMonthInFrance(new Date(docs[0].createdAt)).year : currentYear, currentYear)
  return Array.from({ length: currentYear - first + 1 }, (_, index) => currentYear - index)
}
