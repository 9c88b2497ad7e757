import { getTranslation } from '@payloadcms/translations'
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole, organiserGroupIds } from '../access/roles'
import type { Event, Registration } from '../payload-types'
import { locales } from '../../publication/locales'
import { csvDownload, csvLine, localDateTime } from '../utilities/csv'

/**
 * An event's registrations as a spreadsheet, for its organisers: `GET /api/registrations/export?event=<id>`,
 * in the form every staff download takes (cms/utilities/csv.ts: BOM, `;`, formulas disarmed).
 */

/** Rows read per page while the file streams out: memory stays flat whatever the event's size. */
const pageSize = 200

/** Admins, and organisers of one of the event's groups, may read its registrations (cms/access/organisers.ts). */
export const mayReadRegistrationsOf = (user: unknown, event: Pick<Event, 'organisers'>) => {
  if (hasRole(user, 'admin')) return true
  const groups = new Set(organiserGroupIds(user).map(String))
  return (event.organisers ?? []).some((group) => groups.has(String(typeof group === 'object' ? group.id : group)))
}

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/** The collection's labels are static: a text, or a text per language. */
type Label = Record<string, string> | string

/** The header row and each registration's row, in the reader's admin language (the fields' own labels). */
const rowsIn = (req: PayloadRequest, timeZone: string) => {
  const fields = req.payload.collections.registrations.config.flattenedFields
  const fieldNamed = (name: string, among = fields) => among.find((field) => field.name === name)
  const label = (field: ReturnType<typeof fieldNamed>) =>
    field && 'label' in field && field.label ? getTranslation(field.label as Label, req.i18n) : (field?.name ?? '')
  const status = fieldNamed('status')
  const consent = fieldNamed('consent')
  const statusLabels = new Map(
    (status?.type === 'select' ? status.options : []).map((option) =>
      typeof option === 'string' ? [option, option] : [option.value, getTranslation(option.label as Label, req.i18n)],
    ),
  )
  const languageLabels = new Map(locales.map(({ code, label: name }) => [code, name]))
  return {
    header: csvLine([
      label(fieldNamed('firstName')),
      label(fieldNamed('email')),
      label(fieldNamed('phone')),
      label(fieldNamed('guests')),
      label(fieldNamed('seats')),
      label(fieldNamed('language')),
      label(status),
      req.t('general:createdAt'),
      label(consent?.type === 'group' ? fieldNamed('text', consent.flattenedFields) : undefined),
    ]),
    row: (registration: Registration) =>
      csvLine([
        registration.firstName,
        registration.email,
        registration.phone,
        registration.guests ?? 0,
        registration.seats,
        languageLabels.get(registration.language) ?? registration.language,
        statusLabels.get(registration.status) ?? registration.status,
        localDateTime(registration.createdAt, timeZone),
        registration.consent?.text,
      ]),
  }
}

export const exportRegistrations: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return problem(401, req.t('error:unauthorized'))
    const eventId = req.searchParams.get('event') ?? ''
    const event = /^\d+$|^[0-9a-f]{24}$/.test(eventId)
      ? await req.payload
          .findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: false, user: req.user, disableErrors: true })
          .catch(() => null)
      : null
    if (!event) return problem(404, req.t('error:notFound'))
    if (!mayReadRegistrationsOf(req.user, event)) return problem(403, req.t('error:notAllowedToPerformAction'))

    const timeZone = event.startsAt_tz ?? 'Europe/Paris'
    const { header, row } = rowsIn(req, timeZone)
    const { user } = req
    const ofTheEvent = { event: { equals: event.id } }
    // One page of rows at a time, read with the reader's own rights: never a row they may not see.
    async function* lines() {
      yield header
      for (let page = 1, more = true; more; page += 1) {
        const { docs, hasNextPage } = await req.payload.find({
          collection: 'registrations',
          where: ofTheEvent,
          sort: 'createdAt',
          depth: 0,
          limit: pageSize,
          page,
          overrideAccess: false,
          user,
        })
        yield docs.map(row).join('')
        more = hasNextPage
      }
    }
    const day = localDateTime(event.startsAt, timeZone).slice(0, 10)
    return csvDownload(lines(), `inscriptions-${event.slug}-${day}.csv`)
  },
}
