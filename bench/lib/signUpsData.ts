/**
 * Run by signups.ts in a fresh process for each step (DATABASE_URL is read once per process, and
 * the bench goes from one database to the next): what the bench sets up and checks directly in
 * the database through Payload's Local API, never through the endpoints it measures. Prints one
 * `BENCH_RESULT <json>` line and exits.
 *
 * - `setup <capacity>`: the schema (committed migrations), an event type, a group and two
 *   published events taking sign-ups here: one of `capacity` seats with a waitlist, one unlimited.
 * - `counts <event id>`: the event's registrations per status, its seats row, the queued email jobs.
 * - `tokens <event id> <n>`: the personal cancel links' tokens of its first n confirmed people,
 *   derived from the server's secret as the emails' links are (nothing readable stores them).
 */
import { getPayload } from 'payload'

import { migrateDatabase } from '../../cms/database'
import config from '../../cms/payload.config'
import { cancelTokenFor } from '../../cms/registrations/cancelToken'
import { confirmedSeats } from '../../cms/registrations/seats'

const [command, ...rest] = process.argv.slice(2)
const payload = await getPayload({ config })
const day = 24 * 60 * 60 * 1000

const setup = async (capacity: number) => {
  await migrateDatabase(payload)
  const type = await payload.create({ collection: 'event-types', data: { name: 'Banc d’essai', slug: 'banc-d-essai' } })
  const group = await payload.create({ collection: 'action-groups', data: { name: 'Banc d’essai', slug: 'banc-d-essai', kind: 'local' } })
  // A month ahead: sign-ups stay open (they close when the event starts) for the whole run.
  const startsAt = new Date(Date.now() + 30 * day)
  const event = (slug: string, title: string, registration: object) =>
    payload.create({
      collection: 'events',
      data: {
        title,
        slug,
        summary: 'Événement du banc d’essai des inscriptions.',
        type: type.id,
        organisers: [group.id],
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000).toISOString(),
        place: { city: 'Lille', department: '59' },
        registration: { mode: 'site', ...registration },
        _status: 'published',
      } as never,
    })
  const limited = await event('banc-places-limitees', `Banc d’essai : ${capacity} places`, { capacity, waitlist: true })
  const unlimited = await event('banc-sans-limite', 'Banc d’essai : sans limite', { capacity: null, waitlist: false })
  return { limitedEvent: limited.id, unlimitedEvent: unlimited.id }
}

const counts = async (eventId: string) => {
  const count = async (status: string) =>
    (await payload.count({ collection: 'registrations', where: { and: [{ event: { equals: eventId } }, { status: { equals: status } }] } }))
      .totalDocs
  return {
    confirmed: await count('confirmed'),
    waitlisted: await count('waitlisted'),
    cancelled: await count('cancelled'),
    seatsRow: await confirmedSeats(payload, eventId),
    // Every job on the email queue, for all events: the bench's server runs with jobs off, so none is sent.
    queuedEmailJobs: (await payload.count({ collection: 'payload-jobs', where: { queue: { equals: 'email' } } })).totalDocs,
  }
}

const tokens = async (eventId: string, n: number) => {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { and: [{ event: { equals: eventId } }, { status: { equals: 'confirmed' } }] },
    sort: 'createdAt',
    limit: n,
    depth: 0,
  })
  return docs.map((registration) => cancelTokenFor(registration))
}

const work: Record<string, () => Promise<unknown>> = {
  setup: () => setup(Number(rest[0])),
  counts: () => counts(String(rest[0])),
  tokens: () => tokens(String(rest[0]), Number(rest[1])),
}
const run = work[command ?? '']
if (!run) {
  console.error(`Usage: tsx bench/lib/signUpsData.ts setup <capacity> | counts <event id> | tokens <event id> <n>`)
  process.exit(2)
}
console.log(`BENCH_RESULT ${JSON.stringify(await run())}`)
process.exit(0)
