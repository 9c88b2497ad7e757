import { createHash } from 'node:crypto'

import { isLocaleCode, type LocaleCode, locales } from '../../../publication/locales'
import { languageOfTexts, textsIn } from '../../../publication/textsByLanguage'
import type { StandInEvent } from './events'
import { dashboardMessages, demoBanner, type PayPageMessages, payPageMessages } from './messages'
import type { CheckoutSessionRecord, StandInState } from './state'
import { escapeHtml } from '../../utilities/html'

/**
 * The stand-in's pages: the checkout look-alike a donor is sent to, and the dashboard a demo is
 * run from. Plain HTML forms (no script, nothing loaded from elsewhere, their one style block
 * allowed by its hash); the banner on each says that no payment is real. The dashboard shows
 * ids and amounts only: never a name nor an email.
 */
const style = `
  :root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b; background: #fff; }
  body { margin: 0; }
  .banner { background: #ffd60a; color: #1b1b1b; border-bottom: 4px solid #1b1b1b; padding: 0.6rem 1rem; text-align: center; }
  .banner p { margin: 0; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; }
  main, footer { max-width: 48rem; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 1.6rem; line-height: 1.2; }
  .amount { font-size: 2rem; font-weight: 700; margin: 0; }
  form { display: flex; flex-wrap: wrap; gap: 0.6rem; margin: 1rem 0; }
  td form { margin: 0; }
  button { font: inherit; font-weight: 600; padding: 0.6rem 1rem; border: 2px solid #1b1b1b; border-radius: 0.4rem;
    background: #1b1b1b; color: #fff; cursor: pointer; }
  button.secondary { background: #fff; color: #1b1b1b; }
  button:focus-visible, a:focus-visible { outline: 3px solid #0b57d0; outline-offset: 3px; }
  a { color: #0b57d0; }
  table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; }
  th, td { border-bottom: 1px solid #767676; padding: 0.4rem; text-align: start; vertical-align: top; }
  code { font-size: 0.85rem; word-break: break-all; }
`

const styleHash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`

/** Nothing runs, nothing loads; forms post here, and their answers may send the browser on to `formTargets`. */
export const pageSecurityPolicy = (formTargets: string[]) =>
  [
    "default-src 'none'",
    `style-src ${styleHash}`,
    `form-action 'self' ${formTargets.map((url) => new URL(url).origin).join(' ')}`.trim(),
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ')

const directionOf = (locale: LocaleCode) => locales.find((candidate) => candidate.code === locale)?.dir ?? 'ltr'

/** The first of the hub's languages a language tag (`fr-CA`, `pt-BR`) or a browser's list names, else French. */
export const pageLocale = (...tags: (string | null | undefined)[]): LocaleCode => {
  for (const tag of tags.flatMap((list) => (list ?? '').split(','))) {
    const language = tag.trim().split(/[-;]/, 1)[0]?.toLowerCase()
    if (isLocaleCode(language)) return language
  }
  return 'fr'
}

export const amountText = (cents: number, currency: string, locale: LocaleCode) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100)

/** Where Stripe sends the donor after paying: the success URL with the session's id put in. */
export const successUrlOf = (session: CheckoutSessionRecord) => session.successUrl.replaceAll('{CHECKOUT_SESSION_ID}', session.id)

const page = ({
  locale,
  title,
  body,
  bannerText,
}: {
  locale: LocaleCode
  title: string
  body: string
  bannerText: string
}) => `<!doctype html>
<html lang="${locale}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} — ${escapeHtml(demoBanner)}</title>
<style>${style}</style>
</head>
<body>
<header class="banner">
<p lang="fr" dir="ltr">${escapeHtml(demoBanner)}</p>
${locale === 'fr' ? '' : `<p>${escapeHtml(bannerText)}</p>\n`}</header>
${body}
</body>
</html>
`

const link = (href: string, text: string) => `<p><a href="${escapeHtml(href)}">${escapeHtml(text)}</a></p>`

const button = (value: string, text: string, secondary = false) =>
  `<button type="submit" name="action" value="${value}"${secondary ? ' class="secondary"' : ''}>${escapeHtml(text)}</button>`

const payPageBody = (session: CheckoutSessionRecord, messages: PayPageMessages, locale: LocaleCode) => {
  const summary = `<p class="amount">${escapeHtml(amountText(session.amountTotal, session.currency, locale))}</p>
<p>${escapeHtml(session.mode === 'subscription' ? messages.monthly : messages.once)} · ${escapeHtml(session.productName)}</p>`
  const form = (...buttons: string[]) => `<form method="post" action="/pay/${escapeHtml(session.id)}">\n${buttons.join('\n')}\n</form>`
  const backToSite = link(successUrlOf(session), messages.backToSite)
  if (session.status === 'open') {
    return `<h1>${escapeHtml(messages.title)}</h1>
${summary}
<p>${escapeHtml(messages.explanation)}</p>
<h2>${escapeHtml(messages.choices)}</h2>
${form(button('pay', messages.pay), button('delayed', messages.delayed), button('cancel', messages.cancel, true))}`
  }
  if (session.status === 'expired') {
    return `<h1>${escapeHtml(messages.expiredTitle)}</h1>\n${summary}\n${session.cancelUrl ? link(session.cancelUrl, messages.backToSite) : ''}`
  }
  if (session.delayed === 'pending') {
    return `<h1>${escapeHtml(messages.awaitingTitle)}</h1>
${summary}
<p>${escapeHtml(messages.awaitingText)}</p>
${form(button('settle-ok', messages.settleOk), button('settle-failed', messages.settleFailed, true))}
${backToSite}`
  }
  const title = session.delayed === 'failed' ? messages.failedTitle : messages.paidTitle
  return `<h1>${escapeHtml(title)}</h1>\n${summary}\n${backToSite}`
}

export const payPageHtml = (session: CheckoutSessionRecord | undefined, language: LocaleCode) => {
  // In the language of its texts (French until this one has its own), and marked so.
  const locale = languageOfTexts(payPageMessages, language)
  const messages = textsIn(payPageMessages, locale)
  const content = session ? payPageBody(session, messages, locale) : `<h1>${escapeHtml(messages.notFoundTitle)}</h1>`
  const title = session ? messages.title : messages.notFoundTitle
  return page({
    locale,
    title,
    bannerText: messages.banner,
    body: `<main>\n${content}\n</main>\n<footer>${link('/', messages.dashboard)}</footer>`,
  })
}

const table = (heading: string, columns: string[], rows: string[][], none: string) =>
  `<h2>${escapeHtml(heading)}</h2>\n` +
  (rows.length === 0
    ? `<p>${escapeHtml(none)}</p>`
    : `<table>
<thead><tr>${columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>`)

const control = (action: string, text: string, secondary = false) =>
  `<form method="post" action="${escapeHtml(action)}"><button type="submit"${secondary ? ' class="secondary"' : ''}>${escapeHtml(text)}</button></form>`

export const dashboardHtml = (state: StandInState, events: StandInEvent[], locale: 'fr' | 'en') => {
  const text = dashboardMessages[locale]
  const amount = (cents: number, currency: string) => escapeHtml(amountText(cents, currency, locale))
  const code = (id: string) => `<code>${escapeHtml(id)}</code>`
  const date = (seconds: number) => escapeHtml(new Date(seconds * 1000).toISOString().slice(0, 10))
  const newestFirst = <T>(records: Iterable<T>) => [...records].reverse()

  const sessions = newestFirst(state.sessions.values()).map((session) => [
    code(session.id),
    escapeHtml(session.mode === 'subscription' ? textsIn(payPageMessages, locale).monthly : textsIn(payPageMessages, locale).once),
    amount(session.amountTotal, session.currency),
    escapeHtml(`${session.status} / ${session.paymentStatus}${session.delayed ? ` / ${session.delayed}` : ''}`),
    `<a href="/pay/${escapeHtml(session.id)}">${escapeHtml(text.openPage)}</a>`,
  ])
  const subscriptions = newestFirst(state.subscriptions.values()).map((subscription) => {
    const live = subscription.status === 'active' || subscription.status === 'past_due'
    const path = `/stand-in/subscriptions/${subscription.id}`
    return [
      code(subscription.id),
      amount(subscription.amount, subscription.currency),
      escapeHtml(subscription.status),
      date(subscription.periodEnd),
      live
        ? [
            control(`${path}/renew`, text.renew),
            control(`${path}/fail`, text.failRenewal, true),
            control(`${path}/cancel`, text.cancelSubscription, true),
          ].join('')
        : '',
    ]
  })
  const payments = newestFirst(state.payments.values()).map((payment) => {
    const path = `/stand-in/payments/${payment.id}`
    const open = payment.status === 'succeeded' && !payment.disputeId && payment.amountRefunded < payment.amount
    return [
      code(payment.id),
      amount(payment.amount, payment.currency),
      escapeHtml(`${payment.status}${payment.disputeId ? ` (${text.disputed})` : ''}`),
      amount(payment.amountRefunded, payment.currency),
      open ? [control(`${path}/refund`, text.refund), control(`${path}/dispute`, text.dispute, true)].join('') : '',
    ]
  })

  const body = `<main>
<h1>${escapeHtml(text.title)}</h1>
<p>${escapeHtml(text.intro)}</p>
${table(text.sessions, [text.id, text.mode, text.amount, text.status, text.actions], sessions, text.none)}
${table(text.subscriptions, [text.id, text.amount, text.status, text.periodEnd, text.actions], subscriptions, text.none)}
${table(text.payments, [text.id, text.amount, text.status, text.refunded, text.actions], payments, text.none)}
<h2>${escapeHtml(text.events)}</h2>
<p>${escapeHtml(text.eventsSent(events.length))}</p>
${events.length > 0 ? control('/stand-in/replay', text.replay, true) : ''}
</main>`
  return page({ locale, title: text.title, bannerText: textsIn(payPageMessages, locale).banner, body })
}

/** A control the state refuses (a refund already made…): Stripe's message, and the way back. */
export const refusalHtml = (message: string, locale: 'fr' | 'en') => {
  const text = dashboardMessages[locale]
  return page({
    locale,
    title: text.refused,
    bannerText: textsIn(payPageMessages, locale).banner,
    body: `<main>\n<h1>${escapeHtml(text.refused)}</h1>\n<p>${escapeHtml(message)}</p>\n${link('/', text.back)}\n</main>`,
  })
}
