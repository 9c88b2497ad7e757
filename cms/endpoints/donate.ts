import type { Endpoint, PayloadHandler } from 'payload'

import { env } from '../../env'
import {
  type DonationResponse,
  checkDonationForm,
  donationEndpointPaths,
  donationFieldNames,
  shareFieldPrefix,
} from '../../publication/donation'
import type { LocaleCode } from '../../publication/locales'
import { correctionPage, correctionPageHeaders } from '../donations/correctionPage'
import { donationRules } from '../donations/donationRules'
import { startDonation } from '../donations/startDonation'
import { donationForEmailAllowed, donationFromClientAllowed } from '../registrations/floodLimits'
import { readForm } from './formBody'
import { answeringFailures, failure, noStore, requestLocale, seeOther, siteLocaleOf, wantsJson } from './publicAnswers'
import { publicEndpoint } from './publicCors'
import { postedFrom, refusedFromOtherSite } from './sameSite'

/** A form earmarking to many groups (one field each, empty ones included without JavaScript) is larger than a sign-up. */
const maxDonationFormBytes = 64 * 1024

/**
 * The donation form's endpoint (publication/donation.ts is the contract). Every refusal (a field,
 * the yearly cap, the monthly question) writes nothing and calls nobody; a form that holds is
 * written as pending and sent to Stripe's checkout: a 303 there without JavaScript, its URL as
 * JSON for the island. Without JavaScript, a refusal is answered with a page of the CMS naming
 * each problem in the visitor's language, the form's values kept in it (the static site cannot
 * show the server's answer).
 */
const handler: PayloadHandler = async (req) => {
  const form = await readForm(req, maxDonationFormBytes)
  if (!form.ok) return failure(req, form.status, form.status === 413 ? 'tooLarge' : 'unsupportedForm', requestLocale(req))
  const locale: LocaleCode = siteLocaleOf(form.field('language'))
  if (!postedFrom(req, [env.siteUrl, env.serverUrl])) return refusedFromOtherSite(req, locale)
  const json = wantsJson(req)

  // Every field as posted (shares included), to give the form back as it was.
  const values: Record<string, string> = {}
  for (const name of form.names()) {
    const value = form.field(name)
    if (value !== null && ((donationFieldNames as readonly string[]).includes(name) || name.startsWith(shareFieldPrefix)))
      values[name] = value
  }
  const answer = (response: DonationResponse) => {
    if (json)
      return Response.json(response, {
        status: response.outcome === 'checkout' ? 200 : response.outcome === 'busy' ? 429 : 422,
        headers: noStore,
      })
    if (response.outcome === 'checkout') return seeOther(response.url)
    return new Response(
      correctionPage({ locale, values, response, formAction: `${req.payload.config.routes.api}${donationEndpointPaths.donate}` }),
      {
        status: response.outcome === 'busy' ? 429 : response.outcome === 'unavailable' ? 503 : 422,
        headers: correctionPageHeaders(),
      },
    )
  }

  if (!donationFromClientAllowed(req.headers)) return answer({ outcome: 'busy' })
  // A robot filled the field people never see: nothing is written, nobody is called.
  if (form.field('website')?.trim()) return answer({ outcome: 'busy' })

  const rules = await donationRules(req.payload)
  const checked = checkDonationForm(values, rules)
  if (!checked.ok) return answer({ outcome: 'invalid', problems: checked.problems })
  if (!donationForEmailAllowed(checked.fields.donor.email)) return answer({ outcome: 'busy' })

  const choice = form.field('monthlyChoice')
  const started = await startDonation(req.payload, {
    fields: checked.fields,
    groupIds: rules.groupIds,
    locale,
    monthlyChoice: choice === 'replace' || choice === 'add' ? choice : null,
  })
  return answer(started)
}

export const donateEndpoints: Endpoint[] = publicEndpoint({
  path: donationEndpointPaths.donate,
  method: 'post',
  handler: answeringFailures('Donation', handler),
})
