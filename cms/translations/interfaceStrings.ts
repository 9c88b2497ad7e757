import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../env'
import { defaultLocale, localeCodes } from '../../publication/locales'
import { flattenStrings, missingKeys, referenceKeys, requiredKeys } from '../../publication/pluralForms'

/** The public site's interface strings, one `<locale>.json` per language: read as files, the CMS imports no site code. */
const interfaceStringsDir = path.join(projectRoot, 'site', 'i18n')

/** One language's interface strings: how many it must have, and which of those it lacks or leaves empty. */
export interface InterfaceStringsStatus {
  locale: string
  total: number
  missing: string[]
}

/** A language's strings, flattened; none when it has no file yet (everything is then missing). */
const readStrings = (dir: string, locale: string): Record<string, unknown> => {
  const file = path.join(dir, `${locale}.json`)
  return fs.existsSync(file) ? flattenStrings(JSON.parse(fs.readFileSync(file, 'utf8'))) : {}
}

/**
 * For the Translations dashboard: each language's missing interface strings, against the French
 * file and with the plural forms its grammar needs (as the site's own test decides). Read at each
 * call, so that a file just edited counts.
 */
export function interfaceStringsStatus(dir = interfaceStringsDir, locales: readonly string[] = localeCodes): InterfaceStringsStatus[] {
  const reference = referenceKeys(readStrings(dir, defaultLocale))
  return locales.map((locale) => ({
    locale,
    total: requiredKeys(reference, locale).length,
    missing: missingKeys(reference, readStrings(dir, locale), locale),
  }))
}
