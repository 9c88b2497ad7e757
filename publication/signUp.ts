import { z } from 'zod'

/**
 * The contract between the event page's sign-up form (static HTML and its island) and the CMS's
 * public endpoints (cms/endpoints/): their paths, the form's fields, how a bad field is named, and
 * the outcomes the visitor is shown. The CMS checks everything again; the island only helps.
 */

/** The CMS's public endpoints, under its `/api` (SERVER_URL + apiPath). */
export const publicEndpointPaths = {
  /** POST, form-encoded (no JavaScript: 303 to the site) or with `Accept: application/json` (the island). */
  signUp: '/public/sign-up',
  /** GET `?event=<id>`: an event's seats, counts only (SeatsLeft), cached a few seconds. */
  seats: '/public/seats',
  /** GET `?token=…&lang=…`: a page whose button cancels (a GET changes nothing); POST: cancels, 303 to the site. */
  cancel: '/public/cancel',
} as const

/** What the sign-up form sends. `website` is the honeypot: a person leaves it empty. */
export const signUpFieldNames = ['event', 'language', 'firstName', 'email', 'phone', 'guests', 'consent', 'website'] as const

/** The fields a visitor fills in, in the form's order: a problem names one of these. */
export const signUpVisitorFields = ['firstName', 'email', 'phone', 'guests', 'consent'] as const
export type SignUpVisitorField = (typeof signUpVisitorFields)[number]

/** Why a field is refused; the site says it in the visitor's language (`signUp.problems.<problem>`). */
export const signUpProblems = z.enum([
  'firstNameRequired',
  'firstNameTooLong',
  'firstNameInvalid',
  'emailInvalid',
  'phoneRequired',
  'phoneInvalid',
  'guestsNotWholeNumber',
  'guestsTooMany',
  'consentRequired',
])
export type SignUpProblem = z.infer<typeof signUpProblems>
export type SignUpProblems = Partial<Record<SignUpVisitorField, SignUpProblem>>

export const firstNameMaxLength = 80
/** RFC 5321's longest path, less its brackets. */
export const emailMaxLength = 254
/**
 * A person's first name: letters (any script, with their accents), spaces, apostrophes, hyphens and
 * periods. No digits, links, @, slashes or colons: the confirmation email greets the person with
 * it, and must not carry a stranger's message to any address.
 */
const firstNamePattern = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u
const phonePattern = /^\+?[0-9 ().-]{6,30}$/
/**
 * An address as the CMS's email field takes it (Payload's own check, payload/dist/fields/
 * validations.js): a plain local part, one @, a dotted domain; no spaces, quotes, brackets or
 * display name. The sign-up writes the row beneath Payload, so this is the check: an address like
 * `Any text<victim@…>` would have the confirmation carry a stranger's text to someone's inbox, and
 * count as a new address to the flood limit.
 */
const emailPattern =
  /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i

/** Whether the CMS takes this as an email address (the form's check, and the sign-up's own before it writes). */
export const isEmailAddress = (email: string) => email.length <= emailMaxLength && emailPattern.test(email)

/** What one event asks of its form (from its snapshot entry, or the CMS's record). */
export interface SignUpFormRules {
  askPhone: boolean
  maxGuests: number
}

export interface SignUpFields {
  firstName: string
  email: string
  phone: string | null
  guests: number
}

/**
 * Checks what a visitor typed against an event's rules: each bad field named with its problem,
 * or the clean values. The island runs it as the person types; the endpoint runs it again.
 */
export const checkSignUpForm = (
  input: Partial<Record<(typeof signUpFieldNames)[number], string | null | undefined>>,
  rules: SignUpFormRules,
): { ok: true; fields: SignUpFields } | { ok: false; problems: SignUpProblems } => {
  const problems: SignUpProblems = {}
  const firstName = (input.firstName ?? '').trim()
  if (!firstName) problems.firstName = 'firstNameRequired'
  else if (firstName.length > firstNameMaxLength) problems.firstName = 'firstNameTooLong'
  else if (!firstNamePattern.test(firstName)) problems.firstName = 'firstNameInvalid'
  const email = (input.email ?? '').trim()
  if (!isEmailAddress(email)) problems.email = 'emailInvalid'
  const phone = (input.phone ?? '').trim()
  if (rules.askPhone && !phone) problems.phone = 'phoneRequired'
  else if (rules.askPhone && !phonePattern.test(phone)) problems.phone = 'phoneInvalid'
  const guestsText = (input.guests ?? '').trim() || '0'
  const guests = /^\d{1,2}$/.test(guestsText) ? Number(guestsText) : Number.NaN
  if (!Number.isInteger(guests)) problems.guests = 'guestsNotWholeNumber'
  else if (guests > rules.maxGuests) problems.guests = 'guestsTooMany'
  if (input.consent !== 'yes') problems.consent = 'consentRequired'
  if (Object.keys(problems).length > 0) return { ok: false, problems }
  return { ok: true, fields: { firstName, email, phone: rules.askPhone ? phone : null, guests } }
}

/**
 * What the visitor is shown after posting the form: a page of the site each
 * (`signUpResultPath`), or the JSON `{ outcome }` the island shows in place.
 * - `confirmed`, `waitlisted`, `full`: an email already registered for the event gets the answer a
 *   new person would get now, and the email tells them the truth. A distinct "already registered"
 *   answer would let anyone who knows an address learn whether its owner signed up (a political
 *   opinion).
 * - `closed`: the event takes no sign-ups (not yet open, closed, cancelled, postponed, gone).
 * - `busy`: too many sign-ups from this connection or for this address; try again later.
 * - `cancelled`: the personal link cancelled a registration; `cancel-link-invalid`: it matched none.
 */
export const signUpOutcomes = z.enum(['confirmed', 'waitlisted', 'full', 'closed', 'busy', 'cancelled', 'cancel-link-invalid'])
export type SignUpOutcome = z.infer<typeof signUpOutcomes>

/** The JSON answers of the sign-up endpoint (the island parses them with this). */
export const signUpResponse = z.union([
  z.object({ outcome: signUpOutcomes }),
  z.object({ outcome: z.literal('invalid'), problems: z.partialRecord(z.enum(signUpVisitorFields), signUpProblems) }),
])
export type SignUpResponse = z.infer<typeof signUpResponse>

/** The JSON answer of the seats endpoint. `left` is null for an event without a limit. */
export const seatsResponse = z.object({
  open: z.boolean(),
  capacity: z.number().int().nullable(),
  left: z.number().int().nonnegative().nullable(),
  waitlist: z.boolean(),
})
export type SeatsResponse = z.infer<typeof seatsResponse>

/**
 * Without JavaScript, a refused form comes back to the event page at this fragment: the page holds
 * one anchor per set of bad fields, and its CSS (`:has(:target[data-fields~=…])`) shows each one's
 * message. The fields are in the form's order.
 */
export const signUpProblemsFragment = (fields: readonly SignUpVisitorField[]) =>
  `fix-${signUpVisitorFields.filter((field) => fields.includes(field)).join('-')}`

/** Every set of fields that can be refused together, for the page's anchors. */
export const signUpProblemFieldSets = (): SignUpVisitorField[][] =>
  Array.from({ length: 2 ** signUpVisitorFields.length - 1 }, (_, index) =>
    signUpVisitorFields.filter((_, bit) => ((index + 1) >> bit) & 1),
  )
