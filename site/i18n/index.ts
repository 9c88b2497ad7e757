import i18next, { type TFunction } from 'i18next'

import type { LocaleCode } from '../../cms/locales'
import ar from './ar.json'
import de from './de.json'
import en from './en.json'
import es from './es.json'
import fr from './fr.json'
import it from './it.json'
import pt from './pt.json'

/**
 * The site's interface strings: one JSON file per language, French the
 * reference. Typed by the English file, which has only the `_one`/`_other`
 * plural forms every language shares; translations.test.ts checks that each
 * language has all the keys and plural forms it needs.
 */
export const uiStrings: Record<LocaleCode, typeof en> = { fr, en, es, de, it, pt, ar }

const instances = new Map<LocaleCode, TFunction>()

/** The translate function of one language (built once, synchronously, at build time). */
export function useTranslations(locale: LocaleCode): TFunction {
  let t = instances.get(locale)
  if (!t) {
    const instance = i18next.createInstance()
    void instance.init({
      lng: locale,
      fallbackLng: false,
      resources: { [locale]: { translation: uiStrings[locale] } },
      initAsync: false,
      // Astro escapes what it prints; escaping here too would show "&amp;".
      interpolation: { escapeValue: false },
      returnNull: false,
    })
    t = instance.t
    instances.set(locale, t)
  }
  return t
}
