import type { CodeVersion } from './codeVersion'
import type { DatabaseKind } from './databases'
import type { WrongDonation } from './donationsChecks'
import { forgeryKinds } from './donationsClients'
import type { Machine } from './machine'
import { machineRows, row } from './markdown'
import type { AnswerSummary, Check } from './signUpsReport'

/** The webhooks phase: donations made, events made and delivered, and what the database holds. */
export interface WebhooksResult {
  donations: number
  groups: number
  /** How many donations of each scenario (donationsPlan.ts). */
  scenarios: Record<string, number>
  renewals: number
  events: number
  deliveries: number
  clients: number
  /** The donations' checkouts through the endpoint: the server's first requests. */
  checkouts: AnswerSummary & { firstMs: number }
  /** The deliveries, first sent to last answered. */
  wallMs: number
  deliveriesPerSecond: number
  answers: AnswerSummary
  checks: Check[]
  wrongDonations: WrongDonation[]
  wrongBalances: { group: string; expectedCents: number; actualCents: number }[]
  /** Each delivery's latency, ms, in the order answered. */
  samples: number[]
}

export interface ForgedResult {
  deliveries: number
  /** The real events forged (disputes made at the stand-in, never delivered). */
  events: number
  answers: AnswerSummary
  checks: Check[]
}

export interface RaceResult {
  people: number
  amountCents: number
  checkouts: AnswerSummary
  deliveries: AnswerSummary
  wallMs: number
  maxPerPersonCents: number
  checks: Check[]
}

export interface EndpointRun {
  wallMs: number
  requestsPerSecond: number
  answers: AnswerSummary
  /** CPU time of the bench's own process (the clients and the stand-in) over the run's wall time, in % of one core. */
  benchCpuPercent: number
  /** Each answer's latency, ms, in the order answered. */
  samples: number[]
}

export interface EndpointResult {
  clients: number
  seconds: number
  warmupSeconds: number
  /** The warm-up's answers: measured, reported apart. */
  warmup: AnswerSummary
  runs: EndpointRun[]
  /** The medians of the runs' figures: what the target is judged on. */
  medianRequestsPerSecond: number
  medianP50: number
  medianP95: number
  medianP99: number
  /** One client alone, after the runs. */
  single: EndpointRun
  /** Forms posted to the endpoint in this phase, each from an address and an email of its own. */
  addresses: number
  checks: Check[]
}

export interface DonationsDatabaseResult {
  kind: DatabaseKind
  version: string
  settings: string
  setupMs?: number
  serverReadyMs?: number
  webhooks?: WebhooksResult
  forged?: ForgedResult
  race?: RaceResult
  endpoint?: EndpointResult
  loadAverage: Record<string, number>
  errors: { phase: string; message: string }[]
}

export interface DonationsBenchResults {
  command: string
  stamp: string
  machine: Machine
  code: CodeVersion
  options: {
    donations: number
    deliveries: number
    clients: number
    forgedDeliveries: number
    groups: number
    racers: number
    throughputClients: number
    durationSeconds: number
    endpointRuns: number
    warmupSeconds: number
    seed: number
  }
  databases: DonationsDatabaseResult[]
  finishedAt: string
}

/** How many addresses (and emails) each of the endpoint's flood limits keeps in memory (cms/registrations/floodLimits.ts). */
const floodLimitKeys = 10_000

/** The issue's target for the endpoint at 20 clients. */
export const p95TargetMs = 150

const checksPass = (checks: readonly Check[]) => checks.every((check) => check.expected === check.actual)

const endpointErrors = (endpoint: EndpointResult) =>
  [endpoint.warmup, ...endpoint.runs.map((run) => run.answers), endpoint.single.answers].reduce((sum, answers) => sum + answers.failed, 0)

/** Whether anything of this database's run failed: a phase, an answer, a check, or the endpoint's target. */
export const resultFailed = (db: DonationsDatabaseResult): boolean => {
  const { webhooks, forged, race, endpoint } = db
  return (
    db.errors.length > 0 ||
    (webhooks !== undefined && (webhooks.checkouts.failed > 0 || webhooks.answers.failed > 0 || !checksPass(webhooks.checks))) ||
    (forged !== undefined && (forged.answers.failed > 0 || !checksPass(forged.checks))) ||
    (race !== undefined && (race.checkouts.failed > 0 || race.deliveries.failed > 0 || !checksPass(race.checks))) ||
    (endpoint !== undefined && (endpointErrors(endpoint) > 0 || !checksPass(endpoint.checks) || endpoint.medianP95 > p95TargetMs))
  )
}

const ms = (value: number) => (Number.isNaN(value) ? '—' : `${value.toFixed(1)} ms`)
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`
const euros = (cents: number) => `${(cents / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })} €`
const mark = (ok: boolean) => (ok ? '✅ met' : '❌ missed')
const countsText = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([what, count]) => `${count} ${what}`)
    .join(', ')
const checksText = (checks: readonly Check[]) =>
  checks.map((check) => `${check.what} ${check.actual}${check.expected === check.actual ? '' : ` (expected ${check.expected})`}`).join(', ')
const errorsText = (answers: AnswerSummary) =>
  answers.failed === 0 ? '0 errors' : `${answers.failed} errors (${answers.failures.join('; ')})`

const databaseRows = (db: DonationsDatabaseResult): string[] => {
  const rows: string[] = []
  const { webhooks, forged, race, endpoint } = db
  if (webhooks) {
    rows.push(
      row([
        `${webhooks.donations} checkouts through the donation endpoint, ${webhooks.clients} at a time (the server’s first requests, nothing cached)`,
        `${webhooks.checkouts.requests} answered ${countsText(webhooks.checkouts.outcomes)}; first request ${ms(webhooks.checkouts.firstMs)}, p50 ${ms(webhooks.checkouts.p50)}, p95 ${ms(webhooks.checkouts.p95)}, max ${ms(webhooks.checkouts.max)}`,
        'every one a checkout',
        mark(webhooks.checkouts.failed === 0),
      ]),
      row([
        `${webhooks.deliveries} webhook deliveries of ${webhooks.events} events (each 1 to 5 times, shuffled), ${webhooks.clients} at a time; donations: ${countsText(webhooks.scenarios)}; ${webhooks.renewals} monthly renewals; ${webhooks.groups} groups`,
        `${seconds(webhooks.wallMs)}, ${webhooks.deliveriesPerSecond.toFixed(1)} deliveries/s; p50 ${ms(webhooks.answers.p50)}, p95 ${ms(webhooks.answers.p95)}, max ${ms(webhooks.answers.max)}; answers: ${countsText(webhooks.answers.outcomes)}; ${errorsText(webhooks.answers)}; in the database: ${checksText(webhooks.checks)}`,
        `exactly ${webhooks.donations} donations recorded, every group balance exact to the cent, 0 errors`,
        mark(webhooks.answers.failed === 0 && checksPass(webhooks.checks)),
      ]),
    )
  }
  if (forged) {
    rows.push(
      row([
        `${forged.deliveries} forged deliveries of ${forged.events} real, undelivered events (disputes): ${forgeryKinds.join(', ')}`,
        `answers: ${countsText(forged.answers.outcomes)}; p50 ${ms(forged.answers.p50)}; in the database: ${checksText(forged.checks)}`,
        'all refused (400), nothing changed',
        mark(forged.answers.failed === 0 && checksPass(forged.checks)),
      ]),
    )
  }
  if (race) {
    rows.push(
      row([
        `${race.people} people, each two checkouts of ${euros(race.amountCents)} started at once, then both paid and all ${race.deliveries.requests} payments’ events delivered at once, shuffled`,
        `checkouts: ${countsText(race.checkouts.outcomes)}; deliveries ${seconds(race.wallMs)}, p95 ${ms(race.deliveries.p95)}, ${errorsText(race.deliveries)}; at most ${euros(race.maxPerPersonCents)} succeeded for one person this year; in the database: ${checksText(race.checks)}`,
        'succeeded ≤ 7,500 € a person, one over-cap refund each',
        mark(race.checkouts.failed === 0 && race.deliveries.failed === 0 && checksPass(race.checks)),
      ]),
    )
  }
  if (endpoint) {
    const runText = (run: EndpointRun) =>
      `${run.requestsPerSecond.toFixed(1)}/s, p50 ${ms(run.answers.p50)}, p95 ${ms(run.answers.p95)}, p99 ${ms(run.answers.p99)}, max ${ms(run.answers.max)}, bench process ${run.benchCpuPercent.toFixed(0)} % of a core`
    rows.push(
      row([
        `Donation endpoint, ${endpoint.clients} clients, ${endpoint.runs.length} runs of ${endpoint.seconds} s (after ${endpoint.warmupSeconds} s of warm-up), one-off donations, the stand-in answering at once`,
        `median of the runs: ${endpoint.medianRequestsPerSecond.toFixed(1)} donations/s, p50 ${ms(endpoint.medianP50)}, **p95 ${ms(endpoint.medianP95)}**, p99 ${ms(endpoint.medianP99)}; runs: ${endpoint.runs.map(runText).join('; ')}; warm-up (${endpoint.warmup.requests} donations): p50 ${ms(endpoint.warmup.p50)}, p95 ${ms(endpoint.warmup.p95)}, max ${ms(endpoint.warmup.max)}; ${endpointErrors(endpoint)} errors; in the database: ${checksText(endpoint.checks)}`,
        `p95 ≤ ${p95TargetMs} ms`,
        mark(endpoint.medianP95 <= p95TargetMs && endpointErrors(endpoint) === 0 && checksPass(endpoint.checks)),
      ]),
      row([
        `Donation endpoint, one client alone for ${(endpoint.single.wallMs / 1000).toFixed(0)} s (no queueing: the work of one donation)`,
        `${endpoint.single.answers.requests} donations; ${runText(endpoint.single)}`,
        '',
        '',
      ]),
    )
    // The endpoint's flood limits keep at most this many addresses and emails each (floodLimits.ts): beyond, each new one makes them look for one to drop.
    if (endpoint.addresses > floodLimitKeys)
      rows.push(
        row([
          'Note',
          `${endpoint.addresses} forms from as many addresses and emails in this phase: more than the ${floodLimitKeys} each flood limit keeps, so later requests also paid for its clean-up`,
          '',
          '',
        ]),
      )
  }
  for (const error of db.errors) rows.push(row([`✘ ${error.phase}`, error.message.split('\n')[0] ?? '', '', '❌ failed']))
  return rows
}

/** What went wrong in the webhooks phase, donation by donation: for whoever fixes it. */
const findings = (webhooks: WebhooksResult | undefined): string[] => {
  if (!webhooks || (webhooks.wrongDonations.length === 0 && webhooks.wrongBalances.length === 0)) return []
  const lines = ['Donations in another status than what happened at Stripe (the order their events were first processed in):', '']
  for (const wrong of webhooks.wrongDonations.slice(0, 10))
    lines.push(
      `- ${wrong.scenario} (${wrong.payment} payment): ${wrong.actual}, expected ${wrong.expected}; ${wrong.eventsInOrder.join(' → ') || 'no event processed'}`,
    )
  if (webhooks.wrongDonations.length > 10) lines.push(`- … and ${webhooks.wrongDonations.length - 10} more (raw results)`)
  if (webhooks.wrongBalances.length > 0)
    lines.push(
      '',
      `Groups’ balances: ${webhooks.wrongBalances.map((wrong) => `${wrong.group} ${euros(wrong.actualCents)}, expected ${euros(wrong.expectedCents)}`).join('; ')}.`,
    )
  return [...lines, '']
}

export const renderDonationsSection = (results: DonationsBenchResults): string => {
  const { options } = results
  const lines = [
    '## Donations',
    '',
    `\`${results.command}\` (bench/donations.ts), issue 17's donation targets, on ${results.databases.map((db) => (db.kind === 'sqlite' ? 'a fresh SQLite file' : 'a fresh PostgreSQL database')).join(' and ')}; seed ${options.seed}.`,
    '',
    'How it is measured, and every shortcut:',
    '',
    '- **The real endpoints over HTTP**: `POST /api/public/donate` and `/api/stripe/webhook` of the admin server `npm start` runs (scripts/serve-cms.ts), over a private copy of the built admin (`--dir`), `NODE_ENV=production`, on loopback. The clients (Node `fetch`) run on the same machine and share its 2 cores.',
    '- **Shortcut: Stripe is the checkout stand-in** (cms/donations/checkoutStandIn/), run inside the bench’s own process on loopback: the server’s Stripe SDK reaches it through `CHECKOUT_STANDIN_PORT`, its key and webhook secret both derived from `PAYLOAD_SECRET`. It answers at once: no Stripe latency is in any figure. Payments, refunds, disputes, abandoned checkouts and monthly renewals are made there (its operations), and it makes Stripe’s events; it does not send them (`deliver: false`).',
    '- **The bench delivers the events itself**, each body pretty-printed as Stripe sends it and signed when sent with the SDK’s `generateTestHeaderString` and the server’s webhook secret.',
    `- **Webhooks**: ${options.donations} donations, each a checkout through the endpoint (one-off 5–300 € or monthly 5–50 €, amounts to the cent, 0 to 3 of ${options.groups} groups’ shares each), then at the stand-in: paid; paid then refunded; paid then disputed; abandoned (expired); monthly, paid and renewed 0 to 3 times (some with the last renewal refunded), or abandoned. Every event made is delivered 1 to 5 times (so that there are ${options.deliveries} deliveries in all), the whole list shuffled, ${options.clients} at a time. Then, in the database: each checkout’s and each renewal’s donation in the status of what happened, each group’s ledger balance equal to the sum of the shares of the payments that stand, to the cent, no duplicate ledger row and none contradicting its donation, each event recorded once; any answer other than a 200 is an error.`,
    `- **Forged deliveries**: ${options.forgedDeliveries} deliveries of real events never delivered (disputes made at the stand-in, which would reverse shares if taken), forged four ways: ${forgeryKinds.join(', ')} (the SDK’s tolerance is 5 minutes). Each must be a 400, and the database the same before and after (rows, statuses, ledger, recorded events).`,
    `- **Racing at the cap**: ${options.racers} people, each posting two one-off donations of 5,000 € at the same moment (both pass the form’s check: neither is paid yet), then both paid at the stand-in and all the payments’ events delivered at once in a shuffled order.`,
    `- **Endpoint latency**: ${options.throughputClients} clients posting one-off donation forms back to back (5–300 €, half with one group’s share), ${options.warmupSeconds} s of warm-up reported apart, then ${options.endpointRuns} runs of ${options.durationSeconds} s; the target is judged on the median of the runs’ p95. Each form is a checkout session made at the stand-in and a pending donation written. Then one client alone for 5 s: the time of one donation without queueing. The server’s first requests (nothing cached) are the webhooks phase’s checkouts, reported in their own row. The webhooks phase and the race are one pass each: their timings are of a single run. The bench’s own process (the clients and the stand-in) shares the 2 cores with the server: its CPU use is given for each run.`,
    '- **Shortcut: one address per request**: the server trusts one proxy (`HUB_TRUST_PROXY=1`) and each form carries its own `X-Forwarded-For` address, and each donor a distinct made-up identity and email, so that the flood limits (20 forms per address per 10 minutes, 10 per email per hour) never apply. The limits themselves are not measured here.',
    '- **Shortcut: jobs off** (`HUB_JOBS=off`): emails and the over-cap refunds are queued as job rows in the decision’s own transaction (that write is measured; the refunds are counted), not run: no refund reaches the stand-in.',
    '- Everything checked is read from the database afterwards through Payload’s Local API in a separate process (bench/lib/donationsData.ts), never from the answers.',
    '',
    ...machineRows(results.machine),
    row([
      'Code',
      `\`${results.code.commit}\`${results.code.changed.length > 0 ? ` + uncommitted changes in ${results.code.changed.length} files` : ''}`,
    ]),
    row([
      'Packages',
      Object.entries(results.machine.packages)
        .map(([name, version]) => `${name} ${version}`)
        .join(', '),
    ]),
    row(['Date', `${results.machine.date} → ${results.finishedAt}`]),
    row(['Load average (1 / 5 / 15 min) at the start', results.machine.loadAverage.join(' / ')]),
    '',
  ]
  for (const db of results.databases) {
    lines.push(
      `### ${db.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: ${db.version} (${db.settings})`,
      '',
      `Load average (1 min) when each phase began: ${Object.entries(db.loadAverage)
        .map(([phase, load]) => `${phase} ${load}`)
        .join(', ')}.`,
      '',
      row(['Measure', 'Result', 'Target', '']),
      row(['---', '---', '---', '---']),
      ...databaseRows(db),
      '',
      ...findings(db.webhooks),
    )
  }
  lines.push('Raw samples (every delivery’s and every answer’s latency, the checks): `bench/results/donations-<stamp>.json`.')
  return lines.join('\n')
}
