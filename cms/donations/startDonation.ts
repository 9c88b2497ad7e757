import type { Payload } from 'payload'
import Stripe from 'stripe'

import { type CapFigures, type DonationFields } from '../../publication/donation'
import { donationText } from '../../publication/donationText'
import type { LocaleCode } from '../../publication/locales'
import { textsIn } from '../../publication/textsByLanguage'
import { donateCancelledPath, donateThanksPath } from '../../publication/urls'
import { env } from '../../env'
import { hashManageToken, manageTokenFor } from './manageToken'
import { type PendingRow, noteCheckoutSession, noteManageTokenHash, writePending } from './pendingRows'
import { personKeyOf, personsYear } from './personsYear'
import { paymentsAvailable, stripeClient } from './stripeClient'
import { checkYearlyCap } from './yearlyCap'

/**
 * A donation form that passed its checks (publication/donation.ts), on its way to Stripe's
 * checkout: the yearly cap checked on the server, the donor asked whether a new monthly donation
 * replaces the one they have, then the donation written as pending and a checkout session made.
 * Stripe's metadata holds only our ids; the split stays in our database. Nothing is stored when
 * the donation is refused or Stripe does not answer.
 */

type Id = number | string

export type StartOutcome =
  | { outcome: 'checkout'; url: string }
  | { outcome: 'over-cap'; figures: CapFigures }
  | { outcome: 'monthly-exists'; currentCents: number }
  | { outcome: 'unavailable' }

export interface StartRequest {
  fields: DonationFields
  /** Each share's group id, by the slug the form named it with. */
  groupIds: ReadonlyMap<string, Id>
  locale: LocaleCode
  /** A monthly donor's answer to «replace or add?», once asked. */
  monthlyChoice: 'replace' | 'add' | null
}

/** Stripe Checkout's languages, of ours; Arabic it does not offer: the visitor's browser decides. */
const checkoutLocale = (locale: LocaleCode): Stripe.Checkout.SessionCreateParams.Locale => (locale === 'ar' ? 'auto' : locale)

const siteUrl = (path: string) => `${env.siteUrl.replace(/\/+$/, '')}${path}`

/** The donor as stored: the email lower-cased (the cap finds a person by it), and their name-and-postcode key. */
const storedDonor = (donor: DonationFields['donor']) => ({ ...donor, email: donor.email.toLowerCase(), personKey: personKeyOf(donor) })

const checkoutParams = (request: StartRequest, ids: { donation: Id; monthly?: Id }): Stripe.Checkout.SessionCreateParams => {
  const { fields, locale } = request
  const monthly = fields.frequency === 'monthly'
  const text = textsIn(donationText, locale)
  return {
    mode: monthly ? 'subscription' : 'payment',
    locale: checkoutLocale(locale),
    customer_email: fields.donor.email,
    client_reference_id: String(ids.donation),
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: 'eur',
          unit_amount: fields.amountCents,
          product_data: { name: text.checkoutItem[fields.frequency] },
          ...(monthly ? { recurring: { interval: 'month' as const } } : {}),
        },
      },
    ],
    success_url: `${siteUrl(donateThanksPath(locale))}?session={CHECKOUT_SESSION_ID}`,
    cancel_url: siteUrl(donateCancelledPath(locale)),
    metadata: { donation: String(ids.donation), ...(ids.monthly === undefined ? {} : { monthlyDonation: String(ids.monthly) }) },
    ...(monthly
      ? { subscription_data: { metadata: { monthlyDonation: String(ids.monthly) } } }
      : { submit_type: 'donate' as const, payment_intent_data: { metadata: { donation: String(ids.donation) } } }),
  }
}

/** Deletes what was written for a checkout Stripe did not open. */
const forget = async (payload: Payload, ids: { donation?: Id; monthly?: Id }) => {
  if (ids.donation !== undefined) await payload.delete({ collection: 'donations', id: ids.donation, depth: 0 })
  if (ids.monthly !== undefined) await payload.delete({ collection: 'monthly-donations', id: ids.monthly, depth: 0 })
}

export const startDonation = async (payload: Payload, request: StartRequest, now = new Date()): Promise<StartOutcome> => {
  if (!paymentsAvailable()) return { outcome: 'unavailable' }
  const { fields, groupIds, locale } = request
  const donor = storedDonor(fields.donor)
  const monthly = fields.frequency === 'monthly'

  // By email alone: what the refusal shows is the person's own (the payment's confirmation checks by name and postcode too).
  const year = await personsYear(payload, donor, now, { matching: 'email' })
  const replacing = monthly && request.monthlyChoice === 'replace' ? year.activeMonthly[0] : undefined
  if (monthly && year.activeMonthly.length > 0 && !request.monthlyChoice) {
    return { outcome: 'monthly-exists', currentCents: year.activeMonthly.reduce((sum, current) => sum + current.amountCents, 0) }
  }
  const cap = checkYearlyCap({
    givenThisYearCents: year.givenThisYearCents,
    activeMonthly: year.activeMonthly.filter((current) => current.id !== replacing?.id),
    donation: fields,
    now,
  })
  if (!cap.ok) return { outcome: 'over-cap', figures: cap.figures }

  const row: PendingRow = {
    amountCents: fields.amountCents,
    nationalCents: fields.nationalCents,
    shares: fields.shares.map((share) => ({ group: groupIds.get(share.group)!, cents: share.cents })),
    donor,
    language: locale,
    certifiedAt: now.toISOString(),
  }
  const ids: { donation?: Id; monthly?: Id } = {}
  try {
    if (monthly) {
      const written = await writePending(payload, 'monthly-donations', row, replacing ? { replaces: replacing.id } : {})
      ids.monthly = written.id
      await noteManageTokenHash(payload, written.id, hashManageToken(manageTokenFor(written)))
    }
    const donation = await writePending(payload, 'donations', row, {
      frequency: fields.frequency,
      ...(ids.monthly === undefined ? {} : { monthlyDonation: ids.monthly }),
    })
    ids.donation = donation.id
    const session = await stripeClient().checkout.sessions.create(
      checkoutParams(request, { donation: donation.id, monthly: ids.monthly }),
      {
        idempotencyKey: `checkout-${donation.id}`,
      },
    )
    if (!session.url) throw new Error('Stripe gave a checkout session without a URL')
    await noteCheckoutSession(payload, 'donations', donation.id, session.id)
    if (ids.monthly !== undefined) await noteCheckoutSession(payload, 'monthly-donations', ids.monthly, session.id)
    return { outcome: 'checkout', url: session.url }
  } catch (error) {
    await forget(payload, ids)
    // Stripe unreachable or refusing: the visitor is told to try later; a fault of ours is a 500.
    if (error instanceof Stripe.errors.StripeError) {
      payload.logger.warn({ donation: ids.donation, error: error.type }, 'Checkout session not created')
      return { outcome: 'unavailable' }
    }
    throw error
  }
}
