import { formatEuros } from '../../../publication/donationText'
import type { YearOfAccount } from '../../donations/treasury/ledger'
import type { TreasuryText } from '../../donations/treasury/messages'
import { NumberHeadings, numberCell } from '../admin/adminPanel'

/** A group's year as a table, a row per month (in France), then the year's total. Server component. */
export function MonthlyHistory({ history, language, t }: { history: YearOfAccount; language: string; t: TreasuryText }) {
  const monthName = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' })
  const cells = (sums: YearOfAccount['total']) => (
    <>
      <td style={numberCell}>{formatEuros(sums.creditsCents, language)}</td>
      <td style={numberCell}>{formatEuros(sums.reversalsCents, language)}</td>
      <td style={numberCell}>{formatEuros(sums.netCents, language)}</td>
      <td style={numberCell}>{sums.payments}</td>
    </>
  )
  return (
    <table id="treasury-history" style={{ borderCollapse: 'collapse', marginBlockStart: '0.75rem' }}>
      <caption style={{ textAlign: 'start', fontWeight: 600, paddingBlockEnd: '0.25rem' }}>
        {t('monthlyHistory', { group: history.group.name, year: history.year })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('month')}</th>
          <NumberHeadings labels={[t('credits'), t('reversals'), t('net'), t('payments')]} />
        </tr>
      </thead>
      <tbody>
        {history.months.map((month) => (
          <tr key={month.month}>
            <th scope="row" style={{ textAlign: 'start', fontWeight: 'normal' }}>
              {monthName.format(new Date(Date.UTC(history.year, month.month - 1, 15)))}
            </th>
            {cells(month)}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" style={{ textAlign: 'start' }}>
            {t('total')}
          </th>
          {cells(history.total)}
        </tr>
      </tfoot>
    </table>
  )
}
