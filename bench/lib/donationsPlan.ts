import { eurosText } from '../../publication/donation'

/**
 * What the donations bench makes happen, drawn from a seeded generator so that a run can be
 * repeated: the donations (how much, to which groups, and what becomes of each at Stripe), the
 * donors, and the order and number of times each Stripe event is delivered.
 */

/** A seeded generator of numbers in [0, 1) (mulberry32): the same seed, the same run. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = state
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296
  }
}
export type Random = ReturnType<typeof seededRandom>

/** A whole number from 0 to below `n`. */
const below = (random: Random, n: number) => Math.floor(random() * n)

/** Shuffled in place (Fisher–Yates), and returned. */
export const shuffle = <T>(random: Random, items: T[]): T[] => {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = below(random, index + 1)
    ;[items[index], items[other]] = [items[other] as T, items[index] as T]
  }
  return items
}

/**
 * What becomes of a donation once its checkout is open: paid (one-off), paid then refunded or
 * disputed, abandoned (the session expires); monthly: paid, then renewed 0 to 3 times, the last
 * renewal refunded for some; or abandoned.
 */
export const scenarios = ['paid', 'refunded', 'disputed', 'expired', 'monthly', 'monthly-renewal-refunded', 'monthly-expired'] as const
export type Scenario = (typeof scenarios)[number]

/** The mix, as shares of the donations; what rounding leaves goes to `paid`. */
const scenarioMix: Record<Exclude<Scenario, 'paid'>, number> = {
  refunded: 0.1,
  disputed: 0.08,
  expired: 0.1,
  monthly: 0.17,
  'monthly-renewal-refunded': 0.05,
  'monthly-expired': 0.05,
}

export interface PlannedShare {
  slug: string
  cents: number
}

export interface PlannedDonation {
  index: number
  scenario: Scenario
  frequency: 'once' | 'monthly'
  amountCents: number
  shares: PlannedShare[]
  /** Months paid after the first (monthly scenarios). */
  renewals: number
}

/** `count` donations of the mix, in a random order; amounts to the cent, 0 to 3 groups' shares each. */
export const planDonations = (random: Random, count: number, groupSlugs: readonly string[]): PlannedDonation[] => {
  const kinds: Scenario[] = []
  for (const [scenario, share] of Object.entries(scenarioMix)) {
    for (let n = Math.floor(share * count); n > 0; n -= 1) kinds.push(scenario as Scenario)
  }
  while (kinds.length < count) kinds.push('paid')
  return shuffle(random, kinds).map((scenario, index) => {
    const monthly = scenario.startsWith('monthly')
    // One-off: 5 € to 300 €; monthly: 5 € to 50 € (twelve of them stay far below the yearly cap).
    const amountCents = 500 + below(random, monthly ? 4501 : 29_501)
    const groups = shuffle(random, [...groupSlugs]).slice(0, below(random, 4))
    const shares = groups.map((slug) => ({ slug, cents: 1 + below(random, Math.floor(amountCents / groups.length)) }))
    const renewals = scenario === 'monthly' ? below(random, 4) : scenario === 'monthly-renewal-refunded' ? 1 + below(random, 3) : 0
    return { index, scenario, frequency: monthly ? 'monthly' : 'once', amountCents, shares, renewals }
  })
}

/** Digits as letters: the form takes no digit in a name, and each bench donor needs a name of their own. */
const lettersOf = (n: number) => String(n).replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)] ?? '')

/**
 * Donor number `n` of a phase (`phase`: a word, the start of their surname and email): a made-up
 * person of their own, in no other phase (the cap and the limit per email count per person).
 */
export const donor = (runTag: string, phase: string, n: number): Record<string, string> => ({
  firstName: 'Camille',
  lastName: `${phase} ${lettersOf(n)}`,
  email: `${phase.toLowerCase()}-${runTag}-${n}@example.org`,
  address: '3 rue des Lilas',
  postcode: '35000',
  city: 'Rennes',
  nationality: 'FR',
  phone: '06 12 34 56 78',
})

/** The donation form as the site's island posts it (publication/donation.ts: `share.<group slug>` in euros). */
export const donationForm = (
  who: Record<string, string>,
  { frequency, amountCents, shares }: Pick<PlannedDonation, 'frequency' | 'amountCents' | 'shares'>,
): Record<string, string> => ({
  language: 'fr',
  frequency,
  amountChoice: 'other',
  amountOther: eurosText(amountCents, 'fr'),
  ...Object.fromEntries(shares.map((share) => [`share.${share.slug}`, eurosText(share.cents, 'fr')])),
  ...who,
  certify: 'yes',
  website: '',
})

/**
 * How many times each event is delivered: 1 to 5 each at random, then moved one by one (each
 * staying within 1 to 5) until they add up to `total` when that is possible: a run of exactly the
 * number of deliveries asked for.
 */
export const deliveryCounts = (random: Random, events: number, total: number): number[] => {
  const counts = Array.from({ length: events }, () => 1 + below(random, 5))
  const target = Math.min(Math.max(total, events), events * 5)
  let sum = counts.reduce((a, b) => a + b, 0)
  while (sum !== target) {
    const index = below(random, events)
    const count = counts[index] ?? 1
    if (sum < target && count < 5) {
      counts[index] = count + 1
      sum += 1
    } else if (sum > target && count > 1) {
      counts[index] = count - 1
      sum -= 1
    }
  }
  return counts
}
