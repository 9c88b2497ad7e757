import type { Endpoint, PayloadHandler } from 'payload'

import { env } from '../../env'
import { consentText } from '../../publication/consentText'
import {
  type SignUpOutcome,
  type SignUpProblems,
  type SignUpResponse,
  type SignUpVisitorField,
  checkSignUpForm,
  publicEndpointPaths,
  signUpFieldNames,
  signUpProblemsFragment,
} from '../../publication/signUp'
import { eventPath, signUpResultPath } from '../../publication/urls'
import { alreadyRegisteredEmailAllowed, signUpForEmailAllowed, signUpFromClientAllowed } from '../registrations/floodLimits'
import { acceptsSignUps, signUp } from '../registrations/signUp'
import { readForm } from './formBody'
import { answeringFailures, failure, noStore, onSite, requestLocale, seeOther, siteLocaleOf, wantsJson } from './publicAnswers'
import { newcomerOutcome, publishedEvent } from './publicEvent'
import { publicEndpoint } from './publicCors'
import { postedFrom, refusedFromOtherSite } from './sameSite'

/**
 * The sign-up form's endpoint (publication/signUp.ts is the contract). A form posted without
 * JavaScript is answered with a 303 to the site's result page, or back to the event's form at the
 * anchor naming the bad fields; the island (`Accept: application/json`) gets the same as JSON.
 * Nothing is written unless the whole form is good and the limits allow it.
 */
const handler: PayloadHandler = async (req) => {
  const form = await readForm(req)
  if (!form.ok) return failure(req, form.status, form.status === 413 ? 'tooLarge' : 'unsupportedForm', requestLocale(req))
  const locale = siteLocaleOf(form.field('language'))
  // Only the site's pages post this form (sameSite.ts says why).
  if (!postedFrom(req, [env.siteUrl])) return refusedFromOtherSite(req, locale)
  const json = wantsJson(req)
  const answer = (outcome: SignUpOutcome) =>
    json
      ? Response.json({ outcome } satisfies SignUpResponse, { status: outcome === 'busy' ? 429 : 200, headers: noStore })
      : seeOther(onSite(signUpResultPath(locale, outcome)))

  if (!signUpFromClientAllowed(req.headers)) return answer('busy')
  // A robot filled the field people never see: it is told what a person would be, and nothing happens.
  if (form.field('website')?.trim()) return answer('confirmed')

  const now = new Date()
  const event = await publishedEvent(req.payload, (form.field('event') ?? '').trim())
  if (!event || !acceptsSignUps(event, now)) return answer('closed')
  req.context.logContext = { event: event.id }
  const refuse = (problems: SignUpProblems) =>
    json
      ? Response.json({ outcome: 'invalid', problems } satisfies SignUpResponse, { status: 422, headers: noStore })
      : seeOther(onSite(`${eventPath(locale, event.slug)}#${signUpProblemsFragment(Object.keys(problems) as SignUpVisitorField[])}`))

  const checked = checkSignUpForm(Object.fromEntries(signUpFieldNames.map((name) => [name, form.field(name)])), {
    askPhone: Boolean(event.registration?.askPhone),
    maxGuests: event.registration?.maxGuests ?? 0,
  })
  if (!checked.ok) return refuse(checked.problems)
  if (!signUpForEmailAllowed(checked.fields.email)) return answer('busy')

  // signUp() reads the rules checked above (the same event), so it refuses nothing the form passed.
  const result = await signUp(
    req.payload,
    { eventId: event.id, ...checked.fields, language: locale, consentText: consentText(locale) },
    now,
    // Signing a stranger up again mails them their cancel link again: once a day at most, else the same answer, no email.
    { event, mayMailAgain: (registrationId) => alreadyRegisteredEmailAllowed(registrationId) },
  )
  // Someone already registered is told what a newcomer would be (their email tells them the truth).
  if (result.outcome === 'already-registered') return answer(await newcomerOutcome(req.payload, event, checked.fields.guests))
  return answer(result.outcome === 'not-found' ? 'closed' : result.outcome)
}

export const signUpEndpoints: Endpoint[] = publicEndpoint({
  path: publicEndpointPaths.signUp,
  method: 'post',
  handler: answeringFailures('Sign-up', handler),
})
