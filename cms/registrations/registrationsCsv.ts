import { getTranslation } from '@payloadcms/translations'
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole, organiserGroupIds } from '../access/roles'
import type { Event, Registration } from '../payload-types'
import { locales } from '../../publication/locales'

/**
 * An event's registrations as a spreadsheet, for its organisers: `GET /api/registrations/export?event=<id>`.
 *
 * The file opens cleanly by a double click in the spreadsheet software organisers use: UTF-8 with
 * a byte order mark (Excel reads accents and Arabic right only with it), fields separated by `;`
 * (Excel in French, and in every decimal-comma language, splits columns on `;` and would put a
 * comma-separated file in one column; LibreOffice, Numbers and Google Sheets detect `;` too),
 * every field quoted, CRLF line ends (RFC 4180). A cell a spreadsheet would run as a formula
 * (= + - @, a tab or a carriage return first) gets a leading apostrophe.
 */

const separator = ';'
const byteOrderMark = '\uFEFF'
/** Rows read per page while the file streams out: memory stays flat whatever the event's size. */
const pageSize = 200

/** One cell, quoted, with a formula's first character disarmed. */
export const csvCell = (value: string | number | null | undefined): string => {
  const text = value === null || value === undefined ? '' : String(value)
  const disarmed = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return `"${disarmed.replaceAll('"', '""')}"`
}

export const csvLine = (cells: (string | number | null | undefined)[]) => `${cells.map(csvCell).join(separator)}\r\n`

/** "2026-06-01 18:30", in the given zone: the form spreadsheets read as a date and time. */
const localDateTime = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone }).format(new Date(iso))

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
    const encoder = new TextEncoder()
    let page = 1
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(encoder.encode(byteOrderMark + header)),
      // One page of rows per pull, read with the reader's own rights: never a row they may not see.
      pull: async (controller) => {
        const { docs, hasNextPage } = await req.payload.find({
          collection: 'registrations',
          where: { event: { equals: event.id } },
          sort: 'createdAt',
          depth: 0,
          limit: pageSize,
          page,
          overrideAccess: false,
          user: req.user,
        })
        controller.enqueue(encoder.encode(docs.map(row).join('')))
        page += 1
        if (!hasNextPage) controller.close()
      },
    })
    const day = localDateTime(event.startsAt, timeZone).slice(0, 10)
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="inscriptions-${event.slug}-${day}.csv"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}
