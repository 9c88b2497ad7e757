import type { Locale, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { translatorLocalesFirst } from './localeMenu'

const locales: Locale[] = [
  { code: 'fr', label: 'Français' },
  { code: 'en', label: 'English' },
  { code: 'es', label: 'Español' },
  { code: 'de', label: { fr: 'Allemand', en: 'German' } },
]
const request = (user: unknown, language = 'fr') => ({ user, i18n: { language } }) as unknown as Pick<PayloadRequest, 'user' | 'i18n'>

describe('translatorLocalesFirst', () => {
  it('puts a translator’s languages first and names the others read-only', () => {
    const menu = translatorLocalesFirst({ locales, req: request({ role: 'translator', languages: ['es', 'en'] }) })
    expect(menu.map(({ code }) => code)).toEqual(['en', 'es', 'fr', 'de'])
    expect(menu.map(({ label }) => label)).toEqual(['English', 'Español', 'Français — lecture seule', 'Allemand — lecture seule'])
  })

  it('speaks the admin’s language', () => {
    const menu = translatorLocalesFirst({ locales, req: request({ role: 'translator', languages: ['en'] }, 'en') })
    expect(menu.map(({ label }) => label)).toEqual(['English', 'Français — read-only', 'Español — read-only', 'German — read-only'])
  })

  it('leaves the menu as it is for everyone else', () => {
    expect(translatorLocalesFirst({ locales, req: request({ role: 'editor' }) })).toBe(locales)
    expect(translatorLocalesFirst({ locales, req: request(null) })).toBe(locales)
  })
})
