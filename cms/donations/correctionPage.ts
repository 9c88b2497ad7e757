import { env } from '../../env'
import { type DonationResponse, type DonationVisitorField, donationVisitorFields, shareFieldPrefix } from '../../publication/donation'
import { countryChoices } from '../../publication/countries'
import { donationText, fillIn, formatEuros } from '../../publication/donationText'
import { languageOfTexts, textsIn } from '../../publication/textsByLanguage'
import type { LocaleCode } from '../../publication/locales'
import { donatePath } from '../../publication/urls'
import { hiddenInput, standalonePage, standalonePageHeaders } from '../utilities/standalonePage'
import { escapeHtml } from '../utilities/html'
import { checkoutOrigin } from './stripeClient'

/**
 * The page a donation form posted without JavaScript comes back to when it is refused (a field,
 * the yearly cap, the monthly question, too many tries, Stripe away): what is wrong, in the
 * visitor's language, with an input for each field to correct and every other value carried along
 * unseen, so that nothing typed is lost; its button posts the form again. It stands alone, as
 * the cancel page: no script, nothing loaded from elsewhere, its one style block allowed by its hash.
 */

/** Which posted fields each visitor field stands for. */
const postedNames: Record<DonationVisitorField, (name: string) => boolean> = {
  frequency: (name) => name === 'frequency',
  amount: (name) => name === 'amountChoice' || name === 'amountOther',
  shares: (name) => name.startsWith(shareFieldPrefix),
  firstName: (name) => name === 'firstName',
  lastName: (name) => name === 'lastName',
  email: (name) => name === 'email',
  address: (name) => name === 'address',
  postcode: (name) => name === 'postcode',
  city: (name) => name === 'city',
  nationality: (name) => name === 'nationality',
  residesInFrance: (name) => name === 'residesInFrance',
  phone: (name) => name === 'phone',
  certify: (name) => name === 'certify',
}

/** The input a visitor corrects a field with, its current value in it, its problem said beside it. */
const fieldInput = (field: DonationVisitorField, values: Record<string, string>, locale: LocaleCode, problem: string | null) => {
  const text = textsIn(donationText, locale)
  const id = `field-${field}`
  const problemId = `${id}-problem`
  const said = problem ? `<p class="problem" id="${problemId}">${escapeHtml(problem)}</p>` : ''
  const described = problem ? ` aria-invalid="true" aria-describedby="${problemId}"` : ''
  const value = (name: string) => escapeHtml(values[name] ?? '')
  switch (field) {
    case 'frequency':
      return `<fieldset><legend>${escapeHtml(text.frequency.legend)}</legend>${said}${(['once', 'monthly'] as const)
        .map(
          (frequency) =>
            `<label class="choice"><input type="radio" name="frequency" value="${frequency}"${(values.frequency || 'once') === frequency ? ' checked' : ''}> ${escapeHtml(text.frequency[frequency])}</label>`,
        )
        .join('')}</fieldset>`
    case 'amount': {
      const amount = values.amountChoice && values.amountChoice !== 'other' ? values.amountChoice : (values.amountOther ?? '')
      return `${hiddenInput('amountChoice', 'other')}<label for="${id}">${escapeHtml(text.fields.amount)}</label>${said}<input type="text" inputmode="decimal" id="${id}" name="amountOther" value="${escapeHtml(amount)}" required${described}>`
    }
    case 'shares':
      return `<fieldset><legend>${escapeHtml(text.fields.shares)}</legend>${said}${Object.keys(values)
        .filter((name) => name.startsWith(shareFieldPrefix) && values[name]?.trim())
        .map(
          (name, index) =>
            `<label for="${id}-${index}">${escapeHtml(name.slice(shareFieldPrefix.length))}</label><input type="text" inputmode="decimal" id="${id}-${index}" name="${escapeHtml(name)}" value="${value(name)}"${described}>`,
        )
        .join('')}</fieldset>`
    case 'residesInFrance':
    case 'certify': {
      const label = field === 'certify' ? text.legal.certify : text.fields.residesInFrance
      return `${said}<label class="choice"><input type="checkbox" name="${field}" value="yes"${values[field] === 'yes' ? ' checked' : ''}${described}> ${escapeHtml(label)}</label>`
    }
    case 'nationality':
      return `<label for="${id}">${escapeHtml(text.fields.nationality)}</label>${said}<select id="${id}" name="nationality" required${described}><option value="">${escapeHtml(text.form.chooseNationality)}</option>${countryChoices(
        locale,
      )
        .map(({ code, name }) => `<option value="${code}"${values.nationality === code ? ' selected' : ''}>${escapeHtml(name)}</option>`)
        .join('')}</select>`
    default: {
      const type = field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'
      return `<label for="${id}">${escapeHtml(text.fields[field])}</label>${said}<input type="${type}" id="${id}" name="${field}" value="${value(field)}" required${described}>`
    }
  }
}

export interface CorrectionPageInput {
  locale: LocaleCode
  /** The form's fields as posted. */
  values: Record<string, string>
  /** Why it was refused. */
  response: Exclude<DonationResponse, { outcome: 'checkout' }>
  /** Where the form posts: the donation endpoint's path. */
  formAction: string
}

const body = ({ locale, values, response }: CorrectionPageInput): { shown: DonationVisitorField[]; html: string } => {
  const text = textsIn(donationText, locale)
  const euros = (cents: number) => formatEuros(cents, locale)
  switch (response.outcome) {
    case 'invalid': {
      const shown = donationVisitorFields.filter((field) => response.problems[field])
      const limits = { minimum: euros(env.donations.minimumCents), maximum: euros(env.donations.maximumCents) }
      return {
        shown,
        html: shown.map((field) => fieldInput(field, values, locale, fillIn(text.problems[response.problems[field]!], limits))).join('\n'),
      }
    }
    case 'over-cap': {
      const { figures } = response
      const lines = [
        fillIn(text.overCap.cap, { amount: euros(figures.capCents) }),
        fillIn(text.overCap.given, { amount: euros(figures.givenThisYearCents) }),
        fillIn(text.overCap.monthlyStillToCome, { amount: euros(figures.monthlyStillToComeCents) }),
        fillIn(text.overCap.thisDonation, { amount: euros(figures.thisDonationCents), count: figures.paymentsThisYear }),
        fillIn(text.overCap.stillPossible, { amount: euros(figures.stillPossibleCents) }),
        ...(figures.largestMonthlyCents === null
          ? []
          : [fillIn(text.overCap.largestMonthly, { amount: euros(figures.largestMonthlyCents) })]),
      ]
      return {
        shown: ['frequency', 'amount'],
        html: `<h2 id="over-cap">${escapeHtml(text.overCap.title)}</h2><ul class="figures">${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul><p>${escapeHtml(text.overCap.explanation)}</p>
${fieldInput('frequency', values, locale, null)}
${fieldInput('amount', values, locale, null)}`,
      }
    }
    case 'monthly-exists':
      return {
        shown: [],
        html: `<fieldset><legend>${escapeHtml(fillIn(text.monthlyExists.question, { amount: euros(response.currentCents) }))}</legend>${(
          ['replace', 'add'] as const
        )
          .map(
            (choice) =>
              `<label class="choice"><input type="radio" name="monthlyChoice" value="${choice}" required> ${escapeHtml(text.monthlyExists[choice])}</label>`,
          )
          .join('')}</fieldset>`,
      }
    default:
      return { shown: [], html: `<p>${escapeHtml(response.outcome === 'busy' ? text.busy : text.unavailable)}</p>` }
  }
}

/** The page, and (correctionPageHeaders) its headers. */
export const correctionPage = (input: CorrectionPageInput): string => {
  const { locale, values, response, formAction } = input
  // The page is in the language of its texts (French until this one has its own); the form it posts keeps the visitor's.
  const writtenIn = languageOfTexts(donationText, locale)
  const text = textsIn(donationText, writtenIn)
  const { shown, html } = body({ ...input, locale: writtenIn })
  const carried = Object.entries(values).filter(
    ([name]) =>
      name !== 'website' &&
      !(response.outcome === 'monthly-exists' && name === 'monthlyChoice') &&
      !shown.some((field) => postedNames[field](name)),
  )
  const siteForm = `${env.siteUrl.replace(/\/+$/, '')}${donatePath(locale)}`
  return standalonePage({
    locale: writtenIn,
    title: text.correction.title,
    body: `<p>${escapeHtml(text.correction.intro)}</p>
<form method="post" action="${escapeHtml(formAction)}">
${carried.map(([name, value]) => hiddenInput(name, value)).join('\n')}
${html}
<button type="submit">${escapeHtml(text.correction.submit)}</button>
</form>
<p><a href="${escapeHtml(siteForm)}">${escapeHtml(text.correction.back)}</a></p>`,
  })
}

/** A form that holds is answered with a redirect to the checkout: the page's form-action allows it. */
export const correctionPageHeaders = () => standalonePageHeaders([checkoutOrigin()])
