import { costAfterTaxReduction, donationEndpointPaths, yearlyCapCents } from '../../../publication/donation'
import { type LocaleCode, defaultLocale, locales, siteLocaleCodes } from '../../../publication/locales'
import { donatePath } from '../../../publication/urls'
import { env } from '../../../env'
import type { DonationEmailKind } from './kinds'
import { donationEmailMessages } from './messages'
import { languageOfTexts, textsIn } from '../../../publication/textsByLanguage'
import { escapeHtml, withoutTrailingSlash } from '../../utilities/html'

/**
 * What one donor email says, gathered by send.ts from the database at send time: the donor's
 * first name and address, the amount, the split with each group's name in the donor's language,
 * and what the kind needs besides (the manage token, what the person may still give this year).
 */
export interface DonationEmailFacts {
  kind: DonationEmailKind
  language: LocaleCode
  to: string
  firstName: string
  amountCents: number
  monthly: boolean
  /** When the payment was made (refunds). */
  paidAt: string | null
  /** Each group's share, its name in the donor's language (null: the group was deleted since). */
  shares: { name: string | null; cents: number }[]
  nationalCents: number
  /** The monthly donation's manage token (a monthly thank-you, a failed monthly payment). */
  manageToken: string | null
  /** Over the cap: what the person may still give this year. */
  stillPossibleCents: number | null
}

export interface DonationEmail {
  to: string
  subject: string
  text: string
  html: string
}

/** Euros as the donor's language writes them; whole euros without decimals (« 50 € », « 17,50 € »). */
export const eurosIn = (language: LocaleCode, cents: number) =>
  new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100)

/** The monthly donor's personal page (a page of the CMS, opening it changes nothing), in their language. */
export const manageUrlOf = (token: string, language: LocaleCode) =>
  `${withoutTrailingSlash(env.serverUrl)}/api${donationEndpointPaths.manage}?${new URLSearchParams({ token, lang: language })}`

/** A block of the email: a paragraph, a list of label–amount lines, or a link under its sentence. */
type Block = { paragraph: string } | { heading: string; lines: { label: string; value: string }[] } | { lead: string; url: string }

/**
 * One donor email, text and HTML, in the donor's language. Plain HTML: no remote image, no
 * tracking, `dir` for right-to-left languages. The manage link is derived by the caller at send
 * time; it is written into the email and nowhere else.
 */
export const composeDonationEmail = (facts: DonationEmailFacts): DonationEmail => {
  const { kind, language } = facts
  // Written in the language of its texts (French until this one has its own), and marked so; its links stay in the donor's.
  const writtenIn = languageOfTexts(donationEmailMessages, language)
  const messages = textsIn(donationEmailMessages, writtenIn)
  const euros = (cents: number) => eurosIn(writtenIn, cents)
  const colon = writtenIn === 'fr' ? '\u00a0: ' : ': '
  const amount = euros(facts.amountCents)
  const paidOn = new Intl.DateTimeFormat(writtenIn, { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
    facts.paidAt ? new Date(facts.paidAt) : new Date(),
  )
  const split: Block = {
    heading: messages.splitHeading,
    lines: [
      ...facts.shares.map(({ name, cents }) => ({ label: name ?? messages.formerGroup, value: euros(cents) })),
      ...(facts.nationalCents > 0 ? [{ label: messages.nationalPart, value: euros(facts.nationalCents) }] : []),
    ],
  }
  const manage: Block[] = facts.manageToken
    ? [{ lead: messages.manageLink, url: manageUrlOf(facts.manageToken, language) }, { paragraph: messages.keepLinkPrivate }]
    : []
  const donatePage = `${withoutTrailingSlash(env.siteUrl)}${donatePath(siteLocaleCodes.includes(language) ? language : defaultLocale)}`

  const blocksOf: Record<DonationEmailKind, () => Block[]> = {
    'thank-you': () => [
      { paragraph: facts.monthly ? messages.thankYou.monthly(amount) : messages.thankYou.once(amount) },
      split,
      { paragraph: messages.costAfterReduction[facts.monthly ? 'monthly' : 'once'](euros(costAfterTaxReduction(facts.amountCents))) },
      { paragraph: messages.receipt },
      ...manage,
    ],
    'monthly-failed': () => [
      { paragraph: messages.monthlyFailed(amount) },
      { paragraph: messages.newCard },
      ...manage,
      { lead: messages.donatePage, url: donatePage },
    ],
    refund: () => [
      { paragraph: messages.refunded(amount, paidOn) },
      ...(facts.shares.length > 0 ? [{ paragraph: messages.sharesWithdrawn }, split] : []),
      { paragraph: messages.noReceipt },
    ],
    'over-cap-refund': () => [
      { paragraph: messages.refunded(amount, paidOn) },
      { paragraph: messages.overCap(euros(yearlyCapCents)) },
      { paragraph: facts.stillPossibleCents ? messages.stillPossible(euros(facts.stillPossibleCents)) : messages.capReached },
      { paragraph: messages.noReceipt },
    ],
    'monthly-cancelled': () => [{ paragraph: messages.monthlyCancelled(amount) }, { paragraph: messages.paymentsKept }],
  }
  const blocks = blocksOf[kind]()
  const subject = messages.subjects[kind]
  const footer = messages.footer(env.donations.retentionYears)

  const textOf = (block: Block) =>
    'paragraph' in block
      ? block.paragraph
      : 'lines' in block
        ? [block.heading, ...block.lines.map(({ label, value }) => `- ${label}${colon}${value}`)].join('\n')
        : `${block.lead}\n${block.url}`
  const text = [messages.greeting(facts.firstName), ...blocks.map(textOf), `-- \n${footer}`].join('\n\n')

  const htmlOf = (block: Block) =>
    'paragraph' in block
      ? `<p>${escapeHtml(block.paragraph)}</p>`
      : 'lines' in block
        ? [
            `<h2 style="font-size: 1.1em;">${escapeHtml(block.heading)}</h2>`,
            '<table role="presentation" style="border-collapse: collapse;">',
            ...block.lines.map(
              ({ label, value }) =>
                `<tr><td style="padding: 0.2em 0; padding-inline-end: 1em;">${escapeHtml(label)}</td><td style="padding: 0.2em 0; font-weight: bold;">${escapeHtml(value)}</td></tr>`,
            ),
            '</table>',
          ].join('\n')
        : `<p>${escapeHtml(block.lead)}<br><a href="${escapeHtml(block.url)}">${escapeHtml(block.url)}</a></p>`
  const { dir } = locales.find((locale) => locale.code === writtenIn)!
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${writtenIn}" dir="${dir}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;">',
    `<p>${escapeHtml(messages.greeting(facts.firstName))}</p>`,
    ...blocks.map(htmlOf),
    `<hr><p style="font-size: 0.9em; color: #555;">${escapeHtml(footer)}</p>`,
    '</body>',
    '</html>',
  ].join('\n')

  return { to: facts.to, subject, text, html }
}
