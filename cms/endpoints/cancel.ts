import type { Endpoint, PayloadHandler } from 'payload'

import { env } from '../../env'
import { publicEndpointPaths } from '../../publication/signUp'
import { homePath, signUpResultPath } from '../../publication/urls'
import { cancelRegistration } from '../registrations/cancel'
import { cancelPageHeaders, cancelPageHtml } from '../registrations/cancelPage'
import { cancelFromClientAllowed } from '../registrations/floodLimits'
import { readForm } from './formBody'
import { answeringFailures, failure, onSite, requestLocale, seeOther, siteLocaleOf } from './publicAnswers'
import { postedFrom, refusedFromOtherSite } from './sameSite'

/** What a personal link's token looks like (signUp gives 24 random bytes in base64url); anything else names nothing. */
const tokenPattern = /^[A-Za-z0-9_-]{16,128}$/

/**
 * GET: the page the personal link opens. It reads and changes nothing (mail scanners follow
 * links); its button posts the token. The token is in the address: the page is kept by no cache
 * and its Referer is the origin alone. Not `no-referrer`: under it browsers post the form with
 * `Origin: null`, which the POST refuses as it would a sandboxed stranger's page (sameSite.ts).
 */
const showPage: PayloadHandler = (req) => {
  const locale = siteLocaleOf(req.searchParams.get('lang'))
  const token = req.searchParams.get('token') ?? ''
  const html = cancelPageHtml({
    locale,
    token: tokenPattern.test(token) ? token : '',
    formAction: `${req.payload.config.routes.api}${publicEndpointPaths.cancel}`,
    siteHome: onSite(homePath(locale)),
  })
  return new Response(html, { headers: cancelPageHeaders(new URL(env.siteUrl).origin) })
}

/** POST (the page's button): cancels, then 303 to the site's page saying whether the link named a registration. */
const cancel: PayloadHandler = async (req) => {
  const form = await readForm(req)
  if (!form.ok) return failure(req, form.status, form.status === 413 ? 'tooLarge' : 'unsupportedForm', requestLocale(req))
  const locale = siteLocaleOf(form.field('lang'))
  // The cancel page is the CMS's own; the site may link a form of its own here too (sameSite.ts says why no other).
  if (!postedFrom(req, [env.serverUrl, env.siteUrl])) return refusedFromOtherSite(req, locale)
  if (!cancelFromClientAllowed(req.headers)) return seeOther(onSite(signUpResultPath(locale, 'busy')))
  const token = form.field('token') ?? ''
  const { outcome } = tokenPattern.test(token) ? await cancelRegistration(req.payload, token) : { outcome: 'not-found' }
  return seeOther(onSite(signUpResultPath(locale, outcome === 'cancelled' ? 'cancelled' : 'cancel-link-invalid')))
}

/**
 * Not CORS endpoints: the page is the CMS's own and its form posts to its own origin; the site's
 * scripts never call them.
 */
export const cancelEndpoints: Endpoint[] = [
  { path: publicEndpointPaths.cancel, method: 'get', handler: answeringFailures('Cancel page', showPage) },
  { path: publicEndpointPaths.cancel, method: 'post', handler: answeringFailures('Cancellation', cancel) },
]
