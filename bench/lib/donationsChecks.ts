import { yearlyCapCents } from '../../publication/donation'
import type { Scenario } from './donationsPlan'
import type { Check } from './signUpsReport'

/**
 * What the donations bench expects to find in the database after making things happen at Stripe
 * (the stand-in) and delivering the events, and what it finds: every check compares a number
 * computed from what the bench did with one read from the database (donationsData.ts `state`).
 */

type Id = number | string

export interface DonationRow {
  id: Id
  status: string
  frequency: string
  amountCents: number
  shares: { group: Id; cents: number }[]
  monthlyDonation: Id | null
  checkoutSessionId: string | null
  invoiceId: string | null
  refundedBecause: string | null
}

export interface DatabaseState {
  donations: DonationRow[]
  monthly: { id: Id; status: string; checkoutSessionId: string | null }[]
  ledger: { id: Id; group: Id; donation: Id; kind: string; reason: string; cents: number }[]
  stripeEvents: number
  stripeActions: { action: string; id: string }[]
}

/** What the bench made happen to one donation of the webhooks phase, at the stand-in. */
export interface Happened {
  scenario: Scenario
  sessionId: string
  /** The shares as the form sent them, by group id. */
  shares: { group: Id; cents: number }[]
  /** Each renewal's invoice (monthly), in order. */
  renewalInvoices: string[]
  /** The renewal whose payment was refunded, if any. */
  refundedInvoice: string | null
  /** The ids of the events made for it. */
  events: string[]
}

/** An event the server processed (its first `processed` answer): its type, and when it was sent. */
export type ProcessedEvents = ReadonlyMap<string, { type: string; sentAt: number }>

const check = (what: string, expected: number, actual: number): Check => ({ what, expected, actual })
const key = (id: Id) => String(id)

const firstPaymentStatus: Record<Scenario, string> = {
  paid: 'succeeded',
  refunded: 'refunded',
  disputed: 'disputed',
  expired: 'expired',
  monthly: 'succeeded',
  'monthly-renewal-refunded': 'succeeded',
  'monthly-expired': 'expired',
}

/** A donation whose status is not what happened at Stripe: which, and the order its events were first processed in. */
export interface WrongDonation {
  scenario: Scenario
  payment: 'first' | 'renewal'
  expected: string
  actual: string
  eventsInOrder: string[]
}

export interface WebhooksVerdict {
  checks: Check[]
  wrongDonations: WrongDonation[]
  wrongBalances: { group: string; expectedCents: number; actualCents: number }[]
  expectedStatuses: Record<string, number>
}

/** Ledger rows that contradict their donation: a succeeded one credited each share once; a reversed one, each credit reversed once; others nothing. */
const ledgerProblems = (state: DatabaseState) => {
  const seen = new Map<string, number>()
  for (const row of state.ledger) {
    const rowKey = `${key(row.donation)}|${key(row.group)}|${row.kind}`
    seen.set(rowKey, (seen.get(rowKey) ?? 0) + 1)
  }
  const duplicates = [...seen.values()].filter((count) => count > 1).length
  const rowsOf = new Map<string, DatabaseState['ledger']>()
  for (const row of state.ledger) rowsOf.set(key(row.donation), [...(rowsOf.get(key(row.donation)) ?? []), row])
  let contradicting = 0
  for (const donation of state.donations) {
    const rows = rowsOf.get(key(donation.id)) ?? []
    const credits = rows.filter((row) => row.kind === 'credit')
    const reversals = rows.filter((row) => row.kind === 'reversal')
    const creditsMatchShares =
      credits.length === donation.shares.length &&
      donation.shares.every((share) => credits.some((row) => key(row.group) === key(share.group) && row.cents === share.cents))
    const eachReversed =
      reversals.length === credits.length &&
      credits.every((credit) => reversals.some((row) => key(row.group) === key(credit.group) && row.cents === -credit.cents))
    const fine =
      donation.status === 'succeeded'
        ? creditsMatchShares && reversals.length === 0
        : donation.status === 'refunded' || donation.status === 'disputed'
          ? eachReversed
          : rows.length === 0
    if (!fine) contradicting += 1
  }
  return { duplicates, contradicting }
}

const balancesOf = (state: DatabaseState) => {
  const balances = new Map<string, number>()
  for (const row of state.ledger) balances.set(key(row.group), (balances.get(key(row.group)) ?? 0) + row.cents)
  return balances
}

const countBy = <T>(items: readonly T[], of: (item: T) => string) => {
  const counts: Record<string, number> = {}
  for (const item of items) counts[of(item)] = (counts[of(item)] ?? 0) + 1
  return counts
}

/**
 * The webhooks phase: each checkout's donation and each renewal's in the status of what happened,
 * each group's balance the sum of the shares of the payments that stand, to the cent, the ledger
 * without duplicate or contradicting rows, each event recorded and processed once.
 */
export const checkWebhooks = (
  happened: readonly Happened[],
  groups: readonly { id: Id; slug: string }[],
  state: DatabaseState,
  processed: ProcessedEvents,
  processedAnswers: number,
): WebhooksVerdict => {
  const expected = new Map<string, { status: string; of: Happened; payment: 'first' | 'renewal' }>()
  const expectedBalances = new Map<string, number>(groups.map((group) => [key(group.id), 0]))
  const credit = (shares: Happened['shares']) => {
    for (const share of shares) expectedBalances.set(key(share.group), (expectedBalances.get(key(share.group)) ?? 0) + share.cents)
  }
  for (const one of happened) {
    const status = firstPaymentStatus[one.scenario]
    expected.set(`session:${one.sessionId}`, { status, of: one, payment: 'first' })
    if (status === 'succeeded') credit(one.shares)
    for (const invoice of one.renewalInvoices) {
      const renewalStatus = invoice === one.refundedInvoice ? 'refunded' : 'succeeded'
      expected.set(`invoice:${invoice}`, { status: renewalStatus, of: one, payment: 'renewal' })
      if (renewalStatus === 'succeeded') credit(one.shares)
    }
  }
  const wrongDonations: WrongDonation[] = []
  let recordedCheckouts = 0
  let unexplained = 0
  for (const row of state.donations) {
    const wanted =
      (row.checkoutSessionId ? expected.get(`session:${row.checkoutSessionId}`) : undefined) ??
      (row.invoiceId ? expected.get(`invoice:${row.invoiceId}`) : undefined)
    if (!wanted) {
      unexplained += 1
      continue
    }
    if (wanted.payment === 'first') recordedCheckouts += 1
    if (wanted.status !== row.status) {
      const eventsInOrder = wanted.of.events
        .filter((id) => processed.has(id))
        .sort((a, b) => (processed.get(a)?.sentAt ?? 0) - (processed.get(b)?.sentAt ?? 0))
        .map((id) => processed.get(id)?.type ?? id)
      wrongDonations.push({
        scenario: wanted.of.scenario,
        payment: wanted.payment,
        expected: wanted.status,
        actual: row.status,
        eventsInOrder,
      })
    }
  }
  const expectedStatuses = countBy([...expected.values()], (one) => one.status)
  const actualStatuses = countBy(state.donations, (row) => row.status)
  const monthlyExpected = countBy(
    happened.filter((one) => one.scenario.startsWith('monthly')),
    (one) => (one.scenario === 'monthly-expired' ? 'cancelled' : 'active'),
  )
  const monthlyActual = countBy(state.monthly, (row) => row.status)
  const actualBalances = balancesOf(state)
  const slugOf = new Map(groups.map((group) => [key(group.id), group.slug]))
  const wrongBalances = [...expectedBalances]
    .filter(([group, cents]) => (actualBalances.get(group) ?? 0) !== cents)
    .map(([group, cents]) => ({ group: slugOf.get(group) ?? group, expectedCents: cents, actualCents: actualBalances.get(group) ?? 0 }))
  const ledger = ledgerProblems(state)
  const events = new Set(happened.flatMap((one) => one.events)).size
  const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0)
  return {
    checks: [
      check('checkouts recorded', happened.length, recordedCheckouts),
      check('donation rows (checkouts + renewals)', expected.size, state.donations.length),
      check('rows no event explains', 0, unexplained),
      ...['succeeded', 'refunded', 'disputed', 'expired'].map((status) =>
        check(status, expectedStatuses[status] ?? 0, actualStatuses[status] ?? 0),
      ),
      check('donations in another status', 0, wrongDonations.length),
      check('monthly active', monthlyExpected.active ?? 0, monthlyActual.active ?? 0),
      check('monthly cancelled', monthlyExpected.cancelled ?? 0, monthlyActual.cancelled ?? 0),
      check('groups’ total, cents', sum(expectedBalances.values()), sum(actualBalances.values())),
      check('groups with a wrong balance', 0, wrongBalances.length),
      check('duplicate ledger rows', 0, ledger.duplicates),
      check('donations whose ledger rows contradict them', 0, ledger.contradicting),
      check('Stripe events recorded', events, state.stripeEvents),
      check('“processed” answers (once per event)', events, processedAnswers),
    ],
    wrongDonations,
    wrongBalances,
    expectedStatuses,
  }
}

/** Forged deliveries change nothing: the same rows, statuses, ledger and recorded events before and after. */
export const checkUnchanged = (before: DatabaseState, after: DatabaseState): Check[] => {
  const statusBefore = new Map(before.donations.map((row) => [key(row.id), row.status]))
  const monthlyBefore = new Map(before.monthly.map((row) => [key(row.id), row.status]))
  return [
    check('donations added or changed', 0, after.donations.filter((row) => statusBefore.get(key(row.id)) !== row.status).length),
    check('monthly donations added or changed', 0, after.monthly.filter((row) => monthlyBefore.get(key(row.id)) !== row.status).length),
    check('ledger rows added', 0, after.ledger.length - before.ledger.length),
    check('Stripe events added', 0, after.stripeEvents - before.stripeEvents),
  ]
}

export interface RaceVerdict {
  checks: Check[]
  /** The most one person's payments that succeeded add up to this year. */
  maxPerPersonCents: number
}

/** Each racing person: within the yearly cap, one payment succeeded and the other refunded as over it, that refund queued for Stripe. */
export const checkRace = (people: readonly { sessions: readonly string[] }[], state: DatabaseState): RaceVerdict => {
  const bySession = new Map(state.donations.map((row) => [row.checkoutSessionId ?? '', row]))
  const refundJobs = new Set(state.stripeActions.filter((job) => job.action === 'refund-over-cap').map((job) => job.id))
  let withinCap = 0
  let oneEach = 0
  let refundsQueued = 0
  let maxPerPersonCents = 0
  for (const person of people) {
    const rows = person.sessions.map((session) => bySession.get(session)).filter((row) => row !== undefined)
    const succeeded = rows.filter((row) => row.status === 'succeeded')
    const overCap = rows.filter((row) => row.status === 'refunded' && row.refundedBecause === 'over-cap')
    const givenCents = succeeded.reduce((sum, row) => sum + row.amountCents, 0)
    maxPerPersonCents = Math.max(maxPerPersonCents, givenCents)
    if (givenCents <= yearlyCapCents) withinCap += 1
    if (rows.length === 2 && succeeded.length === 1 && overCap.length === 1) oneEach += 1
    refundsQueued += overCap.filter((row) => refundJobs.has(key(row.id))).length
  }
  return {
    checks: [
      check('people within 7,500 €', people.length, withinCap),
      check('people with one payment succeeded and one refunded over the cap', people.length, oneEach),
      check('over-cap refunds queued for Stripe', people.length, refundsQueued),
    ],
    maxPerPersonCents,
  }
}
