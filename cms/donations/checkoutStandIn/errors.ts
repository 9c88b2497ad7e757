/**
 * Stripe's API errors as Stripe writes them (`{ error: { type, code, message, param } }` with its
 * status codes), so that the SDK raises the same typed errors as against Stripe itself.
 */
export interface StripeErrorBody {
  type: 'invalid_request_error' | 'idempotency_error' | 'api_error'
  code?: string
  message: string
  param?: string
}

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message)
  }
}

export const invalidRequest = (message: string, details: { param?: string; code?: string } = {}) =>
  new StripeApiError(400, { type: 'invalid_request_error', message, ...details })

export const resourceMissing = (kind: string, id: string, param = 'id') =>
  new StripeApiError(404, { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${kind}: '${id}'`, param })

export const parameterMissing = (param: string) => invalidRequest(`Missing required param: ${param}.`, { param, code: 'parameter_missing' })

export const unknownParameter = (param: string) =>
  invalidRequest(`Received unknown parameter: ${param}`, { param, code: 'parameter_unknown' })

export const unrecognisedUrl = (method: string, path: string) =>
  new StripeApiError(404, {
    type: 'invalid_request_error',
    message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
  })

/** A key not shown whole, as Stripe masks it in its answer. */
const maskedKey = (key: string) => `${key.slice(0, key.indexOf('_', 3) + 1)}${'*'.repeat(12)}${key.slice(-4)}`

export const authenticationError = (givenKey: string | undefined) =>
  new StripeApiError(401, {
    type: 'invalid_request_error',
    message: givenKey
      ? `Invalid API Key provided: ${maskedKey(givenKey)}`
      : "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
  })
