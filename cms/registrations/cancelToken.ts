import { createHash, createHmac } from 'node:crypto'

import { env } from '../../env'

export const normaliseEmail = (email: string) => email.trim().toLowerCase()
export const hashCancelToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** What a registration's cancel token is derived from: all of it stored with the registration, none of it secret. */
export interface CancelTokenSource {
  event: number | string | { id: number | string }
  email: string
  consent: { at: string }
}

/**
 * The personal cancel link's token, derived rather than stored: an HMAC of the event, the email and
 * the moment of consent under the CMS's secret. The sign-up stores only its hash; every email job
 * derives it again from the registration's id, so no job input, log or row ever holds the token.
 * Erasing a registration (cancel, retention) changes its email, so its token names nothing after.
 */
export const cancelTokenFor = ({ event, email, consent }: CancelTokenSource): string => {
  const eventId = typeof event === 'object' ? event.id : event
  return createHmac('sha256', env.payloadSecret)
    .update(['cancel', String(eventId), normaliseEmail(email), new Date(consent.at).toISOString()].join('\0'))
    .digest('base64url')
}
