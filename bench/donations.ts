/**
 * `npm run bench:donations [-- --donations N] [--deliveries N] [--clients N] [--forged N] [--groups N]
 * [--racers N] [--throughput-clients N] [--duration S] [--runs N] [--warmup S] [--seed N] [--db sqlite|postgres|all] [--keep]`:
 * on a fresh SQLite file and a fresh PostgreSQL database, issue 17's donation benchmarks through
 * the admin server's endpoints, the Stripe SDK of the server pointed at the checkout stand-in run
 * by this process (it makes Stripe's events; this process delivers them, signed as Stripe signs
 * them):
 * 1. webhooks: N donations made through the donation endpoint, then paid, refunded, disputed,
 *    abandoned or renewed monthly at the stand-in, every event delivered 1 to 5 times, shuffled,
 *    `clients` at a time; each donation's status, each group's balance to the cent and the ledger
 *    checked in the database; then forged deliveries, all refused, nothing changed;
 * 2. racing at the yearly cap: people each starting two checkouts of 5,000 € before paying both,
 *    the payments' events delivered at once;
 * 3. the donation endpoint's latency under a steady load, the stand-in answering at once: several
 *    runs, their medians reported, then one client alone.
 * Writes the "Donations" section of docs/BENCHMARKS.md and the raw samples to
 * bench/results/donations-<stamp>.json.
 */
import { parseArgs } from 'node:util'

import { type CheckoutStandIn, startCheckoutStandIn } from '../cms/donations/checkoutStandIn/server'
import type { StandInEvent } from '../cms/donations/checkoutStandIn/events'
import { standInSecretKey, webhookSecret } from '../cms/donations/stripeClient'
import { buildAdmin } from '../scripts/lib/adminBuild'
import { startAdminServer } from './lib/adminServer'
import { snapshotAdmin } from './lib/adminSnapshot'
import { wholeNumber } from './lib/args'
import { runToEnd, stopAll } from './lib/children'
import { cleanupAll, onCleanup } from './lib/cleanup'
import { codeVersion } from './lib/codeVersion'
import { type DatabaseKind, createDatabase, databaseEnv, databaseKindsArg } from './lib/databases'
import { type DatabaseState, type Happened, checkRace, checkUnchanged, checkWebhooks } from './lib/donationsChecks'
import {
  eventBody,
  forgedDelivery,
  forgeryKinds,
  postDonation,
  postWebhook,
  sessionOfCheckoutUrl,
  signatureOf,
} from './lib/donationsClients'
import { type PlannedDonation, deliveryCounts, donationForm, donor, planDonations, seededRandom, shuffle } from './lib/donationsPlan'
import {
  type DonationsBenchResults,
  type DonationsDatabaseResult,
  type EndpointResult,
  type EndpointRun,
  type ForgedResult,
  type WebhooksResult,
  renderDonationsSection,
  resultFailed,
} from './lib/donationsReport'
import { describeMachine, loadAverage } from './lib/machine'
import { stopOnInterrupt } from './lib/interrupt'
import { log, phase } from './lib/progress'
import { saveRun } from './lib/results'
import { type Server } from './lib/server'
import { type Answer, forDuration, inPool } from './lib/signUpClients'
import { type Check, summarise } from './lib/signUpsReport'
import { median } from './lib/stats'

const args = process.argv.slice(2)
const { values } = parseArgs({
  args,
  options: {
    donations: { type: 'string', default: '200' },
    deliveries: { type: 'string', default: '1000' },
    clients: { type: 'string', default: '20' },
    forged: { type: 'string', default: '40' },
    groups: { type: 'string', default: '8' },
    racers: { type: 'string', default: '20' },
    'throughput-clients': { type: 'string', default: '20' },
    duration: { type: 'string', default: '20' },
    runs: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '5' },
    seed: { type: 'string', default: '17' },
    db: { type: 'string', default: 'all' },
    keep: { type: 'boolean', default: false },
  },
})

const donations = wholeNumber('donations', values.donations, 10, 10_000)
const deliveries = wholeNumber('deliveries', values.deliveries, 1, 100_000)
const clients = wholeNumber('clients', values.clients, 1, 1000)
const forgedDeliveries = wholeNumber('forged', values.forged, 0, 10_000)
const groupCount = wholeNumber('groups', values.groups, 3, 100)
const racers = wholeNumber('racers', values.racers, 1, 1000)
const throughputClients = wholeNumber('throughput-clients', values['throughput-clients'], 1, 1000)
const durationSeconds = wholeNumber('duration', values.duration, 1, 600)
const endpointRuns = wholeNumber('runs', values.runs, 1, 20)
const warmupSeconds = wholeNumber('warmup', values.warmup, 0, 120)
const seed = wholeNumber('seed', values.seed, 0, 2 ** 31)
const kinds = databaseKindsArg(values.db)
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
// The site's address: the endpoint takes forms posted from it (Origin) and sends donors back there.
const siteUrl = 'http://127.0.0.1:4321'
const minutes = 60_000
/** Each racing person's two checkouts. */
const racingCents = 500_000

const interrupted = stopOnInterrupt(`removing the temporary databases`)

/** One step of bench/lib/donationsData.ts in its own process; its BENCH_RESULT. */
const inDatabase = async <T>(env: NodeJS.ProcessEnv, ...step: string[]): Promise<T> => {
  const { lines } = await runToEnd('tsx', ['bench/lib/donationsData.ts', ...step], env, { timeoutMs: 10 * minutes })
  const line = lines.find((candidate) => candidate.startsWith('BENCH_RESULT '))
  if (!line) throw new Error(`donationsData ${step.join(' ')} printed no result:\n${lines.slice(-10).join('\n')}`)
  return JSON.parse(line.slice('BENCH_RESULT '.length)) as T
}

const failIf = (checks: readonly Check[], failed: number, failures: readonly string[] = []) => {
  const wrong = checks.filter((one) => one.expected !== one.actual)
  if (wrong.length > 0 || failed > 0)
    log(
      `    ✘ ${[...wrong.map((one) => `${one.what}: ${one.actual}, expected ${one.expected}`), ...(failed > 0 ? [`${failed} errors (${failures.join('; ')})`] : [])].join('; ')}`,
    )
}

const ms = (value: number) => `${value.toFixed(1)} ms`

/** What the bench makes happen at the stand-in to one donation whose checkout is open; the events it made. */
const makeHappen = (fake: CheckoutStandIn, planned: PlannedDonation, sessionId: string, groupIds: ReadonlyMap<string, number | string>) => {
  const made: StandInEvent[] = []
  const paymentOfSession = () => fake.sessions.get(sessionId)?.paymentIntentId ?? ''
  const renewalInvoices: string[] = []
  let refundedInvoice: string | null = null
  if (planned.scenario === 'expired' || planned.scenario === 'monthly-expired') made.push(...fake.cancel(sessionId))
  else made.push(...fake.pay(sessionId))
  if (planned.scenario === 'refunded') made.push(...fake.refund(paymentOfSession()))
  if (planned.scenario === 'disputed') made.push(...fake.dispute(paymentOfSession()))
  const subscription = fake.sessions.get(sessionId)?.subscriptionId
  for (let month = 0; subscription && month < planned.renewals; month += 1) {
    const renewal = fake.renew(subscription)
    made.push(...renewal)
    const invoice = renewal.find((event) => event.type === 'invoice.paid')?.data.object.id
    if (typeof invoice === 'string') renewalInvoices.push(invoice)
  }
  if (planned.scenario === 'monthly-renewal-refunded') {
    refundedInvoice = renewalInvoices.at(-1) ?? null
    const payment = [...fake.payments.values()].find((one) => one.invoiceId === refundedInvoice)
    if (!payment) throw new Error(`No payment at the stand-in for invoice ${refundedInvoice}`)
    made.push(...fake.refund(payment.id))
  }
  const happened: Happened = {
    scenario: planned.scenario,
    sessionId,
    shares: planned.shares.map((share) => ({ group: groupIds.get(share.slug) ?? share.slug, cents: share.cents })),
    renewalInvoices,
    refundedInvoice,
    events: made.map((event) => event.id),
  }
  return happened
}

/** Delivers each event body (signed when sent) `concurrency` at a time; the answers, with the event each was for. */
const deliver = async (url: string, secret: string, events: readonly StandInEvent[], concurrency: number, label: string) => {
  const bodies = new Map(events.map((event) => [event.id, eventBody(event)]))
  const eventOf = new Map<Answer, StandInEvent>()
  const started = performance.now()
  const answers = await inPool(events.length, concurrency, label, async (index) => {
    const event = events[index] as StandInEvent
    const body = bodies.get(event.id) ?? ''
    const answer = await postWebhook(url, body, signatureOf(body, secret))
    eventOf.set(answer, event)
    return answer
  })
  return { answers, eventOf, wallMs: performance.now() - started }
}

const benchDatabase = async (kind: DatabaseKind, appDir: string): Promise<DonationsDatabaseResult> => {
  const database = await createDatabase(kind, stamp)
  const drop = onCleanup(`temporary ${kind} database`, values.keep ? async () => undefined : database.drop)
  const result: DonationsDatabaseResult = { kind, version: database.version, settings: database.settings, loadAverage: {}, errors: [] }
  /** One phase; its failure is recorded and the run goes on with the next. */
  const attempt = async <T>(label: string, work: () => Promise<T>): Promise<T | undefined> => {
    result.loadAverage[label] = loadAverage()
    try {
      return await phase(`${kind}: ${label}`, work, { ticker: false })
    } catch (error) {
      if (interrupted()) throw error
      const message = error instanceof Error ? error.message : String(error)
      log(`  ✘ ${kind}: ${label} failed: ${message}`)
      result.errors.push({ phase: label, message })
      return undefined
    }
  }
  // The stand-in's key and webhook secret are derived from the server's PAYLOAD_SECRET (stripeClient.ts): the same here.
  const baseEnv = databaseEnv(database)
  process.env.PAYLOAD_SECRET = baseEnv.PAYLOAD_SECRET
  const secret = webhookSecret()
  const fake = await startCheckoutStandIn({
    port: 0,
    secretKey: standInSecretKey(),
    webhookSecret: secret,
    // Never called (deliver: false): this process delivers the events itself.
    webhookUrl: 'http://127.0.0.1:9/not-delivered',
    deliver: false,
  })
  const closeFake = onCleanup('checkout stand-in', () => fake.close())
  // Jobs off: emails and Stripe actions (the over-cap refunds) are queued, not run (the report says so). No site to rebuild.
  const env = databaseEnv(database, {
    HUB_JOBS: 'off',
    HUB_SITE_REBUILD: 'off',
    SITE_URL: siteUrl,
    CHECKOUT_STANDIN_PORT: String(fake.port),
  })
  let server: Server | undefined
  try {
    log(`  ${database.version} (${database.settings}), ${database.url}; checkout stand-in on ${fake.url}`)
    const setupStarted = performance.now()
    const groups = await attempt('schema and groups', () =>
      inDatabase<{ id: number | string; slug: string }[]>(env, 'setup', String(groupCount)),
    )
    if (!groups) return result
    result.setupMs = performance.now() - setupStarted
    server = await attempt('admin server start', () => startAdminServer(env, appDir, { trustProxyHops: 1 }))
    if (!server) return result
    result.serverReadyMs = server.readyMs
    const { url } = server
    const tag = `${stamp}-${kind}`
    const groupIds = new Map(groups.map((group) => [group.slug, group.id]))
    const random = seededRandom(seed)

    let webhooksDone: { happened: Happened[]; state: DatabaseState } | undefined
    result.webhooks = await attempt(`${donations} donations, about ${deliveries} webhook deliveries, ${clients} at a time`, async () => {
      const plan = planDonations(random, donations, [...groupIds.keys()])
      const sessions: string[] = []
      const checkouts = await inPool(plan.length, clients, 'checkouts', (index) =>
        postDonation(url, siteUrl, donationForm(donor(tag, 'Webhook', index), plan[index] as PlannedDonation), (checkoutUrl) => {
          sessions[index] = sessionOfCheckoutUrl(checkoutUrl)
        }),
      )
      const checkoutSummary = summarise(checkouts, 200, ['checkout'])
      const firstMs = [...checkouts].sort((a, b) => a.sentAt - b.sentAt)[0]?.ms ?? Number.NaN
      log(
        `    ${checkouts.length} donation forms posted (the server's first requests): first ${ms(firstMs)}, p50 ${ms(checkoutSummary.p50)}, p95 ${ms(checkoutSummary.p95)}`,
      )
      if (checkoutSummary.failed > 0) throw new Error(`${checkoutSummary.failed} donations refused: ${checkoutSummary.failures.join('; ')}`)

      const firstEvent = fake.events.length
      const happened = plan.map((planned, index) => makeHappen(fake, planned, sessions[index] ?? '', groupIds))
      const made = fake.events.slice(firstEvent)
      const counts = deliveryCounts(random, made.length, deliveries)
      const list = shuffle(
        random,
        made.flatMap((event, index) => Array.from({ length: counts[index] ?? 1 }, () => event)),
      )
      const renewals = happened.reduce((sum, one) => sum + one.renewalInvoices.length, 0)
      log(`    ${made.length} events made at the stand-in (${renewals} renewals), ${list.length} deliveries in a shuffled order`)
      const { answers, eventOf, wallMs } = await deliver(url, secret, list, clients, 'deliveries')
      const summary = summarise(answers, 200, ['processed', 'already processed'])
      const processed = new Map<string, { type: string; sentAt: number }>()
      for (const answer of answers) {
        const event = eventOf.get(answer)
        if (answer.outcome === 'processed' && event) processed.set(event.id, { type: event.type, sentAt: answer.sentAt })
      }
      const state = await inDatabase<DatabaseState>(env, 'state')
      const verdict = checkWebhooks(happened, groups, state, processed, summary.outcomes.processed ?? 0)
      const deliveriesPerSecond = list.length / (wallMs / 1000)
      log(
        `    ${(wallMs / 1000).toFixed(2)} s, ${deliveriesPerSecond.toFixed(1)} deliveries/s; p50 ${ms(summary.p50)}, p95 ${ms(summary.p95)}; ` +
          `${Object.entries(verdict.expectedStatuses)
            .map(([status, count]) => `${count} ${status}`)
            .join(', ')} expected`,
      )
      failIf(verdict.checks, summary.failed, summary.failures)
      for (const wrong of verdict.wrongDonations.slice(0, 5))
        log(
          `      ${wrong.scenario} (${wrong.payment} payment): ${wrong.actual}, expected ${wrong.expected}; first processed: ${wrong.eventsInOrder.join(' → ')}`,
        )
      for (const wrong of verdict.wrongBalances.slice(0, 5))
        log(`      group ${wrong.group}: ${wrong.actualCents} cents, expected ${wrong.expectedCents}`)
      webhooksDone = { happened, state }
      const scenarioCounts: Record<string, number> = {}
      for (const one of plan) scenarioCounts[one.scenario] = (scenarioCounts[one.scenario] ?? 0) + 1
      const webhooks: WebhooksResult = {
        donations: plan.length,
        groups: groups.length,
        scenarios: scenarioCounts,
        renewals,
        events: made.length,
        deliveries: list.length,
        clients,
        checkouts: { ...checkoutSummary, firstMs },
        wallMs,
        deliveriesPerSecond,
        answers: summary,
        checks: verdict.checks,
        wrongDonations: verdict.wrongDonations,
        wrongBalances: verdict.wrongBalances,
        samples: answers.map((answer) => answer.ms),
      }
      return webhooks
    })

    if (webhooksDone && forgedDeliveries > 0) {
      const { happened, state: before } = webhooksDone
      result.forged = await attempt(`${forgedDeliveries} forged deliveries`, async () => {
        // Real events never delivered: disputes of paid donations, which would reverse their shares if taken.
        const paid = happened.filter((one) => one.scenario === 'paid').slice(0, Math.ceil(forgedDeliveries / forgeryKinds.length))
        const events = paid.flatMap((one) => fake.dispute(fake.sessions.get(one.sessionId)?.paymentIntentId ?? ''))
        const answers = await inPool(forgedDeliveries, clients, 'forged deliveries', (index) => {
          const event = events[Math.floor(index / forgeryKinds.length) % events.length] as StandInEvent
          const forged = forgedDelivery(forgeryKinds[index % forgeryKinds.length] ?? 'no signature', eventBody(event), secret)
          return postWebhook(url, forged.body, forged.signature)
        })
        const summary = summarise(answers, 400, ['refused'])
        const after = await inDatabase<DatabaseState>(env, 'state')
        const checks = checkUnchanged(before, after)
        log(`    ${summary.outcomes.refused ?? 0} refused of ${answers.length}; p50 ${ms(summary.p50)}`)
        failIf(checks, summary.failed, summary.failures)
        const forged: ForgedResult = { deliveries: answers.length, events: events.length, answers: summary, checks }
        return forged
      })
    }

    result.race = await attempt(`racing at the cap: ${racers} people, two checkouts of ${racingCents / 100} € each`, async () => {
      const people = Array.from({ length: racers }, (_, n) => donor(tag, 'Course', n))
      const sessions: string[][] = people.map(() => [])
      // Every checkout at once: each person's second is started before either is paid.
      const checkouts = await inPool(racers * 2, racers * 2, 'checkouts', (index) => {
        const person = Math.floor(index / 2)
        return postDonation(
          url,
          siteUrl,
          donationForm(people[person] ?? {}, { frequency: 'once', amountCents: racingCents, shares: [] }),
          (checkoutUrl) => sessions[person]?.push(sessionOfCheckoutUrl(checkoutUrl)),
        )
      })
      const checkoutSummary = summarise(checkouts, 200, ['checkout'])
      if (checkoutSummary.failed > 0) throw new Error(`${checkoutSummary.failed} checkouts refused: ${checkoutSummary.failures.join('; ')}`)
      const events = shuffle(
        random,
        sessions.flat().flatMap((session) => fake.pay(session)),
      )
      const { answers, wallMs } = await deliver(url, secret, events, events.length, 'payments')
      const summary = summarise(answers, 200, ['processed'])
      const state = await inDatabase<DatabaseState>(env, 'state')
      const verdict = checkRace(
        sessions.map((own) => ({ sessions: own })),
        state,
      )
      log(
        `    ${events.length} payments delivered at once in ${(wallMs / 1000).toFixed(2)} s; at most ${(verdict.maxPerPersonCents / 100).toFixed(2)} € for one person; p95 ${ms(summary.p95)}`,
      )
      failIf(verdict.checks, summary.failed, summary.failures)
      return {
        people: racers,
        amountCents: racingCents,
        checkouts: checkoutSummary,
        deliveries: summary,
        wallMs,
        maxPerPersonCents: verdict.maxPerPersonCents,
        checks: verdict.checks,
      }
    })

    result.endpoint = await attempt(
      `donation endpoint, ${throughputClients} clients, ${warmupSeconds} s + ${endpointRuns} × ${durationSeconds} s`,
      async () => {
        const slugs = [...groupIds.keys()]
        // One-off donations of 5 € to 300 €, half of them with a share to one group.
        const send = (index: number) =>
          postDonation(
            url,
            siteUrl,
            donationForm(donor(tag, 'Debit', index), {
              frequency: 'once',
              amountCents: 500 + ((index * 7919) % 29_501),
              shares: index % 2 === 1 ? [{ slug: slugs[index % slugs.length] ?? '', cents: 500 }] : [],
            }),
          )
        const before = await inDatabase<Record<string, number>>(env, 'counts')
        const warmUp = await forDuration(warmupSeconds, throughputClients, 'warm-up', 0, send)
        const warmUpSummary = summarise(warmUp.answers, 200, ['checkout'])
        log(`    warm-up: ${warmUp.answers.length} donations, p50 ${ms(warmUpSummary.p50)}, p95 ${ms(warmUpSummary.p95)}`)
        // Refusals are not donations: their timings would measure another path.
        if (warmUpSummary.failed > 0)
          throw new Error(
            `${warmUpSummary.failed} of ${warmUp.answers.length} warm-up donations refused: ${warmUpSummary.failures.join('; ')}`,
          )
        const sent: Answer[] = [...warmUp.answers]
        let nextIndex = warmUp.nextIndex
        /** One measured run of `clients` clients; its answers summarised. */
        const measure = async (clientsNow: number, secondsNow: number, label: string): Promise<EndpointRun> => {
          const cpuBefore = process.cpuUsage()
          const measured = await forDuration(secondsNow, clientsNow, label, nextIndex, send)
          const cpu = process.cpuUsage(cpuBefore)
          // This process's share of the machine: the clients and the stand-in, not the server.
          const benchCpuPercent = ((cpu.user + cpu.system) / 1000 / measured.wallMs) * 100
          nextIndex = measured.nextIndex
          sent.push(...measured.answers)
          const answers = summarise(measured.answers, 200, ['checkout'])
          const requestsPerSecond = measured.answers.length / (measured.wallMs / 1000)
          log(
            `    ${label}: ${requestsPerSecond.toFixed(1)} donations/s; p50 ${ms(answers.p50)}, p95 ${ms(answers.p95)}, p99 ${ms(answers.p99)}; ${answers.failed} errors; the bench's own process used ${benchCpuPercent.toFixed(0)} % of a core`,
          )
          return {
            wallMs: measured.wallMs,
            requestsPerSecond,
            answers,
            benchCpuPercent,
            samples: measured.answers.map((answer) => answer.ms),
          }
        }
        const runs: EndpointRun[] = []
        for (let run = 1; run <= endpointRuns; run += 1)
          runs.push(await measure(throughputClients, durationSeconds, `run ${run}/${endpointRuns}, ${throughputClients} clients`))
        // One client alone: what a donation takes without waiting behind others.
        const single = await measure(1, Math.min(durationSeconds, 5), 'one client')
        const after = await inDatabase<Record<string, number>>(env, 'counts')
        const checks: Check[] = [
          {
            what: 'pending donations written (warm-up included)',
            expected: sent.filter((answer) => answer.outcome === 'checkout').length,
            actual: (after.pending ?? 0) - (before.pending ?? 0),
          },
        ]
        const medianOf = (of: (run: EndpointRun) => number) => median(runs.map(of))
        const endpoint: EndpointResult = {
          clients: throughputClients,
          seconds: durationSeconds,
          warmupSeconds,
          warmup: warmUpSummary,
          runs,
          medianRequestsPerSecond: medianOf((run) => run.requestsPerSecond),
          medianP50: medianOf((run) => run.answers.p50),
          medianP95: medianOf((run) => run.answers.p95),
          medianP99: medianOf((run) => run.answers.p99),
          single,
          addresses: sent.length,
          checks,
        }
        log(
          `    median of ${runs.length} runs: ${endpoint.medianRequestsPerSecond.toFixed(1)} donations/s, p50 ${ms(endpoint.medianP50)}, p95 ${ms(endpoint.medianP95)}, p99 ${ms(endpoint.medianP99)}`,
        )
        const failures = [warmUpSummary, ...runs.map((run) => run.answers), single.answers]
        failIf(
          checks,
          failures.reduce((sum, answers) => sum + answers.failed, 0),
          failures.flatMap((answers) => answers.failures),
        )
        return endpoint
      },
    )
    result.loadAverage.end = loadAverage()
    return result
  } finally {
    await server?.stop()
    await closeFake()
    await drop()
  }
}

const main = async (): Promise<DonationsBenchResults> => {
  const machine = describeMachine(['payload', 'next', '@libsql/client', 'pg', 'stripe'])
  log(
    `Donation benchmarks: ${kinds.join(', ')}; ${donations} donations and about ${deliveries} webhook deliveries, ${clients} at a time, ` +
      `${forgedDeliveries} forged; ${racers} people racing at the cap; ${throughputClients} clients for ${endpointRuns} × ${durationSeconds} s (+${warmupSeconds} s warm-up); seed ${seed}`,
  )
  log(`  ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${loadAverage()}`)
  const results: DonationsBenchResults = {
    command: `npm run bench:donations${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
    stamp,
    machine,
    code: codeVersion(),
    options: {
      donations,
      deliveries,
      clients,
      forgedDeliveries,
      groups: groupCount,
      racers,
      throughputClients,
      durationSeconds,
      endpointRuns,
      warmupSeconds,
      seed,
    },
    databases: [],
    finishedAt: '',
  }
  await phase('admin build (skipped when up to date)', () => buildAdmin())
  const appDir = snapshotAdmin(stamp)
  for (const kind of kinds) {
    log(`\n■ ${kind}`)
    results.databases.push(await benchDatabase(kind, appDir))
    await stopAll()
  }
  results.finishedAt = new Date().toISOString()
  return results
}

try {
  const results = await main()
  if (!interrupted()) {
    saveRun('donations', 'Donations', stamp, results, renderDonationsSection(results))
    if (results.databases.some(resultFailed)) process.exitCode = 1
  }
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exitCode = 1
} finally {
  if (!interrupted()) {
    await stopAll()
    await cleanupAll()
  }
}
