import { timingSafeEqual } from 'node:crypto'

import { authenticationError, invalidRequest, parameterMissing, resourceMissing, StripeApiError, unrecognisedUrl } from './errors'
import { type FormParams, listAt, textAt } from './form'
import { invoiceJsonIn, invoicePaymentJson, paymentIntentJson, type StripeJson, subscriptionJson } from './objects'
import type { StandInOperations } from './operations'
import { metadataAt, readSessionParams } from './sessionParams'
import { newId, nowSeconds, type StandInState } from './state'

/**
 * The API subset the donation code calls, answered as Stripe answers it: the key checked, an
 * `Idempotency-Key` replaying the first answer (and refusing other parameters), Stripe's objects
 * and errors. Each request is recorded as the SDK sent it.
 */
export interface ApiRequest {
  method: string
  path: string
  params: FormParams
  authorization: string | undefined
  idempotencyKey: string | undefined
}

export interface ApiAnswer {
  status: number
  body: unknown
  headers: Record<string, string>
}

const list = (url: string, data: StripeJson[]) => ({ object: 'list', data, has_more: false, url })

/** The properties a Checkout Session may expand (others are refused as at Stripe). */
const sessionExpansions = ['subscription', 'payment_intent', 'invoice'] as const

export const createApi = ({ state, operations, secretKey }: { state: StandInState; operations: StandInOperations; secretKey: string }) => {
  const replays = new Map<string, { fingerprint: string; answer: ApiAnswer }>()

  const keyMatches = (authorization: string | undefined) => {
    const given = Buffer.from(authorization?.replace(/^Bearer\s+/i, '') ?? '')
    const expected = Buffer.from(secretKey)
    return given.length === expected.length && timingSafeEqual(given, expected)
  }

  const expansions = (params: FormParams) => (listAt(params, 'expand') ?? []).filter((item): item is string => typeof item === 'string')

  const sessionWithExpansions = (sessionId: string, params: FormParams) => {
    const found = operations.session(sessionId)
    const json = operations.sessionJson(found)
    for (const property of expansions(params)) {
      if (!(sessionExpansions as readonly string[]).includes(property)) {
        throw invalidRequest(`This property cannot be expanded (${property}).`, { param: 'expand' })
      }
      if (property === 'subscription' && found.subscriptionId)
        json.subscription = subscriptionJson(operations.subscription(found.subscriptionId))
      if (property === 'payment_intent' && found.paymentIntentId)
        json.payment_intent = paymentIntentJson(operations.payment(found.paymentIntentId))
      if (property === 'invoice' && found.invoiceId) {
        const invoice = state.invoices.get(found.invoiceId)
        if (invoice) json.invoice = invoiceJsonIn(state, invoice)
      }
    }
    return json
  }

  const refuseExpansions = (params: FormParams) => {
    const [first] = expansions(params)
    if (first) throw invalidRequest(`This property cannot be expanded (${first}).`, { param: 'expand' })
  }

  const invoicePayments = (params: FormParams) => {
    const invoiceId = textAt(params, 'invoice')
    const paymentType = textAt(params, 'payment', 'type')
    const paymentIntentId = textAt(params, 'payment', 'payment_intent')
    if (paymentType !== undefined && paymentType !== 'payment_intent') {
      throw invalidRequest('The checkout stand-in lists invoice payments by payment_intent only.', { param: 'payment[type]' })
    }
    if (paymentIntentId !== undefined && paymentType === undefined) throw parameterMissing('payment[type]')
    const data = [...state.invoices.values()]
      .filter((invoice) => invoiceId === undefined || invoice.id === invoiceId)
      .filter((invoice) => paymentIntentId === undefined || invoice.paymentIntentId === paymentIntentId)
      .map((invoice) => invoicePaymentJson(invoice, operations.payment(invoice.paymentIntentId)))
    const limitText = textAt(params, 'limit') ?? '10'
    if (!/^\d+$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > 100) {
      throw invalidRequest('This value must be between 1 and 100.', { param: 'limit' })
    }
    const limit = Number(limitText)
    return { ...list('/v1/invoice_payments', data.slice(0, limit)), has_more: data.length > limit }
  }

  const createRefund = (params: FormParams) => {
    const paymentIntentId = textAt(params, 'payment_intent')
    if (!paymentIntentId) {
      throw invalidRequest(
        textAt(params, 'charge') ? 'The checkout stand-in refunds by payment_intent only.' : 'Missing required param: payment_intent.',
        {
          param: 'payment_intent',
          code: 'parameter_missing',
        },
      )
    }
    const amountText = textAt(params, 'amount')
    if (amountText !== undefined && !/^\d+$/.test(amountText)) {
      throw invalidRequest(`Invalid integer: ${amountText}`, { param: 'amount', code: 'parameter_invalid_integer' })
    }
    const { refund } = operations.refund(paymentIntentId, {
      amount: amountText === undefined ? undefined : Number(amountText),
      reason: textAt(params, 'reason') || null,
      metadata: metadataAt(params, 'metadata', 'metadata'),
    })
    return operations.refundJson(refund)
  }

  /** The answer to one recognised route, or undefined when none matches. */
  const route = (method: string, path: string, params: FormParams): unknown => {
    const idIn = (pattern: RegExp) => {
      const found = pattern.exec(path)?.[1]
      return found === undefined ? undefined : decodeURIComponent(found)
    }
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      return operations.sessionJson(operations.createSession(readSessionParams(params, nowSeconds())))
    }
    const sessionId = idIn(/^\/v1\/checkout\/sessions\/([^/]+)$/)
    if (method === 'GET' && sessionId !== undefined) return sessionWithExpansions(sessionId, params)
    const expiringId = idIn(/^\/v1\/checkout\/sessions\/([^/]+)\/expire$/)
    if (method === 'POST' && expiringId !== undefined) {
      operations.expire(expiringId)
      return sessionWithExpansions(expiringId, params)
    }
    const subscriptionId = idIn(/^\/v1\/subscriptions\/([^/]+)$/)
    if (subscriptionId !== undefined && (method === 'GET' || method === 'DELETE')) {
      refuseExpansions(params)
      if (method === 'DELETE') operations.cancelSubscription(subscriptionId)
      return subscriptionJson(operations.subscription(subscriptionId))
    }
    const invoiceId = idIn(/^\/v1\/invoices\/([^/]+)$/)
    if (method === 'GET' && invoiceId !== undefined) {
      refuseExpansions(params)
      const invoice = state.invoices.get(invoiceId)
      if (!invoice) throw resourceMissing('invoice', invoiceId)
      return invoiceJsonIn(state, invoice)
    }
    const paymentIntentId = idIn(/^\/v1\/payment_intents\/([^/]+)$/)
    if (method === 'GET' && paymentIntentId !== undefined) {
      refuseExpansions(params)
      return paymentIntentJson(operations.payment(paymentIntentId, 'id'))
    }
    if (method === 'GET' && path === '/v1/invoice_payments') return invoicePayments(params)
    if (method === 'POST' && path === '/v1/refunds') return createRefund(params)
    return undefined
  }

  const answer = (status: number, body: unknown): ApiAnswer => ({
    status,
    body,
    headers: { 'Request-Id': newId('req', 14) },
  })

  return (request: ApiRequest): ApiAnswer => {
    const { method, path, params } = request
    state.requests.push({ method, path, params, idempotencyKey: request.idempotencyKey ?? null })
    try {
      if (!keyMatches(request.authorization)) throw authenticationError(request.authorization?.replace(/^Bearer\s+/i, ''))
      const key = method === 'POST' ? request.idempotencyKey : undefined
      const fingerprint = JSON.stringify([method, path, params])
      const earlier = key === undefined ? undefined : replays.get(key)
      if (earlier) {
        if (earlier.fingerprint !== fingerprint) {
          throw new StripeApiError(400, {
            type: 'idempotency_error',
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
          })
        }
        return { ...earlier.answer, headers: { ...earlier.answer.headers, 'Idempotent-Replayed': 'true' } }
      }
      const body = route(method, path, params)
      if (body === undefined) throw unrecognisedUrl(method, path)
      const done = answer(200, body)
      if (key !== undefined) replays.set(key, { fingerprint, answer: done })
      return done
    } catch (error) {
      if (error instanceof StripeApiError) return answer(error.status, { error: error.body })
      throw error
    }
  }
}
