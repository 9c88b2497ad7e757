import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { createApi } from './api'
import { StripeApiError } from './errors'
import { createDelivery, type StandInEvent } from './events'
import { decodeStripeForm, textAt } from './form'
import { createOperations, type PayHow } from './operations'
import { dashboardHtml, pageLocale, pageSecurityPolicy, payPageHtml, refusalHtml, successUrlOf } from './pages'
import { createState } from './state'

/**
 * The checkout stand-in: a local fake of Stripe's API and of its checkout page, for a machine
 * without a Stripe account (`npm start` with no STRIPE_SECRET_KEY) and for tests. The real SDK
 * speaks to it through its host, port and protocol options; its pages pay or cancel, and the
 * webhooks it sends are signed as Stripe signs them. It listens on loopback only and keeps
 * everything in memory.
 */
export interface CheckoutStandInOptions {
  /** 0: any free port. */
  port: number
  /** The API key the SDK must present (anything else: 401). */
  secretKey: string
  webhookSecret: string
  /** Where events are POSTed: the CMS's `/api/stripe/webhook`. */
  webhookUrl: string
  /** false: events are made and recorded but not sent (whoever started the stand-in delivers them). */
  deliver?: boolean
}

const bodyLimit = 1024 * 1024

const readBody = (request: http.IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > bodyLimit) reject(new Error('body too large'))
      else chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })

const htmlHeaders = (formTargets: string[] = []) => ({
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': pageSecurityPolicy(formTargets),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
})

export const startCheckoutStandIn = async ({ port, secretKey, webhookSecret, webhookUrl, deliver = true }: CheckoutStandInOptions) => {
  const state = createState()
  const events: StandInEvent[] = []
  const delivery = createDelivery({ webhookUrl, webhookSecret })
  let url = ''
  const emit = (made: StandInEvent[]) => {
    events.push(...made)
    if (deliver) delivery.send(made)
    return made
  }
  const operations = createOperations({ state, payUrl: (sessionId) => `${url}/pay/${sessionId}`, emit })
  const api = createApi({ state, operations, secretKey })

  /** A session for a page: undefined when unknown. */
  const sessionFor = (sessionId: string) => {
    try {
      return operations.session(sessionId)
    } catch (error) {
      if (error instanceof StripeApiError) return undefined
      throw error
    }
  }

  /** The donor's choice on the checkout page, then where Stripe would send them. */
  const checkoutChoice = (sessionId: string, action: string | undefined): string => {
    const session = operations.session(sessionId)
    const here = `/pay/${encodeURIComponent(sessionId)}`
    if (action === 'pay') operations.pay(sessionId, 'paid')
    else if (action === 'delayed') operations.pay(sessionId, 'delayed')
    else if (action === 'settle-ok' || action === 'settle-failed') operations.settleDelayed(sessionId, action === 'settle-ok')
    else if (action === 'cancel') operations.cancel(sessionId)
    else return here
    if (action === 'delayed') return here
    if (action === 'cancel') return session.cancelUrl ?? here
    return successUrlOf(session)
  }

  const controls: Record<string, Record<string, (id: string) => StandInEvent[]>> = {
    subscriptions: {
      renew: operations.renew,
      fail: operations.failRenewal,
      cancel: operations.cancelSubscription,
    },
    payments: {
      refund: (paymentIntentId) => operations.refund(paymentIntentId).events,
      dispute: operations.dispute,
    },
  }

  const replay = () => {
    const sent = [...events]
    if (deliver) delivery.send(sent)
    return sent
  }

  const handle = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const method = request.method ?? 'GET'
    const { pathname, search } = new URL(request.url ?? '/', 'http://stand-in')
    const body = method === 'POST' || method === 'DELETE' ? await readBody(request) : ''
    const send = (status: number, headers: Record<string, string>, content = '') => response.writeHead(status, headers).end(content)
    const redirect = (location: string) => send(303, { Location: location, 'Cache-Control': 'no-store' })

    if (pathname.startsWith('/v1/')) {
      const answer = api({
        method,
        path: pathname,
        params: decodeStripeForm(method === 'POST' ? body : search.slice(1)),
        authorization: request.headers.authorization,
        idempotencyKey: request.headers['idempotency-key'] as string | undefined,
      })
      return send(answer.status, { 'Content-Type': 'application/json', ...answer.headers }, JSON.stringify(answer.body, null, 2))
    }

    const dashboardLocale = pageLocale(request.headers['accept-language']) === 'en' ? 'en' : 'fr'
    // The pages' forms come from the pages themselves; another site may not make a browser press them.
    if (method === 'POST' && request.headers['sec-fetch-site'] === 'cross-site')
      return send(403, { 'Content-Type': 'text/plain' }, 'Forbidden')

    const [, payId] = /^\/pay\/([^/]+)$/.exec(pathname) ?? []
    if (payId !== undefined) {
      const sessionId = decodeURIComponent(payId)
      if (method === 'POST') {
        try {
          return redirect(checkoutChoice(sessionId, textAt(decodeStripeForm(body), 'action')))
        } catch (error) {
          // Pressed twice, or too late: the page says what the session came to.
          if (error instanceof StripeApiError) return redirect(`/pay/${encodeURIComponent(sessionId)}`)
          throw error
        }
      }
      const session = sessionFor(sessionId)
      const explicit = session?.locale && session.locale !== 'auto' ? session.locale : null
      const locale = explicit ? pageLocale(explicit) : pageLocale(request.headers['accept-language'])
      const targets = session ? [successUrlOf(session), ...(session.cancelUrl ? [session.cancelUrl] : [])] : []
      return send(session ? 200 : 404, htmlHeaders(targets), payPageHtml(session, locale))
    }

    const [, kind = '', id = '', verb = ''] = /^\/stand-in\/(subscriptions|payments)\/([^/]+)\/([a-z]+)$/.exec(pathname) ?? []
    const wantsJson = request.headers.accept?.includes('application/json') ?? false
    if (method === 'POST' && (kind || pathname === '/stand-in/replay')) {
      const act = kind ? controls[kind]?.[verb] : replay
      if (!act) return send(404, { 'Content-Type': 'text/plain' }, 'Not found')
      try {
        const made = act(decodeURIComponent(id))
        return wantsJson ? send(200, { 'Content-Type': 'application/json' }, JSON.stringify({ events: made })) : redirect('/')
      } catch (error) {
        if (!(error instanceof StripeApiError)) throw error
        return wantsJson
          ? send(error.status === 404 ? 404 : 409, { 'Content-Type': 'application/json' }, JSON.stringify({ error: error.body }))
          : send(409, htmlHeaders(), refusalHtml(error.message, dashboardLocale))
      }
    }
    if (method === 'GET' && pathname === '/') return send(200, htmlHeaders(), dashboardHtml(state, events, dashboardLocale))
    return send(404, { 'Content-Type': 'text/plain' }, 'Not found')
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      console.error(`Stand-in de paiement : ${request.method} ${request.url?.split('?')[0]} : ${error.message}`)
      if (!response.headersSent) response.writeHead(error.message === 'body too large' ? 413 : 500).end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const expiring = setInterval(operations.expireDue, 60_000).unref()
  const listening = (server.address() as AddressInfo).port
  url = `http://127.0.0.1:${listening}`

  return {
    url,
    port: listening,
    /** Every API request, as the SDK sent it. */
    requests: state.requests,
    /** Every event made, in order. */
    events,
    sessions: state.sessions,
    subscriptions: state.subscriptions,
    payments: state.payments,
    pay: (sessionId: string, how: PayHow = 'paid') => operations.pay(sessionId, how),
    settleDelayed: operations.settleDelayed,
    cancel: operations.cancel,
    renew: operations.renew,
    failRenewal: operations.failRenewal,
    cancelSubscription: operations.cancelSubscription,
    refund: (paymentIntentId: string) => operations.refund(paymentIntentId).events,
    dispute: operations.dispute,
    /** Sends every event made so far again, in order (the same ids: a webhook must take them twice). */
    replay,
    /** Resolves once every event sent so far was delivered (or given up after its retries). */
    delivered: delivery.idle,
    close: async () => {
      clearInterval(expiring)
      delivery.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

export type CheckoutStandIn = Awaited<ReturnType<typeof startCheckoutStandIn>>
