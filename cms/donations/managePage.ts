import { donationEndpointPaths, shareFieldPrefix } from '../../publication/donation'
import { fillIn, formatEuros } from '../../publication/donationText'
import type { LocaleCode } from '../../publication/locales'
import { languageOfTexts, textsIn } from '../../publication/textsByLanguage'
import { homePath } from '../../publication/urls'
import { env } from '../../env'
import type { MonthlyDonation } from '../payload-types'
import { type ManageMessages, manageMessages } from './manageMessages'
import { hiddenInput, standalonePage } from '../utilities/standalonePage'
import { escapeHtml } from '../utilities/html'

/**
 * A monthly donation's own page, opened from the signed link in the donor's emails: its amount and
 * state, a form to change its split between groups, and one to stop it. Opening it changes
 * nothing (mail scanners follow links): its buttons post.
 */

type Id = number | string

/** What a post came to, said at the top of the page it comes back to. */
export const manageNotices = ['saved', 'splitInvalid', 'splitAboveAmount', 'stopped', 'stopFailed'] as const
export type ManageNotice = (typeof manageNotices)[number]

const statusLine: Record<MonthlyDonation['status'], keyof ManageMessages> = {
  active: 'active',
  'past-due': 'pastDue',
  pending: 'pending',
  cancelled: 'cancelled',
}

const idOf = (value: Id | { id: Id }) => (typeof value === 'object' ? value.id : value)

export const managePage = ({
  locale,
  token,
  monthly,
  groups,
  notice,
  formAction,
}: {
  locale: LocaleCode
  token: string
  /** Null: the link names no monthly donation. */
  monthly: Pick<MonthlyDonation, 'status' | 'amountCents' | 'nationalCents' | 'shares'> | null
  /** The groups a donor may earmark to, named in the language. */
  groups: readonly { id: Id; slug: string; name: string }[]
  notice: ManageNotice | null
  formAction: string
}) => {
  const text = textsIn(manageMessages, locale)
  // The page is in the language of its texts (French until this one has its own); its links stay in the donor's.
  const writtenIn = languageOfTexts(manageMessages, locale)
  const euros = (cents: number) => formatEuros(cents, writtenIn)
  const back = `<p><a href="${escapeHtml(`${env.siteUrl.replace(/\/+$/, '')}${homePath(locale)}`)}">${escapeHtml(text.backToSite)}</a></p>`
  if (!monthly)
    return standalonePage({ locale: writtenIn, title: text.title, body: `<p class="notice">${escapeHtml(text.invalidLink)}</p>${back}` })

  const said = notice ? `<p class="notice" role="status">${escapeHtml(text[notice])}</p>` : ''
  const summary = `<p>${escapeHtml(fillIn(text.amount, { amount: euros(monthly.amountCents) }))}</p><p>${escapeHtml(text[statusLine[monthly.status]])}</p>`
  if (monthly.status === 'cancelled') return standalonePage({ locale: writtenIn, title: text.title, body: `${said}${summary}${back}` })

  const hiddenFields = `${hiddenInput('token', token)}${hiddenInput('lang', locale)}`
  const shares = new Map((monthly.shares ?? []).map((share) => [String(idOf(share.group)), share.cents]))
  const current = groups.filter((group) => shares.has(String(group.id)))
  const others = groups.filter((group) => !shares.has(String(group.id)))
  const shareInputs = current
    .map(
      (group) =>
        `<label for="share-${escapeHtml(group.slug)}">${escapeHtml(group.name)}</label><input type="text" inputmode="decimal" id="share-${escapeHtml(group.slug)}" name="${escapeHtml(`${shareFieldPrefix}${group.slug}`)}" value="${escapeHtml(String((shares.get(String(group.id)) ?? 0) / 100))}">`,
    )
    .join('')
  const addGroup =
    others.length === 0
      ? ''
      : `<label for="add-group">${escapeHtml(text.addGroup)}</label><select id="add-group" name="addGroup"><option value="">${escapeHtml(text.noGroup)}</option>${others
          .map((group) => `<option value="${escapeHtml(group.slug)}">${escapeHtml(group.name)}</option>`)
          .join(
            '',
          )}</select><label for="add-group-euros">${escapeHtml(text.addGroup)} (€)</label><input type="text" inputmode="decimal" id="add-group-euros" name="addGroupEuros">`
  return standalonePage({
    locale: writtenIn,
    title: text.title,
    body: `${said}${summary}
<form method="post" action="${escapeHtml(formAction)}">
${hiddenFields}${hiddenInput('action', 'split')}
<fieldset><legend>${escapeHtml(text.splitLegend)}</legend>
<p>${escapeHtml(text.splitHelp)}</p>
${shareInputs}${addGroup}
<p>${escapeHtml(fillIn(text.national, { amount: euros(monthly.nationalCents) }))}</p>
</fieldset>
<button type="submit">${escapeHtml(text.save)}</button>
</form>
<h2>${escapeHtml(text.stopTitle)}</h2>
<p>${escapeHtml(text.stopText)}</p>
<form method="post" action="${escapeHtml(formAction)}">
${hiddenFields}${hiddenInput('action', 'stop')}
<button type="submit">${escapeHtml(text.stop)}</button>
</form>
${back}`,
  })
}

/** The page's address, with what a post came to. */
export const managePageUrl = (token: string, locale: LocaleCode, notice?: ManageNotice) =>
  `${env.serverUrl.replace(/\/+$/, '')}/api${donationEndpointPaths.manage}?${new URLSearchParams({ token, lang: locale, ...(notice ? { done: notice } : {}) })}`
