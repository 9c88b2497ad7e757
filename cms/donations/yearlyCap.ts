import { type CapFigures, type DonationFrequency, yearlyCapCents } from '../../publication/donation'

/**
 * The law's yearly cap (loi 88-227, art. 11-4: 7,500 € per person and calendar year), as the
 * server applies it before a checkout and again when the payment is confirmed: what the person
 * gave this year, plus what their active monthly donations will still take before 31 December,
 * plus this donation (a monthly one: its amount times the payments left this year). Pure
 * arithmetic; the person's donations are gathered by the caller.
 */

/** The calendar year and month (1–12) of an instant in France, where the law's year runs. */
export function yearAndMonthInFrance(at: Date): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', year: 'numeric', month: 'numeric' }).formatToParts(at)
  const part = (type: 'year' | 'month') => Number(parts.find((candidate) => candidate.type === type)?.value)
  return { year: part('year'), month: part('month') }
}

/**
 * How many payments a monthly donation still makes this year, its next one included: one a
 * month from the month of `nextPaymentAt` to December (Stripe bills a monthly subscription on the
 * same day each month, on the month's last day when it has no such day). None when the next
 * payment falls in a later year.
 */
export function monthlyPaymentsLeftThisYear(nextPaymentAt: Date, now: Date): number {
  const next = yearAndMonthInFrance(nextPaymentAt)
  const today = yearAndMonthInFrance(now)
  if (next.year !== today.year) return next.year < today.year ? 12 - today.month + 1 : 0
  return 12 - next.month + 1
}

/** A monthly donation of the person that is still running: its amount, and when it next pays. */
export interface ActiveMonthly {
  amountCents: number
  nextPaymentAt: Date
}

export interface CapInput {
  /** The person's donations that succeeded this calendar year, one-off and monthly payments alike. */
  givenThisYearCents: number
  /** Their monthly donations still running (the one this donation replaces left out). */
  activeMonthly: readonly ActiveMonthly[]
  donation: { frequency: DonationFrequency; amountCents: number }
  now: Date
}

/** Every number of the check: the refusal shows them all (their shape is the public contract's). */
export type { CapFigures }

export function checkYearlyCap(input: CapInput): { ok: boolean; figures: CapFigures } {
  const { givenThisYearCents, activeMonthly, donation, now } = input
  const monthlyStillToComeCents = activeMonthly.reduce(
    (sum, monthly) => sum + monthly.amountCents * monthlyPaymentsLeftThisYear(monthly.nextPaymentAt, now),
    0,
  )
  // A new monthly donation pays at once, then each month to December.
  const paymentsThisYear = donation.frequency === 'monthly' ? 12 - yearAndMonthInFrance(now).month + 1 : 1
  const thisDonationCents = donation.amountCents * paymentsThisYear
  const stillPossibleCents = Math.max(0, yearlyCapCents - givenThisYearCents - monthlyStillToComeCents)
  return {
    ok: thisDonationCents <= stillPossibleCents,
    figures: {
      capCents: yearlyCapCents,
      givenThisYearCents,
      monthlyStillToComeCents,
      thisDonationCents,
      paymentsThisYear,
      stillPossibleCents,
      largestMonthlyCents: donation.frequency === 'monthly' ? Math.floor(stillPossibleCents / paymentsThisYear) : null,
    },
  }
}
