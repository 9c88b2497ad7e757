import { invalidRequest, parameterMissing, unknownParameter } from './errors'
import { type FormParams, groupAt, listAt, textAt } from './form'
import type { Metadata } from './state'

/**
 * The parameters of `POST /v1/checkout/sessions`, checked as Stripe checks them (same messages,
 * codes and `param`), for the subset the stand-in implements: price_data line items in one
 * currency, one-off or monthly. A parameter Stripe knows but the stand-in does not is refused
 * as unknown, saying so, rather than silently ignored.
 */
export interface SessionInput {
  mode: 'payment' | 'subscription'
  amountTotal: number
  currency: string
  productName: string
  successUrl: string
  cancelUrl: string | null
  locale: string | null
  customerEmail: string | null
  clientReferenceId: string | null
  metadata: Metadata
  paymentIntentMetadata: Metadata
  subscriptionMetadata: Metadata
  expiresAt: number | null
}

const implementedParams = new Set([
  'mode',
  'line_items',
  'success_url',
  'cancel_url',
  'locale',
  'customer_email',
  'client_reference_id',
  'metadata',
  'payment_intent_data',
  'subscription_data',
  'expires_at',
  'expand',
  'submit_type',
])

/** Checkout's languages, as Stripe lists them (Arabic is not one of them). */
const checkoutLocales = new Set(
  'auto bg cs da de el en en-GB es es-419 et fi fil fr fr-CA hi-IN hr hu id it ja ko lt lv ms mt nb nl pl pt pt-BR ro ru sk sl sv th tr vi zh zh-HK zh-TW'.split(
    ' ',
  ),
)

const integerAt = (params: FormParams, param: string, ...path: string[]): number | undefined => {
  const text = textAt(params, ...path)
  if (text === undefined || text === '') return undefined
  if (!/^-?\d+$/.test(text)) throw invalidRequest(`Invalid integer: ${text}`, { param, code: 'parameter_invalid_integer' })
  return Number(text)
}

const urlAt = (params: FormParams, param: string): string | null => {
  const text = textAt(params, param)
  if (text === undefined || text === '') return null
  const isUrl = URL.canParse(text) && ['http:', 'https:'].includes(new URL(text).protocol)
  if (!isUrl) throw invalidRequest('Not a valid URL', { param, code: 'url_invalid' })
  return text
}

/** Stripe's metadata limits: 50 keys, keys of 40 characters, values of 500. */
export const metadataAt = (params: FormParams, param: string, ...path: string[]): Metadata => {
  const group = groupAt(params, ...path)
  if (!group) {
    if (textAt(params, ...path) !== undefined && textAt(params, ...path) !== '') {
      throw invalidRequest('Invalid object', { param, code: 'parameter_invalid_empty' })
    }
    return {}
  }
  const entries = Object.entries(group)
  if (entries.length > 50) throw invalidRequest('You can specify up to 50 keys in metadata.', { param })
  const metadata: Metadata = {}
  for (const [key, value] of entries) {
    if (typeof value !== 'string') throw invalidRequest(`Invalid value for metadata key ${key}: a string is expected.`, { param })
    if (key.length > 40) throw invalidRequest(`Metadata keys can have up to 40 characters. Invalid key: ${key}`, { param })
    if (value.length > 500) {
      throw invalidRequest(`Metadata values can have up to 500 characters, but you passed in a value that is ${value.length} characters.`, {
        param: `${param}[${key}]`,
      })
    }
    // An empty value unsets the key, as at Stripe.
    if (value !== '') metadata[key] = value
  }
  return metadata
}

interface LineItem {
  amount: number
  currency: string
  name: string
  monthly: boolean
}

const lineItemAt = (params: FormParams, index: number): LineItem => {
  const at = (...path: string[]) => `line_items[${index}]${path.map((key) => `[${key}]`).join('')}`
  const item = ['line_items', String(index)]
  if (textAt(params, ...item, 'price') !== undefined) {
    throw invalidRequest('The checkout stand-in creates no prices: use price_data.', { param: at('price'), code: 'parameter_unknown' })
  }
  if (!groupAt(params, ...item, 'price_data')) throw parameterMissing(at('price_data'))
  const currency = textAt(params, ...item, 'price_data', 'currency')?.toLowerCase()
  if (!currency) throw parameterMissing(at('price_data', 'currency'))
  if (!/^[a-z]{3}$/.test(currency)) throw invalidRequest(`Invalid currency: ${currency}.`, { param: at('price_data', 'currency') })
  const unitAmount = integerAt(params, at('price_data', 'unit_amount'), ...item, 'price_data', 'unit_amount')
  if (unitAmount === undefined) throw parameterMissing(at('price_data', 'unit_amount'))
  if (unitAmount < 0) throw invalidRequest('This value must be greater than or equal to 0.', { param: at('price_data', 'unit_amount') })
  const name = textAt(params, ...item, 'price_data', 'product_data', 'name')
  if (!name) throw parameterMissing(at('price_data', 'product_data', 'name'))
  const quantity = integerAt(params, at('quantity'), ...item, 'quantity')
  if (quantity === undefined) throw parameterMissing(at('quantity'))
  if (quantity < 1) throw invalidRequest('This value must be greater than or equal to 1.', { param: at('quantity') })
  const interval = textAt(params, ...item, 'price_data', 'recurring', 'interval')
  if (interval !== undefined && interval !== 'month') {
    const known = ['day', 'week', 'month', 'year'].includes(interval)
    throw invalidRequest(
      known ? 'The checkout stand-in bills monthly only.' : 'Invalid recurring[interval]: must be one of day, month, week, or year',
      { param: at('price_data', 'recurring', 'interval') },
    )
  }
  return { amount: unitAmount * quantity, currency, name, monthly: interval === 'month' }
}

export const readSessionParams = (params: FormParams, now: number): SessionInput => {
  for (const param of Object.keys(params)) if (!implementedParams.has(param)) throw unknownParameter(param)
  const mode = textAt(params, 'mode')
  if (!mode) throw parameterMissing('mode')
  if (mode !== 'payment' && mode !== 'subscription') {
    throw invalidRequest(
      mode === 'setup' ? 'The checkout stand-in has no setup mode.' : 'Invalid mode: must be one of payment, setup, or subscription',
      { param: 'mode' },
    )
  }
  const items = listAt(params, 'line_items')
  if (!items || items.length === 0) throw parameterMissing('line_items')
  const lineItems = items.map((_, index) => lineItemAt(params, index))
  if (mode === 'payment' && lineItems.some((item) => item.monthly)) {
    throw invalidRequest(
      'You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.',
      { param: 'line_items' },
    )
  }
  if (mode === 'subscription' && !lineItems.every((item) => item.monthly)) {
    throw invalidRequest(
      lineItems.some((item) => item.monthly)
        ? 'The checkout stand-in takes recurring prices only in `subscription` mode.'
        : 'You must provide at least one recurring price in `subscription` mode when using prices.',
      { param: 'line_items' },
    )
  }
  const currencies = new Set(lineItems.map((item) => item.currency))
  if (currencies.size > 1) throw invalidRequest('All prices must be in the same currency.', { param: 'line_items' })
  const amountTotal = lineItems.reduce((sum, item) => sum + item.amount, 0)
  if (amountTotal < 50) {
    throw invalidRequest("The Checkout Session's total amount due must add up to at least 0.50 in its currency.", { param: 'line_items' })
  }
  if (amountTotal > 99_999_999)
    throw invalidRequest('Amount must be no more than 999,999.99', { param: 'line_items', code: 'amount_too_large' })

  const successUrl = urlAt(params, 'success_url')
  if (!successUrl) throw parameterMissing('success_url')
  const locale = textAt(params, 'locale') || null
  if (locale !== null && !checkoutLocales.has(locale)) {
    throw invalidRequest(`Invalid locale: must be one of ${[...checkoutLocales].join(', ')}`, { param: 'locale' })
  }
  const customerEmail = textAt(params, 'customer_email') || null
  if (customerEmail !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(customerEmail)) {
    throw invalidRequest(`Invalid email address: ${customerEmail}`, { param: 'customer_email', code: 'email_invalid' })
  }
  const clientReferenceId = textAt(params, 'client_reference_id') || null
  if (clientReferenceId !== null && clientReferenceId.length > 200) {
    throw invalidRequest('client_reference_id must be at most 200 characters.', { param: 'client_reference_id' })
  }
  if (mode === 'subscription' && params.payment_intent_data !== undefined) {
    throw invalidRequest('You can not pass `payment_intent_data` in `subscription` mode.', { param: 'payment_intent_data' })
  }
  if (mode === 'payment' && params.subscription_data !== undefined) {
    throw invalidRequest('You can not pass `subscription_data` in `payment` mode.', { param: 'subscription_data' })
  }
  for (const nested of ['payment_intent_data', 'subscription_data']) {
    const other = Object.keys(groupAt(params, nested) ?? {}).find((key) => key !== 'metadata')
    if (other) throw unknownParameter(`${nested}[${other}]`)
  }
  const expiresAt = integerAt(params, 'expires_at', 'expires_at') ?? null
  if (expiresAt !== null && expiresAt < now + 30 * 60) {
    throw invalidRequest('The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.', { param: 'expires_at' })
  }
  if (expiresAt !== null && expiresAt > now + 24 * 3600) {
    throw invalidRequest('The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.', { param: 'expires_at' })
  }
  return {
    mode,
    amountTotal,
    currency: [...currencies][0] ?? 'eur',
    productName: lineItems.map((item) => item.name).join(', '),
    successUrl,
    cancelUrl: urlAt(params, 'cancel_url'),
    locale,
    customerEmail,
    clientReferenceId,
    metadata: metadataAt(params, 'metadata', 'metadata'),
    paymentIntentMetadata: metadataAt(params, 'payment_intent_data[metadata]', 'payment_intent_data', 'metadata'),
    subscriptionMetadata: metadataAt(params, 'subscription_data[metadata]', 'subscription_data', 'metadata'),
    expiresAt,
  }
}
