import fs from 'node:fs'
import path from 'node:path'

import i18next, { type TFunction } from 'i18next'

import { type LocaleCode, localeCodes } from '../../publication/locales'
import type en from './en.json'
import { interfaceStringsDir as stringsDir } from './stringsDir'

/**
 * Every `<locale>.json` of this folder, by locale: adding a language is adding its file.
 * Read from disk rather than imported (nor Vite's import.meta.glob) because the site
 * build's scripts run under tsx as well as Astro (calendars, visual kits): only pages
 * and build scripts use them, never an island. A language of the hub without a file
 * stops the build, naming it (translations.test.ts reports a file for no language of the hub).
 */
function readStrings(): Record<LocaleCode, typeof en> {
  const files = fs.readdirSync(stringsDir).filter((name) => name.endsWith('.json'))
  const strings = Object.fromEntries(
    files.map((name) => [path.basename(name, '.json'), JSON.parse(fs.readFileSync(path.join(stringsDir, name), 'utf8')) as typeof en]),
  )
  const missing = localeCodes.filter((code) => !(code in strings))
  if (missing.length) throw new Error(`No interface strings for ${missing.join(', ')}: add site/i18n/<locale>.json`)
  return strings as Record<LocaleCode, typeof en>
}

/**
 * The site's interface strings: one JSON file per language, French the
 * reference. Typed by the English file, which has only the `_one`/`_other`
 * plural forms every language shares; translations.test.ts checks that each
 * language has all the keys and plural forms it needs.
 */
export const uiStrings = readStrings()

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
