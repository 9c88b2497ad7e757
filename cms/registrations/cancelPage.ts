import type { LocaleCode } from '../../publication/locales'
import { languageOfTexts, textsIn } from '../../publication/textsByLanguage'
import { hiddenInput, standalonePage, standalonePageHeaders } from '../utilities/standalonePage'
import { escapeHtml } from '../utilities/html'
import { publicMessages } from './publicMessages'

/**
 * The page the personal cancel link opens: one heading, what cancelling does, and a form whose
 * button cancels (a POST: mail scanners follow links, so opening the page changes nothing).
 */

/** Its headers: its form posts here, and is answered with a redirect to the site. */
export const cancelPageHeaders = (siteOrigin: string) => standalonePageHeaders([siteOrigin])

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
  const messages = textsIn(publicMessages, locale)
  return standalonePage({
    locale: languageOfTexts(publicMessages, locale),
    title: messages.cancelTitle,
    body: `<p>${escapeHtml(messages.cancelExplanation)}</p>
<form method="post" action="${escapeHtml(formAction)}">
${hiddenInput('token', token)}
${hiddenInput('lang', locale)}
<button type="submit">${escapeHtml(messages.cancelButton)}</button>
</form>
<p>${escapeHtml(messages.cancelKeep)}</p>
<p><a href="${escapeHtml(siteHome)}">${escapeHtml(messages.backToSite)}</a></p>`,
  })
}
