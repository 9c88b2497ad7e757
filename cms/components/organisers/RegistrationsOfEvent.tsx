import type { BeforeListServerProps } from 'payload'

import { EventRegistrations } from './EventRegistrations'

/** The event a list is filtered on (`?where[event][equals]=<id>`), as the admin's filter writes it. */
const filteredEvent = (searchParams: BeforeListServerProps['searchParams']): string | null => {
  const where = searchParams?.where as { event?: { equals?: unknown } } | undefined
  const id = where?.event?.equals
  return typeof id === 'string' && id !== '' ? id : null
}

/**
 * Above the registrations list, when it shows one event's registrations: that event's counts and
 * its CSV export (the list itself shows the people, and marks attendance by a bulk edit of status).
 */
export async function RegistrationsOfEvent({ payload, i18n, user, searchParams }: BeforeListServerProps) {
  const eventId = filteredEvent(searchParams)
  if (!eventId || !user) return null
  return <EventRegistrations eventId={eventId} payload={payload} i18n={i18n} user={user} linkToList={false} />
}
