import type { ServerProps } from 'payload'

import { formatEuros } from '../../../publication/donationText'
import { readsDonations } from '../../access/treasurers'
import { donationYears, yearTotals } from '../../donations/treasury/donations'
import { groupBalances } from '../../donations/treasury/ledger'
import { treasuryText } from '../../donations/treasury/messages'
import { yearAndMonthInFrance } from '../../donations/yearlyCap'
import { treasuryExportUrl } from '../../endpoints/treasury'
import { numberCell, panel, searchParameter } from '../admin/adminPanel'
import { MonthlyHistory } from './MonthlyHistory'
import { AccountsTable, YearChooser, chosenYear, historyAsked } from './parts'
import { historyParameter, yearParameter } from './shared'

/**
 * On the dashboard, for treasurers and admins: a year's donations in totals (received, refunded or
 * disputed, net, and its split between the national share and the groups'), the year's exports,
 * every group's account, and a group's year month by month when asked. Nothing for anyone else.
 * Server component.
 */
export async function TreasuryDashboard({ payload, i18n, user, searchParams }: ServerProps) {
  if (!user || !payload || !i18n || !readsDonations(user)) return null
  const t = treasuryText(i18n.language)
  const language = i18n.language
  const currentYear = yearAndMonthInFrance(new Date()).year
  const years = await donationYears(payload, user, currentYear)
  const year = chosenYear(searchParameter(searchParams, yearParameter), years)
  const [totals, accounts, history] = await Promise.all([
    yearTotals(payload, user, year),
    groupBalances(payload, user),
    historyAsked(payload, user, searchParameter(searchParams, historyParameter), year),
  ])
  const { api } = payload.config.routes
  const figures: [string, number | string][] = [
    [t('payments'), totals.payments],
    [t('received'), formatEuros(totals.receivedCents, language)],
    [t('refunded'), formatEuros(totals.refundedCents, language)],
    [t('net'), formatEuros(totals.netCents, language)],
    [t('nationalShare'), formatEuros(totals.nationalCents, language)],
    [t('groupsShare'), formatEuros(totals.groupsCents, language)],
  ]

  return (
    <section aria-labelledby="treasury-title" style={panel}>
      <h2 id="treasury-title" style={{ margin: 0, fontSize: '1.1rem' }}>
        {t('treasuryTitle')}
      </h2>
      <YearChooser adminRoute={payload.config.routes.admin} years={years} year={year} t={t} />
      <table style={{ borderCollapse: 'collapse', marginBlockEnd: '0.75rem' }}>
        <caption style={{ textAlign: 'start', fontWeight: 600, paddingBlockEnd: '0.25rem' }}>{t('yearTotals', { year })}</caption>
        <tbody>
          {figures.map(([label, value]) => (
            <tr key={label}>
              <th scope="row" style={{ textAlign: 'start', fontWeight: 'normal' }}>
                {label}
              </th>
              <td style={numberCell}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 style={{ margin: '0 0 0.25rem', fontSize: '1rem' }}>{t('exportsOf', { year })}</h3>
      <ul style={{ margin: '0 0 0.75rem', paddingInlineStart: '1.25rem' }}>
        <li>
          <a href={treasuryExportUrl(api, 'donations', { year })} download>
            {t('exportDonations')}
          </a>
        </li>
        <li>
          <a href={treasuryExportUrl(api, 'donors', { year })} download>
            {t('exportDonors')}
          </a>
        </li>
      </ul>
      {accounts.length === 0 ? (
        <p style={{ margin: 0 }}>{t('noAccounts')}</p>
      ) : (
        <AccountsTable accounts={accounts} year={year} currentYear={currentYear} payload={payload} language={language} t={t} />
      )}
      {history && <MonthlyHistory history={history} language={language} t={t} />}
    </section>
  )
}
