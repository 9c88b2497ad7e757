import type { Payload } from 'payload'
import Stripe from 'stripe'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { CheckoutStandIn } from '../../cms/donations/checkoutStandIn/server'
import { manageTokenFor } from '../../cms/donations/manageToken'
import { webhookSecret } from '../../cms/donations/stripeClient'
import { env } from '../../env'
import { type DonationResponse, donationEndpointPaths, donationResponse, donationStatusResponse } from '../../publication/donation'
import type { ApiClient } from './apiClient'
import { describeOnDatabase } from './database'
import { type DonationsHarness, startDonationsHarness } from './donationsHarness'
import { uniqueSlug } from './fixtures'

/**
 * Donations from the form to the groups' accounts: the endpoint (refusals write nothing and call
 * nobody), Stripe's checkout through the real SDK pointed at the stand-in (a fake of Stripe's
 * API, cms/donations/checkoutStandIn/), and the webhooks, signed as Stripe signs them, delivered
 * in order, out of order and more than once.
 */
describeOnDatabase('donations: the form, the checkout, the webhooks and the groups’ accounts', () => {
  let payload: Payload
  let request: ApiClient['request']
  let fake: CheckoutStandIn
  let groups: DonationsHarness['groups']
  const siteOrigin = new URL(env.siteUrl).origin

  beforeAll(async () => {
    // The webhooks are delivered by the tests themselves (the stand-in's deliver: false): in order, shuffled, twice.
    ;({ payload, request, fake, groups } = await startDonationsHarness())
  })

  afterAll(async () => {
    await fake?.close()
  })

  /** A new person each time: a unique surname and address (the cap and the flood limits count per person). */
  const person = () => {
    const tag = uniqueSlug('x')
      .slice(2)
      .replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!)
    return {
      firstName: 'Camille',
      lastName: `Martin ${tag}`,
      email: `camille.${tag}@example.org`,
      address: '3 rue des Lilas',
      postcode: '35000',
      city: 'Rennes',
      nationality: 'FR',
      phone: '06 12 34 56 78',
    }
  }

  const form = (fields: Record<string, string>) =>
    new URLSearchParams({ language: 'fr', frequency: 'once', certify: 'yes', ...person(), ...fields })

  const post = (body: URLSearchParams, accept = 'application/json') =>
    request('POST', donationEndpointPaths.donate, { body, headers: { Origin: siteOrigin, Accept: accept } })

  const donate = async (body: URLSearchParams): Promise<DonationResponse> => donationResponse.parse(await (await post(body)).json())

  /** What the database holds of donations, ledger rows and monthly donations: nothing may change after a refusal. */
  const rowCounts = async () => ({
    donations: (await payload.count({ collection: 'donations' })).totalDocs,
    monthly: (await payload.count({ collection: 'monthly-donations' })).totalDocs,
    ledger: (await payload.count({ collection: 'group-ledger' })).totalDocs,
  })

  /** Delivers events to the webhook route, signed with the SDK's own test helper; each must be taken. */
  const deliver = async (events: readonly { id: string }[]) => {
    for (const event of events) {
      const body = JSON.stringify(event, null, 2)
      const response = await request('POST', donationEndpointPaths.stripeWebhook, {
        body,
        headers: { 'Stripe-Signature': Stripe.webhooks.generateTestHeaderString({ payload: body, secret: webhookSecret() }) },
      })
      expect(response.status, await response.clone().text()).toBe(200)
    }
  }

  /** Stripe's event when a dispute is decided (the stand-in opens disputes but does not decide them). */
  const disputeClosed = (paymentIntent: string, status: 'won' | 'lost') => ({
    id: uniqueSlug('evt_closed').replace(/-/g, '_'),
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type: 'charge.dispute.closed',
    data: { object: { id: `dp_${status}`, object: 'dispute', payment_intent: paymentIntent, status } },
  })

  const sessionOf = (url: string) => decodeURIComponent(new URL(url).pathname.split('/').pop()!)

  const donationOfSession = async (session: string) => {
    const { docs } = await payload.find({ collection: 'donations', where: { 'stripe.checkoutSessionId': { equals: session } }, depth: 0 })
    return docs[0]!
  }

  const balance = async (group: number | string) => {
    const { docs } = await payload.find({ collection: 'group-ledger', where: { group: { equals: group } }, pagination: false, depth: 0 })
    return docs.reduce((sum, row) => sum + row.cents, 0)
  }

  const jobsOf = async (task: string) =>
    (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: task } }, pagination: false, depth: 0 })).docs.map(
      (job) => job.input as Record<string, string>,
    )

  it('refuses a bad form field by field, writes nothing and calls nobody', async () => {
    const before = await rowCounts()
    const requestsBefore = fake.requests.length
    const answer = await donate(
      form({ amountChoice: 'other', amountOther: '2', [`share.${groups.north.slug}`]: '5', nationality: 'BE', email: 'pas-une-adresse' }),
    )
    expect(answer).toEqual({
      outcome: 'invalid',
      problems: { amount: 'amountBelowMinimum', email: 'emailInvalid', residesInFrance: 'residenceRequired' },
    })
    expect(await rowCounts()).toEqual(before)
    expect(fake.requests.length).toBe(requestsBefore)
  })

  it('without JavaScript, answers a refusal with a page naming each problem and keeping every value', async () => {
    const body = form({ amountChoice: 'other', amountOther: '', [`share.${groups.north.slug}`]: '5', firstName: 'Léonie' })
    const response = await post(body, 'text/html')
    expect(response.status).toBe(422)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    const html = await response.text()
    expect(html).toContain('Indiquez le montant de votre don.')
    expect(html).toContain('name="amountOther"')
    // Every other value travels along, unseen: nothing typed is lost.
    expect(html).toContain('value="Léonie"')
    expect(html).toContain(`name="share.${groups.north.slug}" value="5"`)
  })

  it('one-off, 30 € with 20 € to one group and 10 € to another: paid once, credited once, whatever the order and repeats', async () => {
    const answer = await donate(form({ amountChoice: '30', [`share.${groups.north.slug}`]: '20', [`share.${groups.south.slug}`]: '10' }))
    expect(answer.outcome).toBe('checkout')
    const session = sessionOf((answer as { url: string }).url)
    const created = fake.requests.find(
      (call) => call.method === 'POST' && call.path === '/v1/checkout/sessions' && call.idempotencyKey?.startsWith('checkout-'),
    )
    expect(created).toBeDefined()
    const pending = await donationOfSession(session)
    expect(pending).toMatchObject({ status: 'pending', amountCents: 3000, nationalCents: 0, frequency: 'once' })
    // Stripe's metadata holds our id only: nothing of the donor, nothing of the split.
    const params = fake.requests.filter((call) => call.path === '/v1/checkout/sessions' && call.method === 'POST').at(-1)!.params
    expect(params.metadata).toEqual({ donation: String(pending.id) })
    expect(JSON.stringify(params.metadata)).not.toContain('Camille')

    const [northBefore, southBefore] = [await balance(groups.north.id), await balance(groups.south.id)]
    const events = fake.pay(session)
    // Late and repeated: the expiry (which must not undo the payment), then everything twice, backwards.
    await deliver([...events].reverse())
    await deliver(events)
    const paid = await donationOfSession(session)
    expect(paid.status).toBe('succeeded')
    expect(paid.capYear).toBe(new Date().getUTCFullYear())
    expect((await balance(groups.north.id)) - northBefore).toBe(2000)
    expect((await balance(groups.south.id)) - southBefore).toBe(1000)
    expect((await jobsOf('donationEmail')).filter((job) => job.donation === String(paid.id))).toEqual([
      { kind: 'thank-you', donation: String(paid.id) },
    ])

    const status = donationStatusResponse.parse(
      await (await request('GET', `${donationEndpointPaths.status}?session=${encodeURIComponent(session)}`)).json(),
    )
    expect(status).toEqual({ status: 'succeeded' })

    // A refund reverses both shares, once.
    const refund = fake.refund(paid.stripe!.paymentIntentId!)
    await deliver([...refund, ...refund])
    expect((await donationOfSession(session)).status).toBe('refunded')
    expect(await balance(groups.north.id)).toBe(northBefore)
    expect(await balance(groups.south.id)).toBe(southBefore)
  })

  it('a real installation without a Stripe key takes no donation: «unavailable», nothing written, nobody called', async () => {
    const before = await rowCounts()
    const requestsBefore = fake.requests.length
    // Reachable beyond this machine: a real installation (env.ts realInstallationReason).
    const host = process.env.HOST
    process.env.HOST = '0.0.0.0'
    try {
      expect(await donate(form({ amountChoice: '10' }))).toEqual({ outcome: 'unavailable' })
    } finally {
      if (host === undefined) delete process.env.HOST
      else process.env.HOST = host
    }
    expect(await rowCounts()).toEqual(before)
    expect(fake.requests.length).toBe(requestsBefore)
  })

  it('a refund told before the payment it takes back: the donation ends refunded, no group keeps a share', async () => {
    const answer = await donate(form({ amountChoice: '40', [`share.${groups.north.slug}`]: '40' }))
    const session = sessionOf((answer as { url: string }).url)
    const before = await balance(groups.north.id)
    const paid = fake.pay(session)
    const pending = String((await donationOfSession(session)).id)
    const paymentIntent = [...fake.payments.values()].find((payment) => payment.metadata.donation === pending)!.id
    await deliver(fake.refund(paymentIntent))
    await deliver(paid)
    expect((await donationOfSession(session)).status).toBe('refunded')
    expect(await balance(groups.north.id)).toBe(before)

    // A month refunded before its invoice.paid is heard of: the same.
    const donor = person()
    const monthly = await donate(
      new URLSearchParams({
        language: 'fr',
        frequency: 'monthly',
        certify: 'yes',
        ...donor,
        amountChoice: '20',
        [`share.${groups.north.slug}`]: '20',
      }),
    )
    await deliver(fake.pay(sessionOf((monthly as { url: string }).url)))
    const { docs } = await payload.find({ collection: 'monthly-donations', where: { 'donor.email': { equals: donor.email } }, depth: 0 })
    const subscription = docs[0]!.stripe!.subscriptionId!
    const afterFirst = await balance(groups.north.id)
    const renewal = fake.renew(subscription)
    const invoice = (renewal.find((event) => event.type === 'invoice.paid')!.data.object as { id: string }).id
    const renewalIntent = [...fake.payments.values()].find((payment) => payment.invoiceId === invoice)!.id
    await deliver(fake.refund(renewalIntent))
    await deliver(renewal)
    const { docs: months } = await payload.find({ collection: 'donations', where: { 'stripe.invoiceId': { equals: invoice } }, depth: 0 })
    expect(months.map((row) => row.status)).toEqual(['refunded'])
    expect(await balance(groups.north.id)).toBe(afterFirst)
  })

  it('a bad or missing signature is a 400 and changes nothing', async () => {
    const answer = await donate(form({ amountChoice: '10' }))
    const session = sessionOf((answer as { url: string }).url)
    const events = fake.pay(session)
    for (const signature of ['', 't=1,v1=00', Stripe.webhooks.generateTestHeaderString({ payload: 'x', secret: 'whsec_other' })]) {
      const response = await request('POST', donationEndpointPaths.stripeWebhook, {
        body: JSON.stringify(events[0]),
        headers: signature ? { 'Stripe-Signature': signature } : {},
      })
      expect(response.status).toBe(400)
    }
    expect((await donationOfSession(session)).status).toBe('pending')
    expect((await payload.count({ collection: 'stripe-events', where: { eventId: { equals: events[0]!.id } } })).totalDocs).toBe(0)
  })

  it('an abandoned checkout expires, and a late payment event never moves a donation back', async () => {
    const answer = await donate(form({ amountChoice: '20' }))
    const session = sessionOf((answer as { url: string }).url)
    await deliver(fake.cancel(session))
    expect((await donationOfSession(session)).status).toBe('expired')
  })

  it('a delayed payment (a bank debit) succeeds or fails when the bank answers, not before', async () => {
    const sessions = await Promise.all(
      ['15', '25'].map(async (amount) => sessionOf(((await donate(form({ amountChoice: amount }))) as { url: string }).url)),
    )
    for (const session of sessions) await deliver(fake.pay(session, 'delayed'))
    expect((await Promise.all(sessions.map(donationOfSession))).map((row) => row.status)).toEqual(['pending', 'pending'])
    await deliver(fake.settleDelayed(sessions[0]!, true))
    await deliver(fake.settleDelayed(sessions[1]!, false))
    expect((await Promise.all(sessions.map(donationOfSession))).map((row) => row.status)).toEqual(['succeeded', 'failed'])
  })

  it('a monthly payment that fails marks the donation and tells the donor once; the next one that succeeds restores it', async () => {
    const donor = person()
    const answer = await donate(new URLSearchParams({ language: 'fr', frequency: 'monthly', certify: 'yes', ...donor, amountChoice: '10' }))
    await deliver(fake.pay(sessionOf((answer as { url: string }).url)))
    const { docs } = await payload.find({ collection: 'monthly-donations', where: { 'donor.email': { equals: donor.email } }, depth: 0 })
    const monthly = docs[0]!
    const failed = fake.failRenewal(monthly.stripe!.subscriptionId!)
    await deliver([...failed, ...failed])
    expect((await payload.findByID({ collection: 'monthly-donations', id: monthly.id, depth: 0 })).status).toBe('past-due')
    expect((await jobsOf('donationEmail')).filter((job) => job.monthlyDonation === String(monthly.id))).toEqual([
      { kind: 'monthly-failed', monthlyDonation: String(monthly.id) },
    ])
    await deliver(fake.renew(monthly.stripe!.subscriptionId!))
    expect((await payload.findByID({ collection: 'monthly-donations', id: monthly.id, depth: 0 })).status).toBe('active')
    const { docs: payments } = await payload.find({ collection: 'donations', where: { monthlyDonation: { equals: monthly.id } }, depth: 0 })
    expect(payments.map((row) => row.status)).toEqual(['succeeded', 'succeeded'])
  })

  it('a dispute reverses the shares', async () => {
    const answer = await donate(form({ amountChoice: '50', [`share.${groups.south.slug}`]: '50' }))
    const session = sessionOf((answer as { url: string }).url)
    const before = await balance(groups.south.id)
    await deliver(fake.pay(session))
    expect(await balance(groups.south.id)).toBe(before + 5000)
    const paid = await donationOfSession(session)
    await deliver(fake.dispute(paid.stripe!.paymentIntentId!))
    expect((await donationOfSession(session)).status).toBe('disputed')
    expect(await balance(groups.south.id)).toBe(before)

    // Won: the money stays, the share comes back, once however often Stripe says so.
    const won = disputeClosed(paid.stripe!.paymentIntentId!, 'won')
    await deliver([won, won])
    expect((await donationOfSession(session)).status).toBe('succeeded')
    expect(await balance(groups.south.id)).toBe(before + 5000)

    // Another, lost: the card holder's bank took the money back; the share stays reversed.
    const other = await donate(form({ amountChoice: '50', [`share.${groups.south.slug}`]: '50' }))
    const otherSession = sessionOf((other as { url: string }).url)
    await deliver(fake.pay(otherSession))
    const otherPaid = await donationOfSession(otherSession)
    await deliver(fake.dispute(otherPaid.stripe!.paymentIntentId!))
    await deliver([disputeClosed(otherPaid.stripe!.paymentIntentId!, 'lost')])
    expect(await donationOfSession(otherSession)).toMatchObject({ status: 'refunded', refundedBecause: 'dispute' })
    expect(await balance(groups.south.id)).toBe(before + 5000)
  })

  it('a payment of another amount or currency than the donation never confirms it', async () => {
    const answer = await donate(form({ amountChoice: '50' }))
    const session = sessionOf((answer as { url: string }).url)
    const events = fake
      .pay(session)
      .map((event) =>
        event.type === 'checkout.session.completed' ? { ...event, data: { object: { ...event.data.object, amount_total: 100 } } } : event,
      )
    await deliver(events)
    expect((await donationOfSession(session)).status).toBe('pending')
  })

  it('over the yearly cap: refused with every figure, nothing written', async () => {
    const donor = person()
    const first = await donate(
      new URLSearchParams({ language: 'fr', frequency: 'once', certify: 'yes', ...donor, amountChoice: 'other', amountOther: '7000' }),
    )
    await deliver(fake.pay(sessionOf((first as { url: string }).url)))
    const before = await rowCounts()
    const answer = await donate(
      new URLSearchParams({ language: 'fr', frequency: 'once', certify: 'yes', ...donor, amountChoice: 'other', amountOther: '600' }),
    )
    expect(answer).toMatchObject({
      outcome: 'over-cap',
      figures: { capCents: 750_000, givenThisYearCents: 700_000, thisDonationCents: 60_000, stillPossibleCents: 50_000 },
    })
    expect(await rowCounts()).toEqual(before)
  })

  it('two checkouts of one person racing at the cap: the second paid is refunded, the year stays within 7,500 €', async () => {
    const donor = person()
    const body = () =>
      new URLSearchParams({ language: 'fr', frequency: 'once', certify: 'yes', ...donor, amountChoice: 'other', amountOther: '5000' })
    // Both pass the form's check: neither is paid yet.
    const [one, two] = await Promise.all([donate(body()), donate(body())])
    const sessions = [one, two].map((answer) => sessionOf((answer as { url: string }).url))
    const events = sessions.flatMap((session) => fake.pay(session))
    await Promise.all(events.map((event) => deliver([event])))
    const rows = await Promise.all(sessions.map(donationOfSession))
    expect(rows.map((row) => row.status).sort()).toEqual(['refunded', 'succeeded'])
    const refunded = rows.find((row) => row.status === 'refunded')!
    expect(refunded.refundedBecause).toBe('over-cap')
    expect(await jobsOf('stripeAction')).toContainEqual({ action: 'refund-over-cap', id: String(refunded.id) })
  })

  it('monthly: the first payment starts it, each month is a donation with the split of its day, the donor changes the split and stops it from the link', async () => {
    const donor = person()
    const answer = await donate(
      new URLSearchParams({
        language: 'fr',
        frequency: 'monthly',
        certify: 'yes',
        ...donor,
        amountChoice: '20',
        [`share.${groups.north.slug}`]: '5',
      }),
    )
    const session = sessionOf((answer as { url: string }).url)
    const params = fake.requests.filter((call) => call.path === '/v1/checkout/sessions' && call.method === 'POST').at(-1)!.params
    expect(params.mode).toBe('subscription')
    const north = await balance(groups.north.id)
    await deliver(fake.pay(session))
    const { docs: monthlies } = await payload.find({
      collection: 'monthly-donations',
      where: { 'donor.email': { equals: donor.email } },
      depth: 0,
    })
    const monthly = monthlies[0]!
    expect(monthly.status).toBe('active')
    expect(monthly.stripe?.subscriptionId).toMatch(/^sub_/)
    expect(await balance(groups.north.id)).toBe(north + 500)

    // The donor moves the whole of it to the other group, from the page of their email's link.
    const token = manageTokenFor(monthly)
    const page = await request('GET', `${donationEndpointPaths.manage}?token=${token}&lang=fr`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Groupe du Nord')
    const changed = await request('POST', donationEndpointPaths.manage, {
      body: new URLSearchParams({
        token,
        lang: 'fr',
        action: 'split',
        [`share.${groups.north.slug}`]: '',
        addGroup: groups.south.slug,
        addGroupEuros: '20',
      }),
      headers: { Origin: new URL(env.serverUrl).origin },
    })
    expect(changed.status).toBe(303)
    expect(changed.headers.get('location')).toContain('done=saved')
    const south = await balance(groups.south.id)
    await deliver(fake.renew(monthly.stripe!.subscriptionId!))
    expect(await balance(groups.south.id)).toBe(south + 2000)
    expect(await balance(groups.north.id)).toBe(north + 500)
    const { totalDocs: payments } = await payload.count({ collection: 'donations', where: { monthlyDonation: { equals: monthly.id } } })
    expect(payments).toBe(2)

    // Stopped from the link: cancelled at Stripe, then here (and Stripe's own event changes nothing more).
    const stopped = await request('POST', donationEndpointPaths.manage, {
      body: new URLSearchParams({ token, lang: 'fr', action: 'stop' }),
      headers: { Origin: new URL(env.serverUrl).origin },
    })
    expect(stopped.headers.get('location')).toContain('done=stopped')
    expect(
      fake.requests.some((call) => call.method === 'DELETE' && call.path === `/v1/subscriptions/${monthly.stripe!.subscriptionId}`),
    ).toBe(true)
    await deliver(
      fake.events.filter(
        (event) => event.type === 'customer.subscription.deleted' && JSON.stringify(event).includes(monthly.stripe!.subscriptionId!),
      ),
    )
    const after = await payload.findByID({ collection: 'monthly-donations', id: monthly.id, depth: 0 })
    expect(after.status).toBe('cancelled')
    expect((await jobsOf('donationEmail')).filter((job) => job.monthlyDonation === String(monthly.id))).toEqual([
      { kind: 'monthly-cancelled', monthlyDonation: String(monthly.id) },
    ])
  })

  it('a monthly donor starting another is asked whether it replaces the first; replacing stops the first once the new one is paid', async () => {
    const donor = person()
    const monthlyForm = (amount: string, extra: Record<string, string> = {}) =>
      new URLSearchParams({ language: 'fr', frequency: 'monthly', certify: 'yes', ...donor, amountChoice: amount, ...extra })
    const first = await donate(monthlyForm('10'))
    await deliver(fake.pay(sessionOf((first as { url: string }).url)))
    const before = await rowCounts()
    expect(await donate(monthlyForm('20'))).toEqual({ outcome: 'monthly-exists', currentCents: 1000 })
    expect(await rowCounts()).toEqual(before)
    const second = await donate(monthlyForm('20', { monthlyChoice: 'replace' }))
    await deliver(fake.pay(sessionOf((second as { url: string }).url)))
    const { docs } = await payload.find({
      collection: 'monthly-donations',
      where: { 'donor.email': { equals: donor.email } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(docs.map((row) => row.status)).toEqual(['cancelled', 'active'])
    expect(await jobsOf('stripeAction')).toContainEqual({ action: 'cancel-subscription', id: String(docs[0]!.id) })
  })
})
