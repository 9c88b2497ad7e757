/** The licences a visual can carry (cms/collections/Visuals), as people name and cite them. */
import { useTranslations } from '../i18n'
import type { LocaleCode } from '../../publication/locales'

export interface Licence {
  /** The licence's usual short name ("CC BY-SA 4.0"), or "All rights reserved" in the visitor's language. */
  name: string
  /** The licence's text, or null when reuse needs the rights holder's permission. */
  url: string | null
}

/** Creative Commons names are not translated: they are how the licences are cited everywhere. */
const creativeCommons: Record<string, Licence> = {
  'CC-BY-4.0': { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'CC0-1.0': { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
}

export const allRightsReserved = 'all-rights-reserved'

/** The licence of code `code` (a value of the CMS's licence select), named in `locale`. */
export function licenceOf(code: string, locale: LocaleCode): Licence {
  if (code === allRightsReserved) return { name: useTranslations(locale)('visuals.allRightsReserved'), url: null }
  return creativeCommons[code] ?? { name: code, url: null }
}

/** The line to print under a reused visual: title, author, licence (what Creative Commons asks for). */
export function attributionOf(visual: { title: string; credit: string; licence: string }, locale: LocaleCode): string {
  return useTranslations(locale)('kits.attribution', { title: visual.title, credit: visual.credit, licence: licenceOf(visual.licence, locale).name })
}
