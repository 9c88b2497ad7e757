import './withoutEval'

import { type FormEvent, useEffect, useRef, useState } from 'react'

import {
  checkSignUpForm,
  emailMaxLength,
  firstNameMaxLength,
  type SignUpFormRules,
  type SignUpOutcome,
  type SignUpProblem,
  type SignUpProblems,
  signUpResponse,
  type SignUpVisitorField,
  signUpVisitorFields,
} from '../../publication/signUp'
import Honeypot from './Honeypot'

/** The interface strings the form needs, in the page's language (`signUp.*` of site/i18n). */
export interface SignUpStrings {
  firstName: string
  email: string
  emailHelp: string
  phone: string
  guests: string
  /** "Besides you, up to 3": the event's limit already in. */
  guestsHelp: string
  required: string
  honeypot: string
  submit: string
  sending: string
  networkError: string
  fixErrors: string
  /** The generic message of each field, shown without JavaScript when the CMS sends the form back. */
  fieldProblems: Record<SignUpVisitorField, string>
  problems: Record<SignUpProblem, string>
  outcomes: Record<SignUpOutcome, { title: string; text: string }>
  backToAgenda: string
}

interface Props {
  /** Where the form posts: the CMS's sign-up endpoint (SERVER_URL/api/public/sign-up). */
  action: string
  eventId: string
  locale: string
  rules: SignUpFormRules
  /** The consent box's text (publication/consentText.ts) and its link to the privacy page. */
  consent: { agreement: string; privacyLink: string; privacyHref: string }
  agendaHref: string
  strings: SignUpStrings
}

type Values = Record<'firstName' | 'email' | 'phone' | 'guests' | 'consent' | 'website', string>

type Sending = { state: 'editing' } | { state: 'sending' } | { state: 'failed' } | { state: 'done'; outcome: SignUpOutcome }

const fieldId = (field: string) => `sign-up-${field}`
const messageId = (field: string) => `sign-up-${field}-problem`

/**
 * The event page's sign-up form. Rendered on the server it is a plain form that posts to the CMS
 * (which answers with a redirect to a result page, or back to the form with its problems named in
 * the fragment); in the browser it checks each field as the person leaves it, sends with fetch,
 * and shows the outcome in place with the focus on it. A network failure keeps what was typed.
 */
export default function SignUp({ action, eventId, locale, rules, consent, agendaHref, strings }: Props) {
  const [hydrated, setHydrated] = useState(false)
  const [values, setValues] = useState<Values>({ firstName: '', email: '', phone: '', guests: '0', consent: '', website: '' })
  const [touched, setTouched] = useState<Set<SignUpVisitorField>>(new Set())
  const [serverProblems, setServerProblems] = useState<SignUpProblems>({})
  const [sending, setSending] = useState<Sending>({ state: 'editing' })
  const resultRef = useRef<HTMLDivElement>(null)
  const statusRef = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    setHydrated(true)
    // Back from a post the CMS refused before the island ran (#fix-email-consent): name those fields' problems live.
    const refused = window.location.hash.match(/^#fix-([\w-]+)$/)?.[1]?.split('-') ?? []
    setTouched(new Set(signUpVisitorFields.filter((field) => refused.includes(field))))
  }, [])
  useEffect(() => {
    if (sending.state === 'done') resultRef.current?.focus()
    if (sending.state === 'failed') statusRef.current?.focus()
  }, [sending])

  const checked = checkSignUpForm(values, rules)
  const problems: SignUpProblems = { ...(checked.ok ? {} : checked.problems), ...serverProblems }
  const shown = (field: SignUpVisitorField) => (hydrated && touched.has(field) ? problems[field] : undefined)

  const change = (field: keyof Values, value: string) => {
    setValues((before) => ({ ...before, [field]: value }))
    // What the CMS said of a field no longer holds once the person changes it.
    setServerProblems((before) => Object.fromEntries(Object.entries(before).filter(([name]) => name !== field)))
  }
  const touch = (field: SignUpVisitorField) => setTouched((before) => new Set(before).add(field))

  const focusFirst = (found: SignUpProblems) => {
    const first = signUpVisitorFields.find((field) => found[field])
    if (first) document.getElementById(fieldId(first))?.focus()
  }

  /** What the plain form would post, with the fields this event does not ask for left out. */
  const body = () =>
    new URLSearchParams({
      event: eventId,
      language: locale,
      firstName: values.firstName,
      email: values.email,
      ...(rules.askPhone ? { phone: values.phone } : {}),
      ...(rules.maxGuests > 0 ? { guests: values.guests } : {}),
      ...(values.consent === 'yes' ? { consent: 'yes' } : {}),
      website: values.website,
    })

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (sending.state === 'sending') return
    setTouched(new Set(signUpVisitorFields))
    if (!checked.ok) {
      focusFirst(checked.problems)
      return
    }
    setSending({ state: 'sending' })
    try {
      const response = await fetch(action, {
        method: 'POST',
        headers: { accept: 'application/json' },
        body: body(),
      })
      const answer = signUpResponse.parse(await response.json())
      if (answer.outcome === 'invalid') {
        setServerProblems(answer.problems)
        setSending({ state: 'editing' })
        focusFirst(answer.problems)
      } else {
        setSending({ state: 'done', outcome: answer.outcome })
      }
    } catch {
      setSending({ state: 'failed' })
    }
  }

  if (sending.state === 'done') {
    const { title, text } = strings.outcomes[sending.outcome]
    return (
      <div className="sign-up-result" data-outcome={sending.outcome} ref={resultRef} tabIndex={-1} role="status">
        <h3>{title}</h3>
        <p>{text}</p>
        <p>
          <a href={agendaHref}>{strings.backToAgenda}</a>
        </p>
      </div>
    )
  }

  const described = (field: SignUpVisitorField, help?: string) => {
    const ids = [help, shown(field) ? messageId(field) : undefined].filter(Boolean).join(' ')
    return { 'aria-describedby': ids || undefined, 'aria-invalid': shown(field) ? true : undefined }
  }
  /** The field's message: the live one once the island runs, the generic one the page's CSS shows after a refused post. */
  const message = (field: SignUpVisitorField) =>
    hydrated ? (
      shown(field) && (
        <p className="sign-up-problem" id={messageId(field)}>
          {strings.problems[shown(field) as SignUpProblem]}
        </p>
      )
    ) : (
      <p className="sign-up-problem sign-up-fix-message" data-field={field}>
        {strings.fieldProblems[field]}
      </p>
    )
  const requiredMark = (
    <>
      {' '}
      <span aria-hidden="true">*</span>
      <span className="visually-hidden">{strings.required}</span>
    </>
  )
  const busy = sending.state === 'sending'

  return (
    <form
      className="sign-up-form"
      method="post"
      action={action}
      noValidate={hydrated}
      onSubmit={(event) => void submit(event)}
      aria-busy={busy}
    >
      <input type="hidden" name="event" value={eventId} />
      <input type="hidden" name="language" value={locale} />
      <div className="sign-up-row">
        <label htmlFor={fieldId('firstName')}>
          {strings.firstName}
          {requiredMark}
        </label>
        <input
          id={fieldId('firstName')}
          name="firstName"
          type="text"
          autoComplete="given-name"
          required
          maxLength={firstNameMaxLength}
          value={values.firstName}
          onChange={(event) => change('firstName', event.target.value)}
          onBlur={() => touch('firstName')}
          {...described('firstName')}
        />
        {message('firstName')}
      </div>
      <div className="sign-up-row">
        <label htmlFor={fieldId('email')}>
          {strings.email}
          {requiredMark}
        </label>
        <input
          id={fieldId('email')}
          name="email"
          type="email"
          autoComplete="email"
          dir="ltr"
          required
          maxLength={emailMaxLength}
          value={values.email}
          onChange={(event) => change('email', event.target.value)}
          onBlur={() => touch('email')}
          {...described('email', 'sign-up-email-help')}
        />
        <p className="sign-up-help" id="sign-up-email-help">
          {strings.emailHelp}
        </p>
        {message('email')}
      </div>
      {rules.askPhone && (
        <div className="sign-up-row">
          <label htmlFor={fieldId('phone')}>
            {strings.phone}
            {requiredMark}
          </label>
          <input
            id={fieldId('phone')}
            name="phone"
            type="tel"
            autoComplete="tel"
            dir="ltr"
            required
            maxLength={30}
            value={values.phone}
            onChange={(event) => change('phone', event.target.value)}
            onBlur={() => touch('phone')}
            {...described('phone')}
          />
          {message('phone')}
        </div>
      )}
      {rules.maxGuests > 0 && (
        <div className="sign-up-row">
          <label htmlFor={fieldId('guests')}>{strings.guests}</label>
          <input
            id={fieldId('guests')}
            name="guests"
            type="number"
            inputMode="numeric"
            min={0}
            max={rules.maxGuests}
            step={1}
            value={values.guests}
            onChange={(event) => change('guests', event.target.value)}
            onBlur={() => touch('guests')}
            {...described('guests', 'sign-up-guests-help')}
          />
          <p className="sign-up-help" id="sign-up-guests-help">
            {strings.guestsHelp}
          </p>
          {message('guests')}
        </div>
      )}
      <Honeypot id={fieldId('website')} label={strings.honeypot} value={values.website} onChange={(value) => change('website', value)} />
      <div className="sign-up-row sign-up-consent">
        <input
          id={fieldId('consent')}
          name="consent"
          type="checkbox"
          value="yes"
          required
          checked={values.consent === 'yes'}
          onChange={(event) => {
            change('consent', event.target.checked ? 'yes' : '')
            touch('consent')
          }}
          {...described('consent')}
        />
        <label htmlFor={fieldId('consent')}>
          {consent.agreement}
          {requiredMark}
        </label>
        <p className="sign-up-help">
          <a href={consent.privacyHref}>{consent.privacyLink}</a>
        </p>
        {message('consent')}
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? strings.sending : strings.submit}
      </button>
      <p className="sign-up-status" role="status" ref={statusRef} tabIndex={-1}>
        {busy && <span className="sign-up-progress" aria-hidden="true" />}
        {busy ? strings.sending : sending.state === 'failed' ? strings.networkError : ''}
        {hydrated && sending.state === 'editing' && touched.size === signUpVisitorFields.length && !checked.ok ? strings.fixErrors : ''}
      </p>
    </form>
  )
}
