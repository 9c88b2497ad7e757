import type { UIFieldServerProps } from 'payload'

import { EventRegistrations } from './EventRegistrations'

/** The event's registrations panel, as a `ui` field of the event's edit view (nothing before the first save). */
export async function EventRegistrationsField({ id, payload, i18n, user }: UIFieldServerProps) {
  if (id === undefined || !user) return null
  return <EventRegistrations eventId={id} payload={payload} i18n={i18n} user={user} />
}
