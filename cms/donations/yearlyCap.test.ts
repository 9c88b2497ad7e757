import { describe, expect, it } from 'vitest'

import { checkYearlyCap, monthlyPaymentsLeftThisYear, yearAndMonthInFrance } from './yearlyCap'

const at = (iso: string) => new Date(iso)

describe('the calendar year in France', () => {
  it('turns at midnight in Paris, not in UTC', () => {
    // Paris is at UTC+1 in winter: its new year starts at 23:00 UTC.
    expect(yearAndMonthInFrance(at('2026-12-31T23:00:00Z'))).toEqual({ year: 2027, month: 1 })
    expect(yearAndMonthInFrance(at('2026-12-31T22:59:59Z'))).toEqual({ year: 2026, month: 12 })
  })
})

describe('monthlyPaymentsLeftThisYear', () => {
  const now = at('2026-09-10T10:00:00Z')
  it('counts one payment a month from the next one to December', () => {
    expect(monthlyPaymentsLeftThisYear(at('2026-09-15T10:00:00Z'), now)).toBe(4)
    expect(monthlyPaymentsLeftThisYear(at('2026-10-01T10:00:00Z'), now)).toBe(3)
    expect(monthlyPaymentsLeftThisYear(at('2026-12-31T10:00:00Z'), now)).toBe(1)
  })
  it('counts none when the next payment is next year', () => {
    expect(monthlyPaymentsLeftThisYear(at('2027-01-05T10:00:00Z'), now)).toBe(0)
  })
})

describe('checkYearlyCap', () => {
  const now = at('2026-09-10T10:00:00Z')

  it('takes a donation that fits beside what was given and what monthly donations will take', () => {
    const checked = checkYearlyCap({
      givenThisYearCents: 300_000,
      activeMonthly: [{ amountCents: 10_000, nextPaymentAt: at('2026-09-20T10:00:00Z') }],
      donation: { frequency: 'once', amountCents: 410_000 },
      now,
    })
    expect(checked).toEqual({
      ok: true,
      figures: {
        capCents: 750_000,
        givenThisYearCents: 300_000,
        monthlyStillToComeCents: 40_000,
        thisDonationCents: 410_000,
        paymentsThisYear: 1,
        stillPossibleCents: 410_000,
        largestMonthlyCents: null,
      },
    })
  })

  it('refuses a cent over the cap, with what is still possible', () => {
    const checked = checkYearlyCap({
      givenThisYearCents: 300_000,
      activeMonthly: [{ amountCents: 10_000, nextPaymentAt: at('2026-09-20T10:00:00Z') }],
      donation: { frequency: 'once', amountCents: 410_001 },
      now,
    })
    expect(checked.ok).toBe(false)
    expect(checked.figures.stillPossibleCents).toBe(410_000)
  })

  it('counts a new monthly donation as its amount times the payments left this year, and says the largest that fits', () => {
    // September: September to December, 4 payments.
    const checked = checkYearlyCap({
      givenThisYearCents: 700_000,
      activeMonthly: [],
      donation: { frequency: 'monthly', amountCents: 15_000 },
      now,
    })
    expect(checked.ok).toBe(false)
    expect(checked.figures).toMatchObject({
      thisDonationCents: 60_000,
      paymentsThisYear: 4,
      stillPossibleCents: 50_000,
      largestMonthlyCents: 12_500,
    })
    expect(
      checkYearlyCap({ givenThisYearCents: 700_000, activeMonthly: [], donation: { frequency: 'monthly', amountCents: 12_500 }, now }).ok,
    ).toBe(true)
  })

  it('shows nothing left, never a negative figure, once the year is over the cap', () => {
    const checked = checkYearlyCap({
      givenThisYearCents: 760_000,
      activeMonthly: [],
      donation: { frequency: 'once', amountCents: 500 },
      now,
    })
    expect(checked).toMatchObject({ ok: false, figures: { stillPossibleCents: 0 } })
  })
})
