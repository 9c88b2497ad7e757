import type { ServerProps, Where } from 'payload'

import { hasRole, organiserGroupIds } from '../../access/roles'
import { CountsLine, hubTranslator, registrationLinks } from './EventRegistrations'
import { registrationCounts } from './registrationCounts'

/** How many coming events the dashboard lists. */
const shown = 10

/** Organisers: their groups' events; admins: every event; anyone else: none. */
const whoseEvents = (user: unknown): Where | null => {
  if (hasRole(user, 'admin')) return {}
  const groups = organiserGroupIds(user)
  return groups.length > 0 ? { organisers: { in: groups } } : null
}

/**
 * On the dashboard, for organisers and admins: the next events (published or draft), each with
 * its registration counts and links to its registrations, its CSV export and its edit view.
 * Server component.
 */
export async function NextEvents({ payload, i18n, user }: ServerProps) {
  const theirs = whoseEvents(user)
  if (!user || !payload || !i18n || !theirs) return null
  const t = hubTranslator(i18n)
  const { docs: events } = await payload.find({
    collection: 'events',
    where: { and: [theirs, { endsAt: { greater_than: new Date().toISOString() } }] },
    sort: 'startsAt',
    limit: shown,
    depth: 0,
    draft: true,
    select: { title: true, startsAt: true, startsAt_tz: true, registration: true, _status: true },
    overrideAccess: false,
    user,
  })
  const counts = await registrationCounts(payload, events, user)
  const when = (iso: string, timeZone = 'Europe/Paris') =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(iso))
  const admin = payload.config.routes.admin

  return (
    <section
      aria-labelledby="next-events-title"
      style={{
        marginBlockEnd: 'var(--base)',
        padding: 'calc(var(--base) * 0.75)',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 'var(--style-radius-m)',
        background: 'var(--theme-elevation-50)',
      }}
    >
      <h2 id="next-events-title" style={{ margin: 0, fontSize: '1.1rem' }}>
        {t('nextEventsTitle')}
      </h2>
      {events.length === 0 ? (
        <p style={{ marginBlock: '0.5rem 0' }}>{t('nextEventsNone')}</p>
      ) : (
        <ol style={{ margin: '0.5rem 0 0', padding: 0, listStyle: 'none', display: 'grid', gap: '0.75rem' }}>
          {events.map((event) => {
            const links = registrationLinks(payload, event.id)
            return (
              <li key={event.id}>
                <a href={`${admin}/collections/events/${event.id}`} style={{ fontWeight: 600 }}>
                  {event.title}
                </a>{' '}
                <span>
                  · {when(event.startsAt, event.startsAt_tz)}
                  {event._status === 'draft' && <> · {i18n.t('version:draft')}</>}
                </span>
                {counts.has(String(event.id)) && <CountsLine counts={counts.get(String(event.id))!} t={t} />}
                <p style={{ margin: '0.25rem 0 0', display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
                  <a href={links.list}>{t('registrationsView')}</a>
                  <a href={links.csv} download>
                    {t('registrationsExport')}
                  </a>
                </p>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
