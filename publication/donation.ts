import { z } from 'zod'

import { isEmailAddress } from './signUp'

/**
 * The contract between the donation form (static HTML and its island) and the CMS: the form's
 * fields, how a bad field is named, and the law's numbers. Money is in euro cents, whole numbers,
 * everywhere. The CMS checks everything again, and the yearly cap once more when the payment is
 * confirmed (cms/donations/); the island only helps.
 */

/** Loi 88-227, art. 11-4: what one person may give to political parties in a calendar year, all parties together. */
export const yearlyCapCents = 750_000

/** The tax reduction on a donation to a party (CGI art. 200), within 20 % of taxable income. */
export const taxReductionRate = 0.66

export const donationFrequencies = ['once', 'monthly'] as const
export type DonationFrequency = (typeof donationFrequencies)[number]

/** The CMS's donation endpoints, under its `/api` (SERVER_URL + apiPath). */
export const donationEndpointPaths = {
  /**
   * POST, form-encoded. Without JavaScript: a 303 to the checkout when everything holds, else a
   * page of the CMS naming each problem, with the form's values kept (the static site cannot show
   * a server's answer). With `Accept: application/json` (the island): a `DonationResponse`.
   */
  donate: '/public/donate',
  /** GET `?session=<checkout session id>`: `{ status }` of that donation, nothing else (the thank-you page). */
  status: '/public/donation-status',
  /** GET `?token=…&lang=…`: the monthly donation's own page (changes nothing); POST: change its split, or stop it. */
  manage: '/public/monthly-donation',
  /** POST: Stripe's webhooks (raw body, signature checked). */
  stripeWebhook: '/stripe/webhook',
} as const

/** What the form sends. `share.<group slug>` fields carry the earmarked euros; `website` is the honeypot. */
export const donationFieldNames = [
  'language',
  'frequency',
  'amountChoice',
  'amountOther',
  'firstName',
  'lastName',
  'email',
  'address',
  'postcode',
  'city',
  'nationality',
  'residesInFrance',
  'phone',
  'certify',
  /** Someone who already gives monthly and starts a new monthly donation: `replace` or `add` (asked by the endpoint). */
  'monthlyChoice',
  'website',
] as const
export type DonationFieldName = (typeof donationFieldNames)[number]

/** The prefix of a share field: `share.<group slug>` = euros for that group. */
export const shareFieldPrefix = 'share.'

/** The fields a visitor fills in, in the form's order: a problem names one of these. */
export const donationVisitorFields = [
  'frequency',
  'amount',
  'shares',
  'firstName',
  'lastName',
  'email',
  'address',
  'postcode',
  'city',
  'nationality',
  'residesInFrance',
  'phone',
  'certify',
] as const
export type DonationVisitorField = (typeof donationVisitorFields)[number]

/** Why a field is refused; the site says it in the visitor's language (`donate.problems.<problem>`). */
export const donationProblems = z.enum([
  'frequencyInvalid',
  'amountRequired',
  'amountInvalid',
  'amountBelowMinimum',
  'amountAboveMaximum',
  'shareInvalid',
  'shareGroupUnknown',
  'sharesAboveAmount',
  'firstNameRequired',
  'firstNameInvalid',
  'lastNameRequired',
  'lastNameInvalid',
  'emailInvalid',
  'addressRequired',
  'postcodeInvalid',
  'cityRequired',
  'nationalityRequired',
  'residenceRequired',
  'phoneRequired',
  'phoneInvalid',
  'certifyRequired',
])
export type DonationProblem = z.infer<typeof donationProblems>
export type DonationProblems = Partial<Record<DonationVisitorField, DonationProblem>>

/** What the organisation set for its form (the CMS's donation settings). */
export interface DonationRules {
  minimumCents: number
  /** The most one donation (one payment of a monthly one) may be; never above the yearly cap. */
  maximumCents: number
  /** The groups a donation may be earmarked to (active ones), by slug. */
  groupSlugs: ReadonlySet<string>
}

/** A person's name: letters of any script, spaces, apostrophes, hyphens, periods; no digits or links. */
const namePattern = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u
const nameMaxLength = 80
/**
 * Latin, Greek and Cyrillic share letters that look alike (`а` and `a`): a word mixing them reads
 * as another person's name on a receipt while counting as a new person for the yearly cap.
 */
const lookAlikeScripts = [/\p{Script=Latin}/u, /\p{Script=Greek}/u, /\p{Script=Cyrillic}/u]
const mixesLookAlikeScripts = (name: string) =>
  name.split(/[\s'’.-]+/).some((word) => lookAlikeScripts.filter((script) => script.test(word)).length > 1)
const phonePattern = /^\+?[0-9 ().-]{6,30}$/
/** A French postcode, or another country's (letters, digits, a space or a hyphen). */
const postcodePattern = /^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/
/** ISO 3166-1 alpha-2, as the form's list of nationalities sends it. */
const countryPattern = /^[A-Z]{2}$/

/**
 * Euros as people type them: `30`, `30,50`, `30.5`, `1 000`, `1 000,00 €`; cents, or null when
 * it is not an amount (negative, three decimals, letters).
 */
export function parseEuros(text: string): number | null {
  const plain = text.replace(/[\s\u00a0\u202f€]/g, '')
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(plain)
  if (!match) return null
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}

/** Cents as the form writes them back into a field: `30`, `30,50` in French, `30.50` elsewhere. */
export const eurosText = (cents: number, locale: string) => {
  const whole = Math.floor(cents / 100)
  const rest = cents % 100
  return rest === 0 ? String(whole) : `${whole}${locale === 'fr' ? ',' : '.'}${String(rest).padStart(2, '0')}`
}

export interface DonationShare {
  group: string
  cents: number
}

export interface DonorIdentity {
  firstName: string
  lastName: string
  email: string
  address: string
  postcode: string
  city: string
  /** ISO 3166-1 alpha-2 */
  nationality: string
  /** Fiscal residence in France: always true for a French national, declared by anyone else. */
  residesInFrance: boolean
  phone: string
}

export interface DonationFields {
  frequency: DonationFrequency
  amountCents: number
  /** The groups' shares, each above zero; what they leave goes to the national organisation. */
  shares: DonationShare[]
  /** The national organisation's part: the amount less the shares. */
  nationalCents: number
  donor: DonorIdentity
}

type DonationInput = Partial<Record<string, string | null | undefined>>

const read = (input: DonationInput, name: string) => (input[name] ?? '').trim()

/**
 * Checks a posted donation form: each bad field named with its problem, or the clean values.
 * Nothing here reads the database: the yearly cap is checked apart (cms/donations/yearlyCap.ts).
 */
export function checkDonationForm(
  input: DonationInput,
  rules: DonationRules,
): { ok: true; fields: DonationFields } | { ok: false; problems: DonationProblems } {
  const problems: DonationProblems = {}

  const frequency = read(input, 'frequency') || 'once'
  if (!(donationFrequencies as readonly string[]).includes(frequency)) problems.frequency = 'frequencyInvalid'

  const choice = read(input, 'amountChoice')
  const amountText = choice === 'other' || choice === '' ? read(input, 'amountOther') : choice
  const amountCents = amountText ? parseEuros(amountText) : null
  if (!amountText) problems.amount = 'amountRequired'
  else if (amountCents === null || amountCents === 0) problems.amount = 'amountInvalid'
  else if (amountCents < rules.minimumCents) problems.amount = 'amountBelowMinimum'
  else if (amountCents > Math.min(rules.maximumCents, yearlyCapCents)) problems.amount = 'amountAboveMaximum'

  const shares: DonationShare[] = []
  for (const [name, value] of Object.entries(input)) {
    if (!name.startsWith(shareFieldPrefix)) continue
    const text = (value ?? '').trim()
    if (!text) continue
    const group = name.slice(shareFieldPrefix.length)
    const cents = parseEuros(text)
    if (!rules.groupSlugs.has(group)) problems.shares ??= 'shareGroupUnknown'
    else if (cents === null) problems.shares ??= 'shareInvalid'
    else if (cents > 0) shares.push({ group, cents })
  }
  const sharedCents = shares.reduce((sum, share) => sum + share.cents, 0)
  if (!problems.shares && amountCents !== null && !problems.amount && sharedCents > amountCents) problems.shares = 'sharesAboveAmount'

  const name = (field: 'firstName' | 'lastName') => {
    // Fullwidth and other compatibility forms are the letters they stand for: `Ｃａｍｉｌｌｅ` is Camille.
    const value = read(input, field).normalize('NFKC')
    if (!value) problems[field] = field === 'firstName' ? 'firstNameRequired' : 'lastNameRequired'
    else if (value.length > nameMaxLength || !namePattern.test(value) || mixesLookAlikeScripts(value))
      problems[field] = field === 'firstName' ? 'firstNameInvalid' : 'lastNameInvalid'
    return value
  }
  const firstName = name('firstName')
  const lastName = name('lastName')
  const email = read(input, 'email')
  if (!isEmailAddress(email)) problems.email = 'emailInvalid'
  const address = read(input, 'address')
  if (!address || address.length > 200) problems.address = 'addressRequired'
  const postcode = read(input, 'postcode')
  if (!postcodePattern.test(postcode)) problems.postcode = 'postcodeInvalid'
  const city = read(input, 'city')
  if (!city || city.length > 100) problems.city = 'cityRequired'
  const nationality = read(input, 'nationality').toUpperCase()
  if (!countryPattern.test(nationality)) problems.nationality = 'nationalityRequired'
  // The law takes French nationals, and others only when fiscally resident in France.
  const residesInFrance = nationality === 'FR' || read(input, 'residesInFrance') === 'yes'
  if (countryPattern.test(nationality) && !residesInFrance) problems.residesInFrance = 'residenceRequired'
  const phone = read(input, 'phone')
  if (!phone) problems.phone = 'phoneRequired'
  else if (!phonePattern.test(phone)) problems.phone = 'phoneInvalid'
  if (read(input, 'certify') !== 'yes') problems.certify = 'certifyRequired'

  if (Object.keys(problems).length > 0 || amountCents === null) return { ok: false, problems }
  return {
    ok: true,
    fields: {
      frequency: frequency as DonationFrequency,
      amountCents,
      shares,
      nationalCents: amountCents - sharedCents,
      donor: { firstName, lastName, email, address, postcode, city, nationality, residesInFrance, phone },
    },
  }
}

/** What a donation costs its donor after the tax reduction (66 %, within 20 % of taxable income), in cents. */
export const costAfterTaxReduction = (amountCents: number) => Math.round(amountCents * (1 - taxReductionRate))

/** The figures of a refusal over the yearly cap (cms/donations/yearlyCap.ts computes them), all in cents. */
export const capFiguresSchema = z.object({
  capCents: z.number().int(),
  givenThisYearCents: z.number().int(),
  monthlyStillToComeCents: z.number().int(),
  thisDonationCents: z.number().int(),
  paymentsThisYear: z.number().int(),
  stillPossibleCents: z.number().int(),
  largestMonthlyCents: z.number().int().nullable(),
})
export type CapFigures = z.infer<typeof capFiguresSchema>

/**
 * The JSON answers of the donation endpoint (the island parses them with this):
 * - `checkout`: go to `url` (Stripe's checkout page, or the local stand-in's);
 * - `invalid`: each bad field and why; nothing was stored, Stripe was not called;
 * - `over-cap`: this donation would take the person over the law's yearly cap: every figure;
 * - `monthly-exists`: they already give monthly (`currentCents` a month): send again with
 *   `monthlyChoice` = `replace` or `add`;
 * - `busy`: too many tries from this connection or for this address; `unavailable`: payments
 *   cannot be taken right now (Stripe did not answer); nothing was stored.
 */
export const donationResponse = z.union([
  z.object({ outcome: z.literal('checkout'), url: z.url() }),
  z.object({ outcome: z.literal('invalid'), problems: z.partialRecord(z.enum(donationVisitorFields), donationProblems) }),
  z.object({ outcome: z.literal('over-cap'), figures: capFiguresSchema }),
  z.object({ outcome: z.literal('monthly-exists'), currentCents: z.number().int() }),
  z.object({ outcome: z.enum(['busy', 'unavailable']) }),
])
export type DonationResponse = z.infer<typeof donationResponse>

/** What the thank-you page may learn of a donation: its status, nothing else. */
export const donationStatusResponse = z.object({
  status: z.enum(['pending', 'succeeded', 'failed', 'expired', 'refunded', 'disputed', 'unknown']),
})
export type DonationStatusResponse = z.infer<typeof donationStatusResponse>
