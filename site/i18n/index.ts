import i18next, { type TFunction } from 'i18next'

import type { LocaleCode } from '../../publication/locales'
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

type Translate = (key: string, options?: Record<string, unknown>) => string

const instances = new Map<LocaleCode, Translate>()

/**
 * Remembers each translation: i18next resolves a key in tens of microseconds, and a
 * build at 10,000 resources asks for the same few hundred strings millions of times.
 */
function memoised(t: TFunction): Translate {
  const done = new Map<string, string>()
  return (key, options) => {
    const id = options ? `${key}\u0000${JSON.stringify(options)}` : key
    let text = done.get(id)
    if (text === undefined) {
      text = options ? t(key, options) : t(key)
      done.set(id, text)
    }
    return text
  }
}

/** The translate function of one language (built once, synchronously, at build time). */
export function useTranslations(locale: LocaleCode): Translate {
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
    t = memoised(instance.t)
    instances.set(locale, t)
  }
  return t
}
