import { Forbidden, NotFound, type Payload, type TypedUser } from 'payload'

import { formatEuros } from '../../../publication/donationText'
import { type GroupAccount, groupMonthlyHistory } from '../../donations/treasury/ledger'
import type { TreasuryText } from '../../donations/treasury/messages'
import { treasuryExportUrl } from '../../endpoints/treasury'
import { NumberHeadings, numberCell } from '../admin/adminPanel'
import { historyParameter, yearParameter } from './shared'

/**
 * What the treasurer's and the organisers' dashboard blocks share: the year chooser (a plain GET
 * form: no script, the dashboard draws itself again for that year), each group's account with its
 * links, and the history of the group asked for. Server components (the
 * parts are synchronous: the blocks read everything first).
 */

/** The year to show: the one asked for when it is among the offered years, else the newest. */
export const chosenYear = (asked: string | undefined, years: number[]) => years.find((year) => String(year) === asked) ?? years[0]!

export function YearChooser({ adminRoute, years, year, t }: { adminRoute: string; years: number[]; year: number; t: TreasuryText }) {
  return (
    <form method="get" action={adminRoute} style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', marginBlock: '0.5rem' }}>
      <label htmlFor="treasury-year">{t('year')}</label>
      <select id="treasury-year" name={yearParameter} defaultValue={String(year)}>
        {years.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
        {t('show')}
      </button>
    </form>
  )
}

interface AccountsProps {
  accounts: GroupAccount[]
  /** The year the links are for; the "this year" column is always the current one. */
  year: number
  currentYear: number
  payload: Payload
  language: string
  t: TreasuryText
}

/** Each group's account: credits, reversals and balance since it opened, this year's and last month's net; its history and CSV for the year shown. */
export function AccountsTable({ accounts, year, currentYear, payload, language, t }: AccountsProps) {
  const { admin, api } = payload.config.routes
  const historyHref = (group: GroupAccount['group']) =>
    `${admin}?${new URLSearchParams({ [yearParameter]: String(year), [historyParameter]: String(group.id) })}#treasury-history`
  return (
    <table style={{ borderCollapse: 'collapse' }}>
      <caption style={{ textAlign: 'start', fontWeight: 600, paddingBlockEnd: '0.25rem' }}>{t('accounts')}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'start' }}>
            {t('group')}
          </th>
          <NumberHeadings labels={[t('credits'), t('reversals'), t('balance'), t('thisYear', { year: currentYear }), t('lastMonth')]} />
        </tr>
      </thead>
      <tbody>
        {accounts.map((account) => (
          <tr key={account.group.id}>
            <th scope="row" style={{ textAlign: 'start', fontWeight: 'normal' }}>
              <strong>{account.group.name}</strong>
              <br />
              <a href={historyHref(account.group)}>{t('historyOf', { group: account.group.name, year })}</a>
              {' · '}
              <a href={treasuryExportUrl(api, 'group', { year, group: account.group.id })} download>
                {t('exportGroupOf', { group: account.group.name, year })}
              </a>
            </th>
            <td style={numberCell}>{formatEuros(account.creditsCents, language)}</td>
            <td style={numberCell}>{formatEuros(account.reversalsCents, language)}</td>
            <td style={numberCell}>
              <strong>{formatEuros(account.balanceCents, language)}</strong>
            </td>
            <td style={numberCell}>{formatEuros(account.thisYearCents, language)}</td>
            <td style={numberCell}>{formatEuros(account.lastMonthCents, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The history the dashboard's address asks for (`?accountOf=<group id>`), when the user may read that account; null otherwise. */
export const historyAsked = (payload: Payload, user: TypedUser, groupId: string | undefined, year: number) =>
  groupId
    ? groupMonthlyHistory(payload, user, groupId, year).catch((error: unknown) => {
        if (error instanceof Forbidden || error instanceof NotFound) return null
        throw error
      })
    : Promise.resolve(null)
