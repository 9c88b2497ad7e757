import { calendarOf } from '../../../publication/calendar'
import { type LocaleCode, defaultLocale, locales, siteLocaleCodes } from '../../../publication/locales'
import { publicEndpointPaths } from '../../../publication/signUp'
import { eventPath } from '../../../publication/urls'
import { env } from '../../../env'
import { defaultEventTimeZone } from '../../fields/eventTime'
import type { Event, Registration } from '../../payload-types'
import { cancelTokenFor } from '../cancelToken'
import { calendarEventOf } from './calendarEvent'
import type { RegistrationEmailKind } from './kinds'
import { emailMessages } from './messages'
import { languageOfTexts, textsIn } from '../../../publication/textsByLanguage'
import { escapeHtml, withoutTrailingSlash } from '../../utilities/html'

export interface RegistrationEmail {
  to: string
  subject: string
  text: string
  html: string
  attachments: { filename: string; content: string; contentType: string }[]
}

/** The event's start and end, in its time zone, as the registrant's language writes them (the zone named). */
const whenOf = (event: Event, language: LocaleCode) =>
  new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: event.startsAt_tz ?? defaultEventTimeZone,
    timeZoneName: 'short',
  }).formatRange(new Date(event.startsAt), new Date(event.endsAt))

const placeOf = ({ place }: Event) =>
  place ? [place.venue, place.address, [place.postcode, place.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : ''

/** The personal cancel link: a page of the CMS whose button cancels (opening it changes nothing). */
export const cancelUrlOf = (registration: Registration) =>
  `${withoutTrailingSlash(env.serverUrl)}/api${publicEndpointPaths.cancel}?${new URLSearchParams({
    token: cancelTokenFor(registration),
    lang: registration.language,
  })}`

/**
 * One registration email, text and HTML, in the registrant's language: what happened, the event's
 * details (date and time in its time zone, place, online link for those who hold a seat, guests),
 * its page, the cancel link, and for a seat holder the event as an .ics (METHOD:PUBLISH, the site's
 * UID and SEQUENCE). Plain HTML: no remote image, no tracking, `dir` for right-to-left languages.
 */
export const composeRegistrationEmail = (kind: RegistrationEmailKind, registration: Registration, event: Event): RegistrationEmail => {
  const language = registration.language
  // Written in the language of its texts (French until this one has its own), and marked so; its links stay in the registrant's.
  const writtenIn = languageOfTexts(emailMessages, language)
  const messages = textsIn(emailMessages, writtenIn)
  const holdsSeat = registration.status === 'confirmed'
  const colon = writtenIn === 'fr' ? '\u00a0: ' : ': '
  const eventUrl = `${withoutTrailingSlash(env.siteUrl)}${eventPath(siteLocaleCodes.includes(language) ? language : defaultLocale, event.slug)}`
  const onlineUrl = event.online?.url && (holdsSeat || event.online.visibility === 'public') ? event.online.url : null

  const intro =
    kind === 'already-registered'
      ? holdsSeat
        ? messages.intros.alreadyConfirmed
        : messages.intros.alreadyWaitlisted
      : messages.intros[kind]
  const paragraphs = [intro, ...(event.eventStatus === 'postponed' && kind !== 'cancelled' ? [messages.postponed] : [])]
  const details: { label: string; value: string; link?: boolean }[] = [
    { label: messages.labels.when, value: whenOf(event, writtenIn) },
    ...(placeOf(event) ? [{ label: messages.labels.where, value: placeOf(event) }] : []),
    ...(onlineUrl ? [{ label: messages.labels.online, value: onlineUrl, link: true }] : []),
    ...(registration.guests ? [{ label: messages.labels.guests, value: String(registration.guests) }] : []),
    { label: messages.labels.eventPage, value: eventUrl, link: true },
  ]
  const withCalendar = holdsSeat && kind !== 'waitlisted'
  // Once the event is cancelled there is nothing left to cancel.
  const cancelUrl = kind === 'cancelled' ? null : cancelUrlOf(registration)
  const subject = messages.subjects[kind](event.title)

  const text = [
    messages.greeting(registration.firstName),
    ...paragraphs,
    [event.title, ...details.map(({ label, value }) => `${label}${colon}${value}`)].join('\n'),
    ...(withCalendar ? [messages.calendarAttached] : []),
    ...(cancelUrl ? [`${messages.cancelLink}\n${cancelUrl}`] : []),
    `-- \n${messages.footer(env.registrationRetentionDays)}`,
  ].join('\n\n')

  const { dir } = locales.find((locale) => locale.code === writtenIn)!
  const paragraph = (content: string) => `<p>${content}</p>`
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${writtenIn}" dir="${dir}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;">',
    paragraph(escapeHtml(messages.greeting(registration.firstName))),
    ...paragraphs.map((content) => paragraph(escapeHtml(content))),
    `<h1 style="font-size: 1.3em;">${escapeHtml(event.title)}</h1>`,
    '<dl>',
    ...details.map(
      ({ label, value, link }) =>
        `<dt style="font-weight: bold;">${escapeHtml(label)}</dt><dd style="margin: 0 0 0.5em;">${
          link ? `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>` : escapeHtml(value)
        }</dd>`,
    ),
    '</dl>',
    ...(withCalendar ? [paragraph(escapeHtml(messages.calendarAttached))] : []),
    ...(cancelUrl
      ? [paragraph(`${escapeHtml(messages.cancelLink)}<br><a href="${escapeHtml(cancelUrl)}">${escapeHtml(cancelUrl)}</a>`)]
      : []),
    `<hr><p style="font-size: 0.9em; color: #555;">${escapeHtml(messages.footer(env.registrationRetentionDays))}</p>`,
    '</body>',
    '</html>',
  ].join('\n')

  const attachments = withCalendar
    ? [
        {
          filename: `${event.slug}.ics`,
          content: calendarOf([{ event: calendarEventOf(event), url: eventUrl }], { method: 'PUBLISH' }),
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        },
      ]
    : []
  return { to: registration.email, subject, text, html, attachments }
}
