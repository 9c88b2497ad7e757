import type { Locale, PayloadRequest } from 'payload'

import { hasRole, translatorLocales } from '../access/roles'
import { translationMessages } from '../components/translations/messages'

type Label = Locale['label']

/** A language's name, in the admin's language when it has one per language. */
const nameOf = (label: Label, language: string): string =>
  typeof label === 'string' ? label : (label[language] ?? Object.values(label)[0] ?? '')

/**
 * `localization.filterAvailableLocales`: a translator's language menu lists their languages first,
 * then the others, each named «… — lecture seule» in the admin's language (the document is
 * read-only for them there: see the banner in the document). Everyone else gets the menu as it is.
 */
export const translatorLocalesFirst = ({ locales, req }: { locales: Locale[]; req: Pick<PayloadRequest, 'user' | 'i18n'> }): Locale[] => {
  if (!hasRole(req.user, 'translator')) return locales
  const theirs: string[] = translatorLocales(req.user)
  const language = req.i18n?.language ?? ''
  const readOnly = translationMessages(language).readOnlyInMenu
  return [
    ...locales.filter(({ code }) => theirs.includes(code)),
    ...locales
      .filter(({ code }) => !theirs.includes(code))
      .map((locale) => ({ ...locale, label: `${nameOf(locale.label, language)} — ${readOnly}` })),
  ]
}
