import { createHash } from 'node:crypto'

import { type LocaleCode, locales } from '../../publication/locales'
import { escapeHtml } from './html'

/**
 * The CMS's own pages for the public (a sign-up's cancel page, a refused donation form without
 * JavaScript, a monthly donation's page): each stands alone, with no script and nothing loaded
 * from elsewhere, its one style block allowed by its hash, kept by no cache.
 */

const style = `
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
  body { margin: 0; padding: 2rem 1rem; }
  main { max-width: 38rem; margin: 0 auto; }
  h1 { font-size: 1.6rem; line-height: 1.2; }
  h2 { font-size: 1.25rem; margin-top: 2rem; }
  fieldset { border: 1px solid currentColor; border-radius: 0.4rem; margin: 0 0 1.2rem; padding: 0.8rem 1rem; }
  label { display: block; font-weight: 600; margin: 0.6rem 0 0.2rem; }
  label.choice { font-weight: 400; }
  input[type=text], input[type=email], input[type=tel], select { font: inherit; width: 100%; box-sizing: border-box; padding: 0.5rem; border: 2px solid #555; border-radius: 0.3rem; }
  .problem { color: #a4161a; font-weight: 600; margin: 0.2rem 0; }
  .notice { border-inline-start: 4px solid currentColor; padding: 0.4rem 0.8rem; font-weight: 600; }
  @media (prefers-color-scheme: dark) { .problem { color: #ff8a8a; } }
  ul.figures { padding-inline-start: 1.2rem; }
  button { font: inherit; font-weight: 600; padding: 0.7rem 1.2rem; border: 2px solid currentColor; border-radius: 0.4rem;
    background: #a4161a; color: #fff; cursor: pointer; margin-top: 1rem; }
  :focus-visible { outline: 3px solid #1a5fb4; outline-offset: 3px; }
  a { color: inherit; }
`
const styleHash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`

export const hiddenInput = (name: string, value: string) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`

export const standalonePage = ({ locale, title, body }: { locale: LocaleCode; title: string; body: string }) => {
  const dir = locales.find((candidate) => candidate.code === locale)?.dir ?? 'ltr'
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`
}

/**
 * Its headers: nothing runs or loads, its forms post only to the CMS (and `formTargets`, where
 * the CMS's answer redirects: a checkout). The address may hold a personal token: no Referer
 * beyond the origin (not `no-referrer`: browsers would post with `Origin: null`).
 */
export const standalonePageHeaders = (formTargets: readonly string[] = []) => ({
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'strict-origin',
  'Content-Security-Policy': [
    "default-src 'none'",
    `style-src ${styleHash}`,
    `form-action 'self'${formTargets.map((target) => ` ${target}`).join('')}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
})
