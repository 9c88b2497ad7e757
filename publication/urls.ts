/** Every URL of the site is built here, so that links and routes agree. */

const segment = (value: string | number) => encodeURIComponent(String(value))

/** `/fr/trainings/slug/`: always a language first, always a trailing slash. */
export const pathTo = (locale: string, ...segments: (string | number)[]) =>
  `/${[locale, ...segments].map(segment).join('/')}/`.replace(/\/+$/, '/')

export const homePath = (locale: string) => pathTo(locale)

export const resourcePath = (locale: string, type: string, slug: string) => pathTo(locale, type, slug)

export const lessonPath = (locale: string, training: string, lesson: string) => pathTo(locale, 'trainings', training, lesson)

export const themePath = (locale: string, theme: string) => pathTo(locale, 'themes', theme)

/** The same page in another language: swaps the first path segment. */
export const switchLocale = (path: string, locale: string) => path.replace(/^\/[^/]+\//, `/${locale}/`)

/** The path of a page without its language (what pairs translations in the sitemap and hreflang). */
export const withoutLocale = (path: string) => path.replace(/^\/[^/]+\//, '/')

/** The agenda: coming events, and past ones. */
export const agendaPath = (locale: string) => pathTo(locale, 'agenda')
export const pastAgendaPath = (locale: string) => pathTo(locale, 'agenda', 'past')

export const eventPath = (locale: string, slug: string) => pathTo(locale, 'events', slug)
/**
 * One event as an iCalendar file ("Add to my calendar"), beside the feeds: the build writes the
 * calendars folder whole, apart from the pages (site/builder/calendars.ts).
 */
export const eventCalendarPath = (locale: string, slug: string) => `${pathTo(locale, 'agenda', 'calendars', 'events')}${segment(slug)}.ics`

/** What a subscribable calendar feed gathers: every coming event, or a theme's, a group's, a department's. */
export type CalendarFeed = { by: 'all' } | { by: 'theme' | 'group' | 'department'; key: string }
export const calendarFeedPath = (locale: string, feed: CalendarFeed) =>
  `${pathTo(locale, 'agenda', 'calendars')}${feed.by === 'all' ? 'all' : `${feed.by}-${segment(feed.key)}`}.ics`

export const groupsPath = (locale: string) => pathTo(locale, 'groups')
export const groupPath = (locale: string, slug: string) => pathTo(locale, 'groups', slug)

/** The site's page telling a visitor how their sign-up (or cancellation) went: see publication/signUp.ts. */
export const signUpResultPath = (locale: string, outcome: string) => pathTo(locale, 'sign-up', outcome)

/** The donation form; `?group=<slug>` preselects a group (the group page's button and share link). */
export const donatePath = (locale: string) => pathTo(locale, 'donate')
/** The id of a group's share input on the donation form. */
export const donationShareFieldId = (group: string) => `donation-share-${group}`
/**
 * The form with a group chosen: the island reads `?group=`; without JavaScript the fragment takes
 * the browser to that group's share input (opening the list it is folded in).
 */
export const donateForGroupPath = (locale: string, group: string) =>
  `${donatePath(locale)}?group=${encodeURIComponent(group)}#${encodeURIComponent(donationShareFieldId(group))}`
/** Where Stripe's checkout sends the donor back: the thank-you page (it reads the donation's status) or the cancelled one. */
export const donateThanksPath = (locale: string) => pathTo(locale, 'donate', 'thanks')
export const donateCancelledPath = (locale: string) => pathTo(locale, 'donate', 'cancelled')

export const privacyPath = (locale: string) => pathTo(locale, 'privacy')
