import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { mayReadRegistrationsOf } from '../../registrations/registrationsCsv'
import { type RegistrationCounts, registrationCounts } from './registrationCounts'

type Translate = (key: string, vars?: Record<string, unknown>) => string

export const hubTranslator =
  (i18n: I18nClient): Translate =>
  (key, vars) =>
    (i18n.t as (key: string, vars?: object) => string)(`hub:${key}`, vars)

/** One event's counts as a line of short facts, shared by the event's panel and the dashboard. */
export function CountsLine({ counts, t }: { counts: RegistrationCounts; t: Translate }) {
  const facts = [
    t('registrationsConfirmed', { people: counts.confirmedPeople, seats: counts.seatsTaken }),
    t('registrationsWaitlisted', { count: counts.waitlisted }),
    t('registrationsCancelled', { count: counts.cancelled }),
    t('registrationsAttended', { count: counts.attended }),
    counts.capacity === null
      ? t('registrationsUnlimited')
      : t('registrationsSeatsLeft', { left: counts.seatsLeft, capacity: counts.capacity }),
  ]
  return (
    <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1.25rem', margin: 0, padding: 0, listStyle: 'none' }}>
      {facts.map((fact) => (
        <li key={fact}>{fact}</li>
      ))}
    </ul>
  )
}

/** Where an event's registrations are listed, and its CSV export. */
export const registrationLinks = (payload: Payload, eventId: number | string) => ({
  list: `${payload.config.routes.admin}/collections/registrations?where[event][equals]=${encodeURIComponent(String(eventId))}`,
  csv: `${payload.config.routes.api}/registrations/export?event=${encodeURIComponent(String(eventId))}`,
})

interface Props {
  eventId: number | string
  payload: Payload
  i18n: I18nClient
  user: unknown
  /** On the registrations list, the link to the list itself is left out. */
  linkToList?: boolean
}

/**
 * An event's registrations at a glance for its organisers and admins: counts by status, seats
 * left, and links to the list and the CSV export. Nothing for anyone else. Server component.
 */
export async function EventRegistrations({ eventId, payload, i18n, user, linkToList = true }: Props) {
  const event = await payload
    .findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: false, user: user as never, disableErrors: true })
    .catch(() => null)
  if (!event || !mayReadRegistrationsOf(user, event)) return null
  const t = hubTranslator(i18n)
  const counts = (await registrationCounts(payload, [event], user)).get(String(event.id))!
  const links = registrationLinks(payload, event.id)
  return (
    <section
      aria-labelledby={`registrations-of-${event.id}`}
      style={{
        marginBlock: 'var(--base)',
        padding: 'calc(var(--base) * 0.75)',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 'var(--style-radius-m)',
        background: 'var(--theme-elevation-50)',
      }}
    >
      <h2 id={`registrations-of-${event.id}`} style={{ margin: '0 0 0.5rem', fontSize: '1.1rem' }}>
        {t('registrationsOfEvent', { title: event.title })}
      </h2>
      <CountsLine counts={counts} t={t} />
      <p style={{ margin: '0.5rem 0 0', display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
        {linkToList && <a href={links.list}>{t('registrationsView')}</a>}
        <a href={links.csv} download>
          {t('registrationsExport')}
        </a>
      </p>
    </section>
  )
}
