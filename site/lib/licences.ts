/** The licences a visual can carry (publication/licences.ts), as people name and cite them. */
import { useTranslations } from '../i18n'
import { allRightsReserved, creativeCommonsLicences } from '../../publication/licences'
import type { LocaleCode } from '../../publication/locales'

export interface Licence {
  /** The licence's usual short name ("CC BY-SA 4.0"), or "All rights reserved" in the visitor's language. */
  name: string
  /** The licence's text, or null when reuse needs the rights holder's permission. */
  url: string | null
}

const creativeCommons: Partial<Record<string, Licence>> = creativeCommonsLicences

/** The licence of code `code` (a value of the CMS's licence select), named in `locale`. */
export function licenceOf(code: string, locale: LocaleCode): Licence {
  if (code === allRightsReserved) return { name: useTranslations(locale)('visuals.allRightsReserved'), url: null }
  return creativeCommons[code] ?? { name: code, url: null }
}

/** The line to print under a reused visual: title, author, licence (what Creative Commons asks for). */
export function attributionOf(visual: { title: string; credit: string; licence: string }, locale: LocaleCode): string {
  return useTranslations(locale)('kits.attribution', {
    title: visual.title,
    credit: visual.credit,
    licence: licenceOf(visual.licence, locale).name,
  })
}
