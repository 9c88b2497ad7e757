import { getTranslation } from '@payloadcms/translations'
import type { CollectionSlug, PayloadRequest, TypedUser } from 'payload'

import { csvLine, localDateTime } from '../../utilities/csv'
import { type DonationRow, donorsOfYear, groupsSharedIn, yearDonationPages } from './donations'
import { type GroupRef, groupYearPages, groupsNamed } from './ledger'
import { treasuryText } from './messages'

/**
 * The treasurer's spreadsheets, as lines of CSV (cms/utilities/csv.ts) in the reader's admin
 * language: the year's donations (the accounts, and the CNCCFP's checks against Stripe's ids), a
 * group's account, and each donor's year (the tax receipts). Amounts in euros, dates in France.
 */

export interface Reader {
  payload: PayloadRequest['payload']
  user: TypedUser
  i18n: PayloadRequest['i18n']
}

const timeZone = 'Europe/Paris'
const paidOn = (iso: string | null | undefined) => (iso ? localDateTime(iso, timeZone) : '')
const dayOf = (iso: string) => localDateTime(iso, timeZone).slice(0, 10)

/** The labels of a select field's options (a status, a kind…), in the reader's language. */
const optionLabels = ({ payload, i18n }: Reader, collection: CollectionSlug, name: string) => {
  const field = payload.collections[collection].config.flattenedFields.find((candidate) => candidate.name === name)
  const options = field?.type === 'select' ? field.options : []
  const labels = new Map(
    options.map((option) =>
      typeof option === 'string' ? [option, option] : [option.value, getTranslation(option.label as Record<string, string> | string, i18n)],
    ),
  )
  return (value: string) => labels.get(value) ?? value
}

/** Fiscal residence in France: yes, no, or not said. */
const residence = (t: ReturnType<typeof treasuryText>, residesInFrance: boolean | null | undefined) =>
  residesInFrance === true ? t('yes') : residesInFrance === false ? t('no') : ''

const idOf = (value: number | string | { id: number | string }) => String(typeof value === 'object' ? value.id : value)

/** Every payment of the year: one line each, a column per group it was shared with, the donor, Stripe's ids. */
export async function* donationsCsv(reader: Reader, year: number): AsyncGenerator<string> {
  const t = treasuryText(reader.i18n.language)
  const frequency = optionLabels(reader, 'donations', 'frequency')
  const status = optionLabels(reader, 'donations', 'status')
  const refundReason = optionLabels(reader, 'donations', 'refundedBecause')
  const groups = await groupsNamed(reader.payload, await groupsSharedIn(reader.payload, reader.user, year))
  const donorColumns = ['lastName', 'firstName', 'address', 'postcode', 'city', 'nationality', 'residesInFrance', 'email', 'phone'] as const
  yield csvLine([
    t('paidAt'),
    t('donation'),
    t('frequency'),
    t('status'),
    t('refundReason'),
    t('amount'),
    t('national'),
    ...groups.map((group) => t('groupShare', { group: group.name })),
    ...donorColumns.map((column) => t(column)),
    t('paymentIntent'),
    t('invoice'),
    t('checkoutSession'),
  ])
  const identity = ({ donor, anonymisedAt }: DonationRow) => {
    if (anonymisedAt || !donor) return donorColumns.map(() => t('anonymised'))
    return [
      donor.lastName,
      donor.firstName,
      donor.address,
      donor.postcode,
      donor.city,
      donor.nationality,
      residence(t, donor.residesInFrance),
      donor.email,
      donor.phone,
    ]
  }
  const shareTo = (donation: DonationRow, group: GroupRef) =>
    (donation.shares ?? []).filter((share) => idOf(share.group) === String(group.id)).reduce((sum, share) => sum + share.cents, 0)
  for await (const donations of yearDonationPages(reader.payload, reader.user, year)) {
    yield donations
      .map((donation) => {
        const shares = groups.map((group) => shareTo(donation, group))
        return csvLine([
          paidOn(donation.succeededAt),
          donation.id,
          frequency(donation.frequency),
          status(donation.status),
          donation.refundedBecause ? refundReason(donation.refundedBecause) : '',
          { cents: donation.amountCents },
          { cents: donation.nationalCents },
          ...shares.map((cents) => (cents === 0 ? '' : { cents })),
          ...identity(donation),
          donation.stripe?.paymentIntentId,
          donation.stripe?.invoiceId,
          donation.stripe?.checkoutSessionId,
        ])
      })
      .join('')
  }
}

/** A group's account for a year: its rows, oldest first, then the year's total. No donor: the donation's number only. */
export async function* groupAccountCsv(reader: Reader, group: GroupRef, year: number): AsyncGenerator<string> {
  const t = treasuryText(reader.i18n.language)
  const kind = optionLabels(reader, 'group-ledger', 'kind')
  const reason = optionLabels(reader, 'group-ledger', 'reason')
  yield csvLine([t('date'), t('kind'), t('reason'), t('amount'), t('donation')])
  let totalCents = 0
  for await (const rows of groupYearPages(reader.payload, reader.user, group, year)) {
    totalCents += rows.reduce((sum, row) => sum + row.cents, 0)
    yield rows
      .map((row) => csvLine([paidOn(row.createdAt), kind(row.kind), reason(row.reason), { cents: row.cents }, idOf(row.donation)]))
      .join('')
  }
  yield csvLine([t('totalOfYear', { year }), '', '', { cents: totalCents }, ''])
}

/** One line per donor of the year (the tax receipts): identity, payments, net total, first and last dates. */
export async function* donorsCsv(reader: Reader, year: number): AsyncGenerator<string> {
  const t = treasuryText(reader.i18n.language)
  yield csvLine([
    t('lastName'),
    t('firstName'),
    t('email'),
    t('address'),
    t('postcode'),
    t('city'),
    t('nationality'),
    t('residesInFrance'),
    t('phone'),
    t('paymentCount'),
    t('totalNet'),
    t('firstPayment'),
    t('lastPayment'),
  ])
  const donors = await donorsOfYear(reader.payload, reader.user, year)
  yield donors
    .map(({ donor, payments, totalCents, firstPaidAt, lastPaidAt }) =>
      csvLine([
        donor.lastName,
        donor.firstName,
        donor.email,
        donor.address,
        donor.postcode,
        donor.city,
        donor.nationality,
        residence(t, donor.residesInFrance),
        donor.phone,
        payments,
        { cents: totalCents },
        dayOf(firstPaidAt),
        dayOf(lastPaidAt),
      ]),
    )
    .join('')
}
