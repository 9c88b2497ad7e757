import './withoutEval'

import { type FormEvent, Fragment, type ReactNode, useEffect, useRef, useState } from 'react'

import {
  type CapFigures,
  checkDonationForm,
  type DonationFields,
  type DonationFrequency,
  donationFrequencies,
  type DonationProblems,
  donationResponse,
  type DonationVisitorField,
  donationVisitorFields,
  eurosText,
  shareFieldPrefix,
} from '../../publication/donation'
import { type DonationText, fillIn, formatEuros } from '../../publication/donationText'
import { donationShareFieldId } from '../../publication/urls'
import {
  chosenAmountCents,
  type DonationAmountRules,
  type DonationGroup,
  findGroups,
  groupsByDepartment,
  largestDonationCents,
  nationalRestCents,
  overCapLines,
  problemText,
  summarise,
  taxCostText,
  typedShares,
} from './donationForm'
import Honeypot from './Honeypot'

interface Props {
  /** Where the form posts: the CMS's donation endpoint (SERVER_URL/api/public/donate). */
  action: string
  locale: string
  rules: DonationAmountRules
  /** Every group a donation can be earmarked to. */
  groups: DonationGroup[]
  /** The nationalities, named in the page's language, France first. */
  countries: { code: string; name: string }[]
  text: DonationText
  privacyHref: string
}

type IdentityField = 'firstName' | 'lastName' | 'email' | 'address' | 'postcode' | 'city' | 'nationality' | 'phone'
type Values = Record<IdentityField | 'amountChoice' | 'amountOther' | 'residesInFrance' | 'certify' | 'website', string> & {
  frequency: DonationFrequency
}

/**
 * Where the visitor is: filling in the form, reading the summary before paying (then sending it,
 * or answering whether a new monthly donation replaces the current one), or on the way to the
 * checkout. `notice` is what the last answer said when it was neither a problem nor the checkout.
 */
type Step =
  | { at: 'form' }
  | { at: 'summary'; fields: DonationFields; sending: boolean; notice?: 'networkError' | 'busy' | 'unavailable'; monthlyCents?: number }
  | { at: 'checkout' }

const fieldId = (field: string) => `donation-${field}`
const messageId = (field: string) => `donation-${field}-problem`

/** The element a problem of `field` sends the focus to. */
function focusTarget(field: DonationVisitorField, values: Values, chosen: readonly string[]) {
  if (field === 'frequency') return fieldId(`frequency-${values.frequency}`)
  if (field === 'amount')
    return values.amountChoice && values.amountChoice !== 'other' ? fieldId(`amount-${values.amountChoice}`) : fieldId('amountOther')
  if (field === 'shares') return chosen[0] ? donationShareFieldId(chosen[0]) : fieldId('share-search')
  return fieldId(field)
}

/**
 * The donation form. Rendered on the server it is a plain form that posts to the CMS (which
 * answers with the checkout, or its own page naming each problem), its groups listed by
 * department; in the browser it finds groups by name or town (the one of `?group=` already
 * chosen), adds up the shares, checks each field as it is left, shows a summary before paying,
 * then sends with fetch and acts on each answer of the CMS.
 */
export default function Donation({ action, locale, rules, groups, countries, text, privacyHref }: Props) {
  const [hydrated, setHydrated] = useState(false)
  const [values, setValues] = useState<Values>({
    frequency: 'once',
    amountChoice: '',
    amountOther: '',
    firstName: '',
    lastName: '',
    email: '',
    address: '',
    postcode: '',
    city: '',
    nationality: '',
    residesInFrance: '',
    phone: '',
    certify: '',
    website: '',
  })
  /** Each group's share as typed, by slug; with JavaScript, `chosen` are the groups shown, in the order added. */
  const [shares, setShares] = useState<Record<string, string>>({})
  const [chosen, setChosen] = useState<string[]>([])
  const [query, setQuery] = useState('')
  const [touched, setTouched] = useState<Set<DonationVisitorField>>(new Set())
  const [serverProblems, setServerProblems] = useState<DonationProblems>({})
  const [overCap, setOverCap] = useState<CapFigures | null>(null)
  const [step, setStep] = useState<Step>({ at: 'form' })
  const [pendingFocus, setPendingFocus] = useState<string | null>(null)
  const summaryRef = useRef<HTMLElement>(null)

  useEffect(() => {
    setHydrated(true)
    // The group page's button: `?group=<slug>` comes with that group already in the split.
    const wanted = new URLSearchParams(window.location.search).get('group')
    if (wanted && groups.some((group) => group.slug === wanted)) setChosen([wanted])
  }, [groups])
  useEffect(() => {
    if (step.at === 'summary' && !step.sending) summaryRef.current?.focus()
  }, [step])
  // Focus after the render that shows the field (back from the summary, the form is drawn again first).
  useEffect(() => {
    if (pendingFocus) document.getElementById(pendingFocus)?.focus()
    setPendingFocus(null)
  }, [pendingFocus])

  const groupSlugs = new Set(groups.map((group) => group.slug))
  const shareNames = hydrated ? chosen : Object.keys(shares)
  const input = {
    language: locale,
    ...values,
    ...Object.fromEntries(shareNames.map((slug) => [`${shareFieldPrefix}${slug}`, shares[slug] ?? ''])),
  }
  const checked = checkDonationForm(input, { minimumCents: rules.minimumCents, maximumCents: rules.maximumCents, groupSlugs })
  const problems: DonationProblems = { ...(checked.ok ? {} : checked.problems), ...serverProblems }
  const shown = (field: DonationVisitorField) => (hydrated && touched.has(field) ? problems[field] : undefined)
  const amountCents = chosenAmountCents(values.amountChoice, values.amountOther)
  const amountHolds = amountCents !== null && !problems.amount
  const foreign = values.nationality !== '' && values.nationality !== 'FR'

  const change = (field: keyof Values, value: string) => {
    setValues((before) => ({ ...before, [field]: value }))
    const changed: DonationVisitorField | undefined =
      field === 'amountChoice' || field === 'amountOther'
        ? 'amount'
        : (donationVisitorFields as readonly string[]).includes(field)
          ? (field as DonationVisitorField)
          : undefined
    // What the CMS said of a field no longer holds once the person changes it; a new amount or frequency is another check of the cap.
    if (changed) setServerProblems((before) => Object.fromEntries(Object.entries(before).filter(([name]) => name !== changed)))
    if (changed === 'amount' || changed === 'frequency') setOverCap(null)
  }
  const touch = (field: DonationVisitorField) => setTouched((before) => new Set(before).add(field))
  const changeShare = (slug: string, value: string) => {
    setShares((before) => ({ ...before, [slug]: value }))
    setServerProblems(({ shares: _shares, ...rest }) => rest)
  }
  const addGroup = (slug: string) => {
    setChosen((before) => (before.includes(slug) ? before : [...before, slug]))
    setQuery('')
    setPendingFocus(donationShareFieldId(slug))
  }
  const removeGroup = (slug: string) => {
    setChosen((before) => before.filter((other) => other !== slug))
    setShares(({ [slug]: _removed, ...rest }) => rest)
    setServerProblems(({ shares: _shares, ...rest }) => rest)
    setPendingFocus(fieldId('share-search'))
  }

  const showProblems = (found: DonationProblems) => {
    setTouched(new Set(donationVisitorFields))
    const first = donationVisitorFields.find((field) => found[field])
    if (first) setPendingFocus(focusTarget(first, values, chosen))
  }

  /** Back from the summary to the form, the focus on its first choice. */
  const edit = () => {
    setStep({ at: 'form' })
    setPendingFocus(focusTarget('frequency', values, chosen))
  }

  function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!checked.ok) return showProblems(checked.problems)
    setStep({ at: 'summary', fields: checked.fields, sending: false })
  }

  /** Sends what the summary shows (with the answer to the monthly question, once asked). */
  async function send(fields: DonationFields, monthlyChoice?: 'replace' | 'add') {
    setStep({ at: 'summary', fields, sending: true })
    const body = new URLSearchParams({ ...input, ...(monthlyChoice ? { monthlyChoice } : {}) })
    let answer
    try {
      const response = await fetch(action, { method: 'POST', headers: { accept: 'application/json' }, body })
      answer = donationResponse.parse(await response.json())
    } catch {
      setStep({ at: 'summary', fields, sending: false, notice: 'networkError' })
      return
    }
    switch (answer.outcome) {
      case 'checkout':
        setStep({ at: 'checkout' })
        window.location.assign(answer.url)
        return
      case 'invalid':
        setServerProblems(answer.problems)
        setStep({ at: 'form' })
        showProblems(answer.problems)
        return
      case 'over-cap':
        setOverCap(answer.figures)
        setStep({ at: 'form' })
        setPendingFocus(focusTarget('amount', values, chosen))
        return
      case 'monthly-exists':
        setStep({ at: 'summary', fields, sending: false, monthlyCents: answer.currentCents })
        return
      default:
        setStep({ at: 'summary', fields, sending: false, notice: answer.outcome })
    }
  }

  const euros = (cents: number) => formatEuros(cents, locale)
  const required = (
    <>
      {' '}
      <span aria-hidden="true">*</span>
      <span className="visually-hidden">{text.form.required}</span>
    </>
  )
  const amountMessageShown = Boolean(shown('amount') || overCap)
  /** aria-invalid and aria-describedby of a field: its help, then its message when it has one. */
  const described = (field: DonationVisitorField, help?: string) => {
    const invalid = field === 'amount' ? amountMessageShown : Boolean(shown(field))
    const ids = [help, invalid ? messageId(field) : undefined].filter(Boolean).join(' ')
    return { 'aria-describedby': ids || undefined, 'aria-invalid': invalid || undefined }
  }
  const message = (field: DonationVisitorField) => {
    const problem = shown(field)
    return (
      problem && (
        <p className="donation-problem" id={messageId(field)}>
          {problemText(problem, text, rules, locale)}
        </p>
      )
    )
  }

  if (step.at === 'summary' || step.at === 'checkout') {
    if (step.at === 'checkout') return <p role="status">{text.form.sending}</p>
    const summary = summarise(step.fields, groups)
    const perPayment = (cents: number) =>
      summary.frequency === 'monthly' ? fillIn(text.summary.perMonth, { amount: euros(cents) }) : euros(cents)
    return (
      <section className="donation-summary" aria-labelledby="donation-summary-title" ref={summaryRef} tabIndex={-1}>
        <h2 id="donation-summary-title">{text.summary.title}</h2>
        <dl>
          <dt>{text.fields.frequency}</dt>
          <dd>{text.frequency[summary.frequency]}</dd>
          <dt>{text.fields.amount}</dt>
          <dd data-testid="summary-amount">{perPayment(summary.amountCents)}</dd>
          {summary.shares.map((share) => (
            <Fragment key={share.group.slug}>
              <dt>{share.group.name}</dt>
              <dd data-testid={`summary-share-${share.group.slug}`}>{perPayment(share.cents)}</dd>
            </Fragment>
          ))}
          <dt>{text.summary.national}</dt>
          <dd data-testid="summary-national">{perPayment(summary.nationalCents)}</dd>
        </dl>
        <p data-testid="summary-cost">{taxCostText(summary.amountCents, summary.frequency, text, locale)}</p>
        {step.monthlyCents === undefined ? (
          <>
            <p>{text.summary.stripe}</p>
            <div className="donation-actions">
              <button type="button" className="button" disabled={step.sending} onClick={() => void send(step.fields)}>
                {step.sending ? text.form.sending : text.summary.confirm}
              </button>
              <button type="button" className="button secondary" disabled={step.sending} onClick={edit}>
                {text.summary.edit}
              </button>
            </div>
          </>
        ) : (
          <fieldset className="donation-monthly-choice">
            <legend>{fillIn(text.monthlyExists.question, { amount: euros(step.monthlyCents) })}</legend>
            <div className="donation-actions">
              <button type="button" className="button" disabled={step.sending} onClick={() => void send(step.fields, 'replace')}>
                {text.monthlyExists.replace}
              </button>
              <button type="button" className="button" disabled={step.sending} onClick={() => void send(step.fields, 'add')}>
                {text.monthlyExists.add}
              </button>
              <button type="button" className="button secondary" disabled={step.sending} onClick={edit}>
                {text.summary.edit}
              </button>
            </div>
          </fieldset>
        )}
        <p className="donation-status" role="status">
          {step.sending
            ? text.form.sending
            : step.notice === 'networkError'
              ? text.form.networkError
              : step.notice
                ? text[step.notice]
                : ''}
        </p>
      </section>
    )
  }

  const textField = (field: IdentityField, type: string, autoComplete: string, maxLength: number, help?: ReactNode, ltr = false) => (
    <div className="donation-row">
      <label htmlFor={fieldId(field)}>
        {text.fields[field]}
        {required}
      </label>
      <input
        id={fieldId(field)}
        name={field}
        type={type}
        autoComplete={autoComplete}
        dir={ltr ? 'ltr' : undefined}
        required
        maxLength={maxLength}
        value={values[field]}
        onChange={(event) => change(field, event.target.value)}
        onBlur={() => touch(field)}
        {...described(field, help ? `${fieldId(field)}-help` : undefined)}
      />
      {help && (
        <p className="donation-help" id={`${fieldId(field)}-help`}>
          {help}
        </p>
      )}
      {message(field)}
    </div>
  )

  const shareInput = (group: DonationGroup, label: string) => (
    <input
      id={donationShareFieldId(group.slug)}
      name={`${shareFieldPrefix}${group.slug}`}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      dir="ltr"
      size={8}
      aria-label={label}
      value={shares[group.slug] ?? ''}
      onChange={(event) => changeShare(group.slug, event.target.value)}
      onBlur={() => touch('shares')}
      {...described('shares')}
    />
  )
  const place = (group: DonationGroup) => [group.postcode, group.city].filter(Boolean).join(' ')
  const found = hydrated ? findGroups(groups, query).filter((group) => !chosen.includes(group.slug)) : []
  const chosenShares = typedShares(shares, chosen)

  return (
    <form className="donation-form" method="post" action={action} noValidate={hydrated} onSubmit={review}>
      <input type="hidden" name="language" value={locale} />

      <fieldset className="donation-choices" id={fieldId('frequency')} {...described('frequency')}>
        <legend>{text.frequency.legend}</legend>
        {donationFrequencies.map((frequency) => (
          <label key={frequency} className="donation-choice">
            <input
              id={fieldId(`frequency-${frequency}`)}
              type="radio"
              name="frequency"
              value={frequency}
              checked={values.frequency === frequency}
              onChange={() => change('frequency', frequency)}
            />
            {text.frequency[frequency]}
          </label>
        ))}
        {message('frequency')}
      </fieldset>

      <fieldset className="donation-choices" id={fieldId('amount')} {...described('amount', fieldId('amount-help'))}>
        <legend>
          {text.fields.amount}
          {required}
        </legend>
        <p className="donation-help" id={fieldId('amount-help')}>
          {fillIn(text.form.limits, { minimum: euros(rules.minimumCents), maximum: euros(largestDonationCents(rules)) })}
        </p>
        {rules.presetCents.map((cents) => (
          <label key={cents} className="donation-choice">
            <input
              id={fieldId(`amount-${eurosText(cents, 'en')}`)}
              type="radio"
              name="amountChoice"
              value={eurosText(cents, 'en')}
              checked={values.amountChoice === eurosText(cents, 'en')}
              onChange={(event) => {
                change('amountChoice', event.target.value)
                touch('amount')
              }}
            />
            {values.frequency === 'monthly' ? fillIn(text.summary.perMonth, { amount: euros(cents) }) : euros(cents)}
          </label>
        ))}
        <label className="donation-choice">
          <input
            id={fieldId('amount-other')}
            type="radio"
            name="amountChoice"
            value="other"
            checked={values.amountChoice === 'other'}
            onChange={() => change('amountChoice', 'other')}
          />
          {text.form.other}
        </label>
        <div className="donation-other">
          <label htmlFor={fieldId('amountOther')}>{text.form.otherLabel}</label>
          <input
            id={fieldId('amountOther')}
            name="amountOther"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            dir="ltr"
            size={10}
            value={values.amountOther}
            // Only a new choice: the focus a refusal over the cap sends here must not clear that refusal.
            onFocus={() => {
              if (values.amountChoice !== 'other') change('amountChoice', 'other')
            }}
            onChange={(event) => change('amountOther', event.target.value)}
            onBlur={() => touch('amount')}
            {...described('amount')}
          />
        </div>
        {overCap ? (
          <div className="donation-problem donation-over-cap" id={messageId('amount')}>
            <p>
              <strong>{text.overCap.title}</strong>
            </p>
            <ul>
              {overCapLines(overCap, text, locale).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p>{text.overCap.explanation}</p>
          </div>
        ) : (
          message('amount')
        )}
        {hydrated && amountHolds && amountCents !== null && (
          <p className="donation-help" data-testid="tax-cost">
            {taxCostText(amountCents, values.frequency, text, locale)}
          </p>
        )}
      </fieldset>

      {groups.length > 0 && (
        <fieldset className="donation-shares" id={fieldId('shares')} {...described('shares', fieldId('shares-help'))}>
          <legend>{text.fields.shares}</legend>
          <p className="donation-help" id={fieldId('shares-help')}>
            {text.form.sharesIntro}
          </p>
          {hydrated ? (
            <>
              {chosen.length > 0 && (
                <ul className="donation-share-rows">
                  {chosen.flatMap((slug) => {
                    const group = groups.find((candidate) => candidate.slug === slug)
                    if (!group) return []
                    return [
                      <li key={slug} className="donation-share-row">
                        <span className="donation-share-name">
                          {group.name}
                          {place(group) && <span className="donation-share-place"> — {place(group)}</span>}
                        </span>
                        <span className="donation-share-amount">
                          {shareInput(group, fillIn(text.form.shareInput, { group: group.name }))}
                          <span aria-hidden="true"> €</span>
                        </span>
                        <button
                          type="button"
                          className="link-button"
                          aria-label={fillIn(text.form.removeLabel, { group: group.name })}
                          onClick={() => removeGroup(slug)}
                        >
                          {text.form.remove}
                        </button>
                      </li>,
                    ]
                  })}
                </ul>
              )}
              <div className="donation-row donation-search">
                <label htmlFor={fieldId('share-search')}>{text.form.search}</label>
                <input
                  id={fieldId('share-search')}
                  type="search"
                  autoComplete="off"
                  value={query}
                  onChange={(event) => setQuery(event.target.value)}
                  aria-describedby={fieldId('share-search-help')}
                  aria-controls={fieldId('share-results')}
                />
                <p className="donation-help" id={fieldId('share-search-help')}>
                  {text.form.searchHelp}
                </p>
                <ul className="donation-results" id={fieldId('share-results')}>
                  {found.map((group) => (
                    <li key={group.slug}>
                      <button type="button" className="link-button" onClick={() => addGroup(group.slug)}>
                        {group.name}
                        {place(group) && ` — ${place(group)}`}
                      </button>
                    </li>
                  ))}
                </ul>
                <p role="status" className="donation-help">
                  {query.trim() && found.length === 0 ? text.form.searchEmpty : ''}
                </p>
              </div>
              {amountHolds && amountCents !== null && (
                <p className="donation-national" data-testid="national-rest">
                  {fillIn(text.form.nationalPart, { amount: euros(nationalRestCents(amountCents, chosenShares)) })}
                </p>
              )}
            </>
          ) : (
            groupsByDepartment(groups, locale).map(({ department, groups: members }) => (
              <details key={department ?? ''} className="donation-department">
                <summary>{department ? fillIn(text.form.department, { department }) : text.form.otherGroups}</summary>
                <ul className="donation-share-rows">
                  {members.map((group) => (
                    <li key={group.slug} className="donation-share-row">
                      <label htmlFor={donationShareFieldId(group.slug)} className="donation-share-name">
                        {group.name}
                        {place(group) && <span className="donation-share-place"> — {place(group)}</span>}
                      </label>
                      <span className="donation-share-amount">
                        {shareInput(group, fillIn(text.form.shareInput, { group: group.name }))}
                        <span aria-hidden="true"> €</span>
                      </span>
                    </li>
                  ))}
                </ul>
              </details>
            ))
          )}
          {message('shares')}
        </fieldset>
      )}

      <fieldset className="donation-identity">
        <legend>{text.form.identityLegend}</legend>
        <p className="donation-help">{text.form.identityIntro}</p>
        {textField('firstName', 'text', 'given-name', 80)}
        {textField('lastName', 'text', 'family-name', 80)}
        {textField('email', 'email', 'email', 254, text.form.emailHelp, true)}
        {textField('address', 'text', 'street-address', 200)}
        {textField('postcode', 'text', 'postal-code', 10, undefined, true)}
        {textField('city', 'text', 'address-level2', 100)}
        <div className="donation-row">
          <label htmlFor={fieldId('nationality')}>
            {text.fields.nationality}
            {required}
          </label>
          <select
            id={fieldId('nationality')}
            name="nationality"
            required
            value={values.nationality}
            onChange={(event) => {
              change('nationality', event.target.value)
              touch('nationality')
            }}
            {...described('nationality')}
          >
            <option value="">{text.form.chooseNationality}</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
          {message('nationality')}
        </div>
        {(!hydrated || foreign) && (
          <div className="donation-row donation-check">
            <input
              id={fieldId('residesInFrance')}
              name="residesInFrance"
              type="checkbox"
              value="yes"
              checked={values.residesInFrance === 'yes'}
              onChange={(event) => {
                change('residesInFrance', event.target.checked ? 'yes' : '')
                touch('residesInFrance')
              }}
              {...described('residesInFrance', fieldId('residesInFrance-help'))}
            />
            <label htmlFor={fieldId('residesInFrance')}>{text.fields.residesInFrance}</label>
            <p className="donation-help" id={fieldId('residesInFrance-help')}>
              {text.form.residenceHelp}
            </p>
            {message('residesInFrance')}
          </div>
        )}
        {textField('phone', 'tel', 'tel', 30, undefined, true)}
      </fieldset>

      <Honeypot id={fieldId('website')} label={text.form.honeypot} value={values.website} onChange={(value) => change('website', value)} />

      <div className="donation-row donation-check">
        <input
          id={fieldId('certify')}
          name="certify"
          type="checkbox"
          value="yes"
          required
          checked={values.certify === 'yes'}
          onChange={(event) => {
            change('certify', event.target.checked ? 'yes' : '')
            touch('certify')
          }}
          {...described('certify', fieldId('certify-help'))}
        />
        <label htmlFor={fieldId('certify')}>
          {text.legal.certify}
          {required}
        </label>
        <p className="donation-help" id={fieldId('certify-help')}>
          {text.legal.naturalPerson} <a href={privacyHref}>{text.form.privacyLink}</a>
        </p>
        {message('certify')}
      </div>

      {/* Without JavaScript the CMS takes the form straight to the checkout, which shows the amount before paying. */}
      <button type="submit" className="button">
        {hydrated ? text.form.review : text.summary.confirm}
      </button>
      <p className="donation-status" role="status">
        {hydrated && touched.size === donationVisitorFields.length && Object.keys(problems).length > 0 ? text.form.fixErrors : ''}
      </p>
    </form>
  )
}
