/**
 * Run by agenda.ts in its own process, on a database holding the demo content: `count` synthetic
 * published events, in French only, written through Payload's Local API (hooks and versions
 * included, as an editor's publication), organised by the demo's groups and typed and themed from
 * the demo's lists. A tenth in the past, the rest over the next six months; one in ten online,
 * one in seven organised by two groups, half taking sign-ups here. Prints progress lines and one
 * `BENCH_RESULT {"count":…,"seconds":…}` line.
 */
import { getPayload } from 'payload'

import { refreshPlannerStatistics } from '../../cms/database'
import config from '../../cms/payload.config'

const count = Number(process.argv[2])
if (!Number.isInteger(count) || count < 1) {
  console.error('Usage: tsx bench/lib/agendaSeed.ts <count>')
  process.exit(2)
}

const payload = await getPayload({ config })
const ids = async (collection: 'event-types' | 'action-groups' | 'themes') =>
  (await payload.find({ collection, pagination: false, depth: 0 })).docs.map((doc) => doc.id)
const [types, groups, themes] = await Promise.all([ids('event-types'), ids('action-groups'), ids('themes')])
if (types.length === 0 || groups.length === 0 || themes.length === 0) {
  console.error('The demo content (event types, groups, themes) must be seeded first.')
  process.exit(1)
}
const places = [
  { city: 'Paris', postcode: '75011', department: '75' },
  { city: 'Marseille', postcode: '13001', department: '13' },
  { city: 'Lyon', postcode: '69007', department: '69' },
  { city: 'Lille', postcode: '59000', department: '59' },
  { city: 'Bordeaux', postcode: '33000', department: '33' },
  { city: 'Toulouse', postcode: '31000', department: '31' },
  { city: 'Nantes', postcode: '44000', department: '44' },
  { city: 'Rennes', postcode: '35000', department: '35' },
]
const hour = 60 * 60 * 1000
const day = 24 * hour
const today = new Date()
today.setUTCHours(0, 0, 0, 0)
const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T

const eventData = (index: number) => {
  const past = index % 10 === 0
  const dayOffset = past ? -1 - (index % 56) : 1 + (index % 180)
  const startsAt = new Date(today.getTime() + dayOffset * day + (8 + (index % 12)) * hour)
  const online = index % 10 === 5
  return {
    title: `Événement synthétique ${index + 1}`,
    slug: `synthetique-evenement-${index + 1}`,
    summary: `Événement synthétique n° ${index + 1} du banc d’essai de l’agenda.`,
    type: pick(types, index),
    themes: [pick(themes, index)],
    organisers: index % 7 === 0 ? [pick(groups, index), pick(groups, index + 1)] : [pick(groups, index)],
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * hour).toISOString(),
    ...(online ? { online: { url: `https://visio.example.org/banc-${index + 1}`, visibility: 'public' } } : { place: pick(places, index) }),
    registration: index % 2 === 0 ? { mode: 'site', capacity: 50, waitlist: true } : { mode: 'none' },
    _status: 'published',
  }
}

const started = performance.now()
let next = 0
let done = 0
// A few at a time: the database takes one write at a time (SQLite), hooks and validation overlap.
const worker = async () => {
  for (let index = next++; index < count; index = next++) {
    await payload.create({ collection: 'events', data: eventData(index) as never })
    done += 1
    if (done % 500 === 0 || done === count) console.log(`  synthetic events ${done}/${count}`)
  }
}
await Promise.all(Array.from({ length: 4 }, worker))
// As the seed does after bulk writes: SQLite's planner needs its statistics for the build's reads.
await refreshPlannerStatistics(payload)
console.log(`BENCH_RESULT ${JSON.stringify({ count, seconds: (performance.now() - started) / 1000 })}`)
process.exit(0)
