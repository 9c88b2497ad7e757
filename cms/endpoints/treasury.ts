import type { Endpoint, PayloadRequest, TypedUser } from 'payload'

import { yearAndMonthInFrance } from '../donations/yearlyCap'
import { type Reader, donationsCsv, donorsCsv, groupAccountCsv } from '../donations/treasury/exports'
import { readableGroup } from '../donations/treasury/ledger'
import { readsDonations } from '../access/treasurers'
import { readsAccountOf } from '../donations/treasury/rights'
import { csvDownload } from '../utilities/csv'

/**
 * The treasurer's downloads, for staff signed in to the admin (a link there: same origin only,
 * as every staff session): `GET /api/treasury/donations?year=`, `/treasury/donors?year=` (admins
 * and treasurers) and `/treasury/group?group=&year=` (them, and the group's organisers). The
 * year is a calendar year in France, this one when left out. They read and never write; a
 * refusal names nobody.
 */

export const treasuryPaths = {
  donations: '/treasury/donations',
  donors: '/treasury/donors',
  group: '/treasury/group',
} as const

/** A download's address under the API's route (`/api`), for the admin's links. */
export const treasuryExportUrl = (apiRoute: string, kind: keyof typeof treasuryPaths, query: { year: number; group?: number | string }) => {
  const search = new URLSearchParams({ year: String(query.year), ...(query.group === undefined ? {} : { group: String(query.group) }) })
  return `${apiRoute}${treasuryPaths[kind]}?${search}`
}

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/** The year asked for: four digits, or this year in France when none is given; null when it is not a year. */
const yearAsked = (req: PayloadRequest): number | null => {
  const text = req.searchParams.get('year') ?? ''
  if (text === '') return yearAndMonthInFrance(new Date()).year
  return /^\d{4}$/.test(text) ? Number(text) : null
}

/** The signed-in reader and the year, or the refusal: 401 without a session, 403 without the right, 400 for a year that is none. */
const readerAndYear = (req: PayloadRequest, allowed: (user: TypedUser) => boolean): { reader: Reader; year: number } | Response => {
  if (!req.user) return problem(401, req.t('error:unauthorized'))
  if (!allowed(req.user)) return problem(403, req.t('error:notAllowedToPerformAction'))
  const year = yearAsked(req)
  if (year === null) return problem(400, req.t('error:invalidRequestArgs', { args: 'year' }))
  return { reader: { payload: req.payload, user: req.user, i18n: req.i18n }, year }
}

export const treasuryEndpoints: Endpoint[] = [
  {
    path: treasuryPaths.donations,
    method: 'get',
    handler: (req) => {
      const asked = readerAndYear(req, readsDonations)
      return asked instanceof Response ? asked : csvDownload(donationsCsv(asked.reader, asked.year), `dons-${asked.year}.csv`)
    },
  },
  {
    path: treasuryPaths.donors,
    method: 'get',
    handler: (req) => {
      const asked = readerAndYear(req, readsDonations)
      return asked instanceof Response ? asked : csvDownload(donorsCsv(asked.reader, asked.year), `donateurs-${asked.year}.csv`)
    },
  },
  {
    path: treasuryPaths.group,
    method: 'get',
    handler: async (req) => {
      const groupId = req.searchParams.get('group') ?? ''
      // An organiser asking for another group's account is refused as any unallowed request.
      const asked = readerAndYear(req, (user) => readsAccountOf(user, groupId))
      if (asked instanceof Response) return asked
      const group = await readableGroup(req.payload, asked.reader.user, groupId).catch(() => null)
      if (!group) return problem(404, req.t('error:notFound'))
      return csvDownload(groupAccountCsv(asked.reader, group, asked.year), `compte-${group.slug}-${asked.year}.csv`)
    },
  },
]
