import type { Payload } from 'payload'

import type { Registration } from '../../payload-types'
import { composeRegistrationEmail } from './compose'
import type { RegistrationEmailKind } from './kinds'

/** Who each email is still for when its job runs: a person who cancelled meanwhile, or was promoted, gets no stale news. */
const stillFor: Record<RegistrationEmailKind, Registration['status'][]> = {
  confirmation: ['confirmed'],
  waitlisted: ['waitlisted'],
  'already-registered': ['confirmed', 'waitlisted'],
  promoted: ['confirmed'],
  reminder: ['confirmed'],
  changed: ['confirmed', 'waitlisted'],
  cancelled: ['confirmed', 'waitlisted'],
}

/**
 * Sends one registration email, from the registration's id: everything is read now, so the email
 * says the event as it is and the person's address is never in the job. Says whether it sent one:
 * a registration erased (cancelled, retention) or no longer in a state the email is for, or an
 * event no longer published, gets nothing. A failed send throws (the job is retried).
 */
export const sendRegistrationEmail = async (
  payload: Payload,
  registrationId: number | string,
  kind: RegistrationEmailKind,
): Promise<boolean> => {
  const registration = await payload.findByID({
    collection: 'registrations',
    id: registrationId,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    disableErrors: true,
  })
  if (!registration || !stillFor[kind].includes(registration.status)) return false
  const event = await payload.findByID({
    collection: 'events',
    id: typeof registration.event === 'object' ? registration.event.id : registration.event,
    locale: registration.language,
    depth: 1,
    populate: { 'action-groups': { name: true, slug: true } },
    overrideAccess: true,
    disableErrors: true,
  })
  if (!event || event._status !== 'published') return false
  if (kind === 'reminder' && event.eventStatus !== 'scheduled') return false
  await payload.sendEmail(composeRegistrationEmail(kind, registration, event))
  return true
}
