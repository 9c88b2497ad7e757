import type { ServerProps } from 'payload'

import { groupBalances, ledgerYears } from '../../donations/treasury/ledger'
import { treasuryText } from '../../donations/treasury/messages'
import { yearAndMonthInFrance } from '../../donations/yearlyCap'
import { organiserGroupIds } from '../../access/roles'
import { readsDonations } from '../../access/treasurers'
import { panel, searchParameter } from '../admin/adminPanel'
import { MonthlyHistory } from './MonthlyHistory'
import { AccountsTable, YearChooser, chosenYear, historyAsked } from './parts'
import { historyParameter, yearParameter } from './shared'

/**
 * On the dashboard, for organisers: their own groups' accounts (balance, this year, last month),
 * each with its month-by-month history and its CSV. Amounts only, never a donor: the group's
 * account holds none. Treasurers and admins see every group in their own block. Server component.
 */
export async function GroupAccounts({ payload, i18n, user, searchParams }: ServerProps) {
  if (!user || !payload || !i18n || readsDonations(user) || organiserGroupIds(user).length === 0) return null
  const t = treasuryText(i18n.language)
  const language = i18n.language
  const currentYear = yearAndMonthInFrance(new Date()).year
  const years = await ledgerYears(payload, user, currentYear)
  const year = chosenYear(searchParameter(searchParams, yearParameter), years)
  const [accounts, history] = await Promise.all([
    groupBalances(payload, user),
    historyAsked(payload, user, searchParameter(searchParams, historyParameter), year),
  ])

  return (
    <section aria-labelledby="group-accounts-title" style={panel}>
      <h2 id="group-accounts-title" style={{ margin: 0, fontSize: '1.1rem' }}>
        {t('yourGroups')}
      </h2>
      <p style={{ marginBlock: '0.25rem 0' }}>{t('yourGroupsNote')}</p>
      <YearChooser adminRoute={payload.config.routes.admin} years={years} year={year} t={t} />
      <AccountsTable accounts={accounts} year={year} currentYear={currentYear} payload={payload} language={language} t={t} />
      {history && <MonthlyHistory history={history} language={language} t={t} />}
    </section>
  )
}
