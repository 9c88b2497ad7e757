import {
  type CapFigures,
  costAfterTaxReduction,
  type DonationFrequency,
  type DonationProblem,
  type DonationShare,
  parseEuros,
  yearlyCapCents,
} from '../../publication/donation'
import { type DonationText, fillIn, formatEuros } from '../../publication/donationText'

/**
 * The donation form's arithmetic and wording, apart from React so that it can be tested: what is
 * chosen, what the groups' shares leave to the national organisation, what the donation costs after
 * the tax reduction, each problem and each figure of a refusal over the yearly cap in words, the
 * groups found by a search, and the list of nationalities. The CMS decides; this only shows.
 */

/** A group a donation can be earmarked to, as the form lists it (from the snapshot: public fields only). */
export interface DonationGroup {
  slug: string
  name: string
  city: string | null
  postcode: string | null
  department: string | null
}

/** The form's amounts (env.donations), in cents. */
export interface DonationAmountRules {
  minimumCents: number
  maximumCents: number
  presetCents: number[]
}

/** The amount of a preset or of the typed one, as the CMS reads the pair (publication/donation.ts). */
export const chosenAmountCents = (choice: string, other: string): number | null =>
  parseEuros(choice === 'other' || choice === '' ? other : choice)

/** The shares typed so far that are amounts above zero, in the order given. */
export const typedShares = (typed: Readonly<Record<string, string>>, groups: readonly string[]): DonationShare[] =>
  groups.flatMap((group) => {
    const cents = parseEuros(typed[group] ?? '')
    return cents ? [{ group, cents }] : []
  })

/** What the groups' shares leave to the national organisation; nothing when they take it all or more. */
export const nationalRestCents = (amountCents: number, shares: readonly DonationShare[]) =>
  Math.max(0, amountCents - shares.reduce((sum, share) => sum + share.cents, 0))

/** The largest a donation may be: the organisation's maximum, never above the law's yearly cap. */
export const largestDonationCents = (rules: Pick<DonationAmountRules, 'maximumCents'>) => Math.min(rules.maximumCents, yearlyCapCents)

/** A problem in words, its amounts filled in. */
export const problemText = (problem: DonationProblem, text: DonationText, rules: DonationAmountRules, locale: string) =>
  fillIn(text.problems[problem], {
    minimum: formatEuros(rules.minimumCents, locale),
    maximum: formatEuros(largestDonationCents(rules), locale),
  })

/** "After the 66 % tax reduction … this donation costs you X" (a month, for a monthly one). */
export const taxCostText = (amountCents: number, frequency: DonationFrequency, text: DonationText, locale: string) =>
  fillIn(frequency === 'monthly' ? text.taxReductionMonthly : text.taxReduction, {
    amount: formatEuros(costAfterTaxReduction(amountCents), locale),
  })

/**
 * Every figure of a refusal over the yearly cap, one line each, and what is still possible: for a
 * monthly donation, the largest monthly amount too. What the person's monthly donations will still
 * take is said only when they have some.
 */
export function overCapLines(figures: CapFigures, text: DonationText, locale: string): string[] {
  const euros = (cents: number) => formatEuros(cents, locale)
  const { overCap } = text
  return [
    fillIn(overCap.cap, { amount: euros(figures.capCents) }),
    fillIn(overCap.given, { amount: euros(figures.givenThisYearCents) }),
    ...(figures.monthlyStillToComeCents > 0
      ? [fillIn(overCap.monthlyStillToCome, { amount: euros(figures.monthlyStillToComeCents) })]
      : []),
    fillIn(overCap.thisDonation, {
      amount: euros(figures.thisDonationCents),
      count: new Intl.NumberFormat(locale).format(figures.paymentsThisYear),
    }),
    fillIn(overCap.stillPossible, { amount: euros(figures.stillPossibleCents) }),
    ...(figures.largestMonthlyCents === null ? [] : [fillIn(overCap.largestMonthly, { amount: euros(figures.largestMonthlyCents) })]),
  ]
}

/** What the summary before paying lists: the amount, each group's share by name, the national rest, the cost. */
export interface DonationSummary {
  frequency: DonationFrequency
  amountCents: number
  shares: { group: DonationGroup; cents: number }[]
  nationalCents: number
  costCents: number
}

export function summarise(
  donation: { frequency: DonationFrequency; amountCents: number; shares: readonly DonationShare[] },
  groups: readonly DonationGroup[],
): DonationSummary {
  const bySlug = new Map(groups.map((group) => [group.slug, group]))
  return {
    frequency: donation.frequency,
    amountCents: donation.amountCents,
    shares: donation.shares.flatMap((share) => {
      const group = bySlug.get(share.group)
      return group ? [{ group, cents: share.cents }] : []
    }),
    nationalCents: nationalRestCents(donation.amountCents, donation.shares),
    costCents: costAfterTaxReduction(donation.amountCents),
  }
}

/** Lower case, without accents: "Saint-Étienne" is found by "saint-eti". */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr')

/**
 * The groups whose name or town contain every word typed, or whose postcode or department starts
 * with a number typed; those whose name starts with the search first. At most `limit`.
 */
export function findGroups(groups: readonly DonationGroup[], query: string, limit = 8): DonationGroup[] {
  const words = folded(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return []
  const matches = (group: DonationGroup) => {
    const text = folded(`${group.name} ${group.city ?? ''}`)
    return words.every(
      (word) => text.includes(word) || (/^\d/.test(word) && [group.postcode, group.department].some((code) => code?.startsWith(word))),
    )
  }
  const first = folded(query.trim())
  return groups
    .filter(matches)
    .sort((a, b) => Number(!folded(a.name).startsWith(first)) - Number(!folded(b.name).startsWith(first)))
    .slice(0, limit)
}

/**
 * The groups by department (the list without JavaScript, one disclosure each), departments in
 * order of their number, those without one last; within one, by town then name.
 */
export function groupsByDepartment(
  groups: readonly DonationGroup[],
  locale: string,
): { department: string | null; groups: DonationGroup[] }[] {
  const byDepartment = new Map<string | null, DonationGroup[]>()
  for (const group of groups) byDepartment.set(group.department, [...(byDepartment.get(group.department) ?? []), group])
  const order = new Intl.Collator(locale, { numeric: true })
  return [...byDepartment.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : order.compare(a, b)))
    .map(([department, members]) => ({
      department,
      groups: members.sort((a, b) => order.compare(a.city ?? '', b.city ?? '') || order.compare(a.name, b.name)),
    }))
}
