import { createHash } from 'node:crypto'

import { type LocaleCode, locales } from '../../publication/locales'
import { publicMessages } from './publicMessages'

/**
 * The page the personal cancel link opens: one heading, what cancelling does, and a form whose
 * button cancels (a POST: mail scanners follow links, so opening the page changes nothing). It
 * stands alone: no script, no file from elsewhere, its one style block allowed by its hash.
 */
const style = `
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
  body { margin: 0; padding: 2rem 1rem; }
  main { max-width: 36rem; margin: 0 auto; }
  h1 { font-size: 1.6rem; line-height: 1.2; }
  button { font: inherit; font-weight: 600; padding: 0.7rem 1.2rem; border: 2px solid currentColor; border-radius: 0.4rem;
    background: #a4161a; color: #fff; cursor: pointer; }
  button:focus-visible, a:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 3px; }
  a { color: inherit; }
`

const styleHash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`

/** The page's own policy: nothing runs, nothing loads, and its form may post only here (and be sent on to the site). */
export const cancelPageContentSecurityPolicy = (siteOrigin: string) =>
  ["default-src 'none'", `style-src ${styleHash}`, `form-action 'self' ${siteOrigin}`, "base-uri 'none'", "frame-ancestors 'none'"].join(
    '; ',
  )

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.codePointAt(0)};`)

export const cancelPageHtml = ({
  locale,
  token,
  formAction,
  siteHome,
}: {
  locale: LocaleCode
  token: string
  /** Where the form posts: the cancel endpoint's path. */
  formAction: string
  /** The site's home page in the language. */
  siteHome: string
}) => {
  const messages = publicMessages[locale]
  const dir = locales.find((candidate) => candidate.code === locale)?.dir ?? 'ltr'
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(messages.cancelTitle)}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>${escapeHtml(messages.cancelTitle)}</h1>
<p>${escapeHtml(messages.cancelExplanation)}</p>
<form method="post" action="${escapeHtml(formAction)}">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<input type="hidden" name="lang" value="${locale}">
<button type="submit">${escapeHtml(messages.cancelButton)}</button>
</form>
<p>${escapeHtml(messages.cancelKeep)}</p>
<p><a href="${escapeHtml(siteHome)}">${escapeHtml(messages.backToSite)}</a></p>
</main>
</body>
</html>
`
}
