import type { Endpoint, PayloadHandler } from 'payload'

import { env } from '../../env'
import { donationEndpointPaths, shareFieldPrefix } from '../../publication/donation'
import { donationText } from '../../publication/donationText'
import { languageOfTexts, textsIn } from '../../publication/textsByLanguage'
import { changeSplit, earmarkableGroups, monthlyOfToken, stopByDonor } from '../donations/manageMonthly'
import { type ManageNotice, managePage, managePageUrl, manageNotices } from '../donations/managePage'
import { standalonePageHeaders } from '../utilities/standalonePage'
import { cancelFromClientAllowed } from '../registrations/floodLimits'
import { readForm } from './formBody'
import { answerText, answeringFailures, failure, requestLocale, seeOther, siteLocaleOf } from './publicAnswers'
import { postedFrom, refusedFromOtherSite } from './sameSite'

/**
 * The monthly donation's page (publication/donation.ts `manage`), from the signed link in the
 * donor's emails. GET shows it and changes nothing; its forms POST a new split or the stop, then
 * come back to it (303) saying what happened. The token is in the address: the page is kept by no
 * cache and sends no Referer beyond the origin.
 */
const showPage: PayloadHandler = async (req) => {
  const locale = siteLocaleOf(req.searchParams.get('lang'))
  const token = req.searchParams.get('token') ?? ''
  const done = req.searchParams.get('done')
  const monthly = await monthlyOfToken(req.payload, token)
  const html = managePage({
    locale,
    token,
    monthly,
    groups: monthly ? await earmarkableGroups(req.payload, locale) : [],
    notice: manageNotices.includes(done as ManageNotice) ? (done as ManageNotice) : null,
    formAction: `${req.payload.config.routes.api}${donationEndpointPaths.manage}`,
  })
  return new Response(html, { status: monthly ? 200 : 404, headers: standalonePageHeaders() })
}

const act: PayloadHandler = async (req) => {
  const form = await readForm(req)
  if (!form.ok) return failure(req, form.status, form.status === 413 ? 'tooLarge' : 'unsupportedForm', requestLocale(req))
  const locale = siteLocaleOf(form.field('lang'))
  // Only the page itself posts here.
  if (!postedFrom(req, [env.serverUrl])) return refusedFromOtherSite(req, locale)
  const token = form.field('token') ?? ''
  // The same allowance as the sign-ups' personal links: guessing tokens from one client is slowed down.
  if (!cancelFromClientAllowed(req.headers))
    return answerText(req, 429, textsIn(donationText, locale).busy, languageOfTexts(donationText, locale))
  const monthly = await monthlyOfToken(req.payload, token)
  if (!monthly) return seeOther(managePageUrl(token, locale))
  if (form.field('action') === 'stop') return seeOther(managePageUrl(token, locale, await stopByDonor(req.payload, monthly)))

  const groups = await earmarkableGroups(req.payload, locale)
  const shares = new Map<string, string>()
  for (const name of form.names()) {
    if (name.startsWith(shareFieldPrefix)) shares.set(name.slice(shareFieldPrefix.length), form.field(name) ?? '')
  }
  const added = form.field('addGroup') ?? ''
  if (added) shares.set(added, form.field('addGroupEuros') ?? '')
  return seeOther(managePageUrl(token, locale, await changeSplit(req.payload, monthly, shares, groups)))
}

/** Not CORS endpoints: the page is the CMS's own, and posts to its own origin. */
export const monthlyDonationEndpoints: Endpoint[] = [
  { path: donationEndpointPaths.manage, method: 'get', handler: answeringFailures('Monthly donation page', showPage) },
  { path: donationEndpointPaths.manage, method: 'post', handler: answeringFailures('Monthly donation change', act) },
]
