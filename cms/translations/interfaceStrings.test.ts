import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { localeCodes } from '../../publication/locales'
import { interfaceStringsStatus } from './interfaceStrings'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true })
})

/** A folder of interface-strings files, one per language given. */
function stringsFolder(files: Record<string, object>) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'interface-strings-'))
  folders.push(folder)
  for (const [locale, strings] of Object.entries(files)) fs.writeFileSync(path.join(folder, `${locale}.json`), JSON.stringify(strings))
  return folder
}

const french = {
  site: { name: 'Le hub', tagline: 'Tout pour agir' },
  results: { count_one: '{{count}} résultat', count_many: '{{count}} de résultats', count_other: '{{count}} résultats' },
}

describe('interfaceStringsStatus', () => {
  it('counts what each language needs, its own plural forms included, and lists what it lacks', () => {
    const folder = stringsFolder({
      fr: french,
      // English needs two plural forms: `_many` is French only.
      en: {
        site: { name: 'The hub', tagline: 'All to act' },
        results: { count_one: '{{count}} result', count_other: '{{count}} results' },
      },
      // Arabic needs six: these lack `_few` and `_many`, and an empty string counts as missing.
      ar: {
        site: { name: 'المركز', tagline: ' ' },
        results: { count_zero: 'لا نتائج', count_one: 'نتيجة', count_two: 'نتيجتان', count_other: '{{count}} نتيجة' },
      },
    })

    expect(interfaceStringsStatus(folder, ['fr', 'en', 'ar'])).toEqual([
      { locale: 'fr', total: 5, missing: [] },
      { locale: 'en', total: 4, missing: [] },
      { locale: 'ar', total: 8, missing: ['site.tagline', 'results.count_few', 'results.count_many'] },
    ])
  })

  it('lists every string of a language that has no file yet', () => {
    const folder = stringsFolder({ fr: french })
    expect(interfaceStringsStatus(folder, ['de'])).toEqual([
      { locale: 'de', total: 4, missing: ['site.name', 'site.tagline', 'results.count_one', 'results.count_other'] },
    ])
  })

  it('reads each file at every call: a string just added counts', () => {
    const folder = stringsFolder({ fr: french, en: { site: { name: 'The hub' } } })
    expect(interfaceStringsStatus(folder, ['en'])[0]?.missing).toContain('site.tagline')
    fs.writeFileSync(path.join(folder, 'en.json'), JSON.stringify({ site: { name: 'The hub', tagline: 'All to act' } }))
    expect(interfaceStringsStatus(folder, ['en'])[0]?.missing).not.toContain('site.tagline')
  })

  it('reads the site’s own files for every language of the hub, French first', () => {
    const status = interfaceStringsStatus()
    expect(status.map(({ locale }) => locale)).toEqual(localeCodes)
    expect(status.every(({ total }) => total > 0)).toBe(true)
  })
})
