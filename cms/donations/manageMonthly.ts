import type { Payload } from 'payload'
import Stripe from 'stripe'

import { parseEuros } from '../../publication/donation'
import type { LocaleCode } from '../../publication/locales'
import type { MonthlyDonation } from '../payload-types'
import { hashManageToken, isManageTokenOf } from './manageToken'
import { stopMonthly, underMonthlyDonorsLock } from './monthly'
import { stripeClient } from './stripeClient'

/**
 * What a monthly donor does from the signed link in their emails, without an account and without
 * entering their card again: change how each payment is split between groups (from the next
 * payment on: each month's donation copies the split of its day), or stop it.
 */

type Id = number | string

/** A manage token as manageTokenFor writes it (an HMAC-SHA256 in base64url); anything else names nothing. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/

export const monthlyOfToken = async (payload: Payload, token: string): Promise<MonthlyDonation | null> => {
  if (!tokenPattern.test(token)) return null
  const { docs } = await payload.find({
    collection: 'monthly-donations',
    where: { manageTokenHash: { equals: hashManageToken(token) } },
    depth: 0,
    limit: 1,
  })
  const monthly = docs[0]
  return monthly && isManageTokenOf(token, monthly) ? monthly : null
}

/** The groups a donor may earmark to, named in their language: active and published, as any visitor reads them. */
export const earmarkableGroups = async (payload: Payload, locale: LocaleCode) =>
  (
    await payload.find({
      collection: 'action-groups',
      where: { active: { equals: true } },
      select: { slug: true, name: true },
      locale,
      depth: 0,
      pagination: false,
      sort: 'name',
      overrideAccess: false,
    })
  ).docs.map(({ id, slug, name }) => ({ id, slug, name }))

export type SplitOutcome = 'saved' | 'splitInvalid' | 'splitAboveAmount'

/**
 * The new split, from the page's fields (`share.<slug>` = euros; empty or zero drops the group).
 * Refused, changing nothing, when a share is not an amount or the shares exceed the monthly amount.
 */
export const changeSplit = async (
  payload: Payload,
  monthly: Pick<MonthlyDonation, 'id' | 'amountCents'>,
  shares: ReadonlyMap<string, string>,
  groups: readonly { id: Id; slug: string }[],
): Promise<SplitOutcome> => {
  const split: { group: number; cents: number }[] = []
  for (const [slug, text] of shares) {
    if (!text.trim()) continue
    const group = groups.find((candidate) => candidate.slug === slug)
    const cents = parseEuros(text)
    if (!group || cents === null) return 'splitInvalid'
    if (cents > 0) split.push({ group: group.id as number, cents })
  }
  const shared = split.reduce((sum, share) => sum + share.cents, 0)
  if (shared > monthly.amountCents) return 'splitAboveAmount'
  await underMonthlyDonorsLock(payload, monthly.id, async (current, req) => {
    if (current.status === 'cancelled') return
    await payload.update({
      collection: 'monthly-donations',
      id: current.id,
      data: { shares: split, nationalCents: current.amountCents - shared },
      depth: 0,
      select: { status: true },
      req,
    })
  })
  return 'saved'
}

/**
 * Stops the monthly donation: at Stripe first (its subscription cancelled at once; a checkout never
 * finished is expired), then here; the donor gets the confirmation email. Stripe away: nothing
 * changes here, and the donor is asked to try again.
 */
export const stopByDonor = async (payload: Payload, monthly: MonthlyDonation): Promise<'stopped' | 'stopFailed'> => {
  if (monthly.status === 'cancelled') return 'stopped'
  try {
    if (monthly.stripe?.subscriptionId) {
      await stripeClient().subscriptions.cancel(monthly.stripe.subscriptionId)
    } else if (monthly.stripe?.checkoutSessionId) {
      await stripeClient().checkout.sessions.expire(monthly.stripe.checkoutSessionId)
    }
  } catch (error) {
    // Already cancelled or expired at Stripe: it is stopped there, so it is here too.
    const gone = error instanceof Stripe.errors.StripeInvalidRequestError
    if (!gone) {
      payload.logger.warn(
        { monthlyDonation: monthly.id, error: error instanceof Stripe.errors.StripeError ? error.type : 'unknown' },
        'Monthly donation not stopped at Stripe',
      )
      return 'stopFailed'
    }
  }
  await underMonthlyDonorsLock(payload, monthly.id, (current, req) => stopMonthly(payload, current, new Date(), req))
  return 'stopped'
}
