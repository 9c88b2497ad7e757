import type { PayloadHandler, PayloadRequest } from 'payload'

import { env } from '../../env'
import { type LocaleCode, defaultLocale, siteLocaleCodes } from '../../publication/locales'
import { languageOfTexts, textsIn } from '../../publication/textsByLanguage'
import { type PublicMessages, publicMessages } from '../registrations/publicMessages'

/** How the public endpoints answer: in a language of the site, back to its pages, never with anything personal. */

/** A language the site is built in, or French (the site's pages exist only in those). */
export const siteLocaleOf = (value: string | null | undefined): LocaleCode =>
  siteLocaleCodes.find((code) => code === value) ?? defaultLocale

/** An address on the public site (SITE_URL may end with a slash). */
export const onSite = (path: string) => `${env.siteUrl.replace(/\/+$/, '')}${path}`

/** The island asks for JSON; a form posted without JavaScript gets redirects. */
export const wantsJson = (req: { headers: Headers }) => /\bapplication\/json\b/i.test(req.headers.get('accept') ?? '')

/**
 * An answer about one person's sign-up: no cache keeps it. It is a few bytes: not compressed
 * (no-transform), which would cost the busiest endpoint more time than it saves.
 */
export const noStore = { 'Cache-Control': 'no-store, no-transform' }

/** "See this page of the site": a POST answered with a GET of the result page. */
export const seeOther = (location: string) => new Response(null, { status: 303, headers: { ...noStore, Location: location } })

/** A short text in the visitor's language, as JSON to the island or as plain text. */
export const answerText = (req: { headers: Headers }, status: number, text: string, locale: LocaleCode) =>
  wantsJson(req)
    ? Response.json({ message: text }, { status, headers: noStore })
    : new Response(text, { status, headers: { ...noStore, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Language': locale } })

/** A request we cannot handle, said briefly in the language, as JSON to the island or as text. */
export const failure = (req: { headers: Headers }, status: number, message: keyof PublicMessages, locale: LocaleCode) =>
  answerText(req, status, textsIn(publicMessages, locale)[message], languageOfTexts(publicMessages, locale))

/** The site's language closest to what the client asked for, before any form is read. */
export const requestLocale = (req: PayloadRequest) => siteLocaleOf(req.i18n?.language)

/**
 * A handler whose unexpected failure is answered with a generic message and logged under `what`
 * with the error's name alone: a database error's message may quote the values it refused (an
 * email), and the request may carry a personal token.
 */
export const answeringFailures =
  (what: string, handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    try {
      return await handler(req)
    } catch (error) {
      const context = (req.context.logContext ?? {}) as Record<string, unknown>
      req.payload.logger.error({ ...context, error: error instanceof Error ? error.name : typeof error }, `${what} failed`)
      return failure(req, 500, 'unexpectedError', requestLocale(req))
    }
  }
