/**
 * Run by donations.ts in a fresh process for each step (DATABASE_URL is read once per process, and
 * the bench goes from one database to the next): what the bench sets up and reads directly in the
 * database through Payload's Local API, never through the endpoints it measures. Prints one
 * `BENCH_RESULT <json>` line and exits. Nothing of the donors is read: ids, statuses, cents and
 * Stripe's ids only.
 *
 * - `setup <groups>`: the schema (committed migrations) and that many active local action groups.
 * - `state`: every donation, monthly donation and ledger row, the number of Stripe events
 *   recorded, and the Stripe actions queued as jobs.
 * - `counts`: the donations per status (after thousands of checkouts: counts only).
 */
import { getPayload } from 'payload'

import { migrateDatabase } from '../../cms/database'
import config from '../../cms/payload.config'
import type { DatabaseState } from './donationsChecks'

const [command, ...rest] = process.argv.slice(2)
const payload = await getPayload({ config })

type Id = number | string
const idOf = (value: Id | { id: Id } | null | undefined): Id | null => (value && typeof value === 'object' ? value.id : (value ?? null))

const setup = async (groups: number) => {
  await migrateDatabase(payload)
  const made: { id: Id; slug: string }[] = []
  for (let n = 1; n <= groups; n += 1) {
    const slug = `banc-dons-${n}`
    const group = await payload.create({ collection: 'action-groups', data: { name: `Groupe du banc ${n}`, slug, kind: 'local' } })
    made.push({ id: group.id, slug })
  }
  return made
}

const state = async (): Promise<DatabaseState> => {
  const all = { depth: 0, pagination: false, sort: 'id' } as const
  const donations = await payload.find({
    collection: 'donations',
    ...all,
    select: { status: true, frequency: true, amountCents: true, shares: true, monthlyDonation: true, stripe: true, refundedBecause: true },
  })
  const monthly = await payload.find({ collection: 'monthly-donations', ...all, select: { status: true, stripe: true } })
  const ledger = await payload.find({
    collection: 'group-ledger',
    ...all,
    select: { group: true, donation: true, kind: true, reason: true, cents: true },
  })
  const jobs = await payload.find({ collection: 'payload-jobs', ...all, where: { taskSlug: { equals: 'stripeAction' } } })
  return {
    donations: donations.docs.map((row) => ({
      id: row.id,
      status: row.status,
      frequency: row.frequency,
      amountCents: row.amountCents,
      shares: (row.shares ?? []).map((share) => ({ group: idOf(share.group) as Id, cents: share.cents })),
      monthlyDonation: idOf(row.monthlyDonation),
      checkoutSessionId: row.stripe?.checkoutSessionId ?? null,
      invoiceId: row.stripe?.invoiceId ?? null,
      refundedBecause: row.refundedBecause ?? null,
    })),
    monthly: monthly.docs.map((row) => ({
      id: row.id,
      status: row.status,
      checkoutSessionId: row.stripe?.checkoutSessionId ?? null,
    })),
    ledger: ledger.docs.map((row) => ({
      id: row.id,
      group: idOf(row.group) as Id,
      donation: idOf(row.donation) as Id,
      kind: row.kind,
      reason: row.reason,
      cents: row.cents,
    })),
    stripeEvents: (await payload.count({ collection: 'stripe-events' })).totalDocs,
    stripeActions: jobs.docs.map((job) => job.input as { action: string; id: string }),
  }
}

const counts = async () => {
  const statuses = ['pending', 'succeeded', 'failed', 'expired', 'refunded', 'disputed'] as const
  const byStatus: Record<string, number> = {}
  for (const status of statuses)
    byStatus[status] = (await payload.count({ collection: 'donations', where: { status: { equals: status } } })).totalDocs
  return byStatus
}

const work: Record<string, () => Promise<unknown>> = {
  setup: () => setup(Number(rest[0])),
  state,
  counts,
}
const run = work[command ?? '']
if (!run) {
  console.error('Usage: tsx bench/lib/donationsData.ts setup <groups> | state | counts')
  process.exit(2)
}
console.log(`BENCH_RESULT ${JSON.stringify(await run())}`)
process.exit(0)
