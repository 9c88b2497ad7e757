import type { Payload } from 'payload'
import Stripe from 'stripe'
import { expect } from 'vitest'

import { type CheckoutStandIn, startCheckoutStandIn } from '../../cms/donations/checkoutStandIn/server'
import { standInSecretKey, webhookSecret } from '../../cms/donations/stripeClient'
import { env } from '../../env'
import { type DonationResponse, donationEndpointPaths, donationResponse } from '../../publication/donation'
import { type ApiClient, apiClient } from './apiClient'
import { testPayload } from './database'
import { uniqueSlug } from './fixtures'

/**
 * What the donation tests share (donations.test.ts and the attack tests under security/): the CMS, the checkout stand-in (its webhooks delivered by the test itself), two
 * groups, a new person per test, the form posted as the site's page posts it, and events signed
 * as Stripe signs them.
 */

export const siteOrigin = new URL(env.siteUrl).origin
export const cmsOrigin = new URL(env.serverUrl).origin

export interface DonationsHarness {
  payload: Payload
  request: ApiClient['request']
  graphql: ApiClient['graphql']
  fake: CheckoutStandIn
  groups: { north: { id: number | string; slug: string }; south: { id: number | string; slug: string } }
}

export const startDonationsHarness = async (): Promise<DonationsHarness> => {
  const payload = await testPayload()
  const { request, graphql } = await apiClient()
  const fake = await startCheckoutStandIn({
    port: 0,
    secretKey: standInSecretKey(),
    webhookSecret: webhookSecret(),
    webhookUrl: 'http://127.0.0.1:9/not-used',
    deliver: false,
  })
  process.env.CHECKOUT_STANDIN_PORT = String(fake.port)
  const group = async (name: string) => {
    const slug = uniqueSlug('groupe')
    const { id } = await payload.create({ collection: 'action-groups', data: { name, slug, kind: 'local' } })
    return { id, slug }
  }
  return { payload, request, graphql, fake, groups: { north: await group('Groupe du Nord'), south: await group('Groupe du Sud') } }
}

/** A new person: a unique surname and address (the cap and the flood limits count per person); letters only, as names must be. */
export const newPerson = (firstName = 'Camille') => {
  const tag = uniqueSlug('x')
    .slice(2)
    .replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!)
  return {
    firstName,
    lastName: `Martin ${tag}`,
    email: `camille.${tag}@example.org`,
    address: '3 rue des Lilas',
    postcode: '35000',
    city: 'Rennes',
    nationality: 'FR',
    phone: '06 12 34 56 78',
  }
}

export type Person = ReturnType<typeof newPerson>

export const donationForm = (person: Person, fields: Record<string, string>) =>
  new URLSearchParams({ language: 'fr', frequency: 'once', certify: 'yes', ...person, ...fields })

export const postDonation = (
  { request }: Pick<DonationsHarness, 'request'>,
  body: URLSearchParams,
  headers: Record<string, string> = { Origin: siteOrigin, Accept: 'application/json' },
) => request('POST', donationEndpointPaths.donate, { body, headers })

export const donate = async (harness: Pick<DonationsHarness, 'request'>, body: URLSearchParams): Promise<DonationResponse> =>
  donationResponse.parse(await (await postDonation(harness, body)).json())

export const checkoutUrl = (answer: DonationResponse) => {
  expect(answer.outcome, JSON.stringify(answer)).toBe('checkout')
  return (answer as { url: string }).url
}

export const sessionOf = (answer: DonationResponse) => decodeURIComponent(new URL(checkoutUrl(answer)).pathname.split('/').pop()!)

/** A signed delivery of a raw body to the webhook route, as Stripe makes it (or with the signature given). */
export const postEvent = ({ request }: Pick<DonationsHarness, 'request'>, event: object, signature?: string) => {
  const body = JSON.stringify(event, null, 2)
  return request('POST', donationEndpointPaths.stripeWebhook, {
    body,
    headers: { 'Stripe-Signature': signature ?? Stripe.webhooks.generateTestHeaderString({ payload: body, secret: webhookSecret() }) },
  })
}

/** Delivers events to the webhook route; each must be taken. */
export const deliver = async (harness: Pick<DonationsHarness, 'request'>, events: readonly object[]) => {
  for (const event of events) {
    const response = await postEvent(harness, event)
    expect(response.status, await response.clone().text()).toBe(200)
  }
}

export const donationOfSession = async ({ payload }: Pick<DonationsHarness, 'payload'>, session: string) => {
  const { docs } = await payload.find({ collection: 'donations', where: { 'stripe.checkoutSessionId': { equals: session } }, depth: 0 })
  return docs[0]!
}

/** A one-off donation of `euros` by `person`, paid; its row. */
export const paidDonation = async (harness: DonationsHarness, person: Person, euros: string, fields: Record<string, string> = {}) => {
  const session = sessionOf(await donate(harness, donationForm(person, { amountChoice: 'other', amountOther: euros, ...fields })))
  await deliver(harness, harness.fake.pay(session))
  const row = await donationOfSession(harness, session)
  expect(row.status).toBe('succeeded')
  return row
}

/** What the database holds of the money: nothing may change after a refusal. */
export const rowCounts = async ({ payload }: Pick<DonationsHarness, 'payload'>) => ({
  donations: (await payload.count({ collection: 'donations' })).totalDocs,
  monthly: (await payload.count({ collection: 'monthly-donations' })).totalDocs,
  ledger: (await payload.count({ collection: 'group-ledger' })).totalDocs,
  jobs: (await payload.count({ collection: 'payload-jobs' })).totalDocs,
})

/** A minimal Stripe event, as the webhook route reads it. */
export const stripeEvent = (type: string, object: Record<string, unknown>, created = Math.floor(Date.now() / 1000)) => ({
  id: `evt_${uniqueSlug('attack').replace(/-/g, '')}`,
  object: 'event',
  api_version: Stripe.API_VERSION,
  created,
  data: { object },
  livemode: false,
  pending_webhooks: 1,
  request: { id: null, idempotency_key: null },
  type,
})
