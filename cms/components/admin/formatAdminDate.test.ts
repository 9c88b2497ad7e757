import { initI18n } from '@payloadcms/translations'
import { translations } from '@payloadcms/translations/all'
import { describe, expect, it } from 'vitest'

import { formatAdminDate } from './formatAdminDate'

const i18nIn = (language: 'fr' | 'en') =>
  initI18n({
    config: { fallbackLanguage: 'fr', supportedLanguages: { fr: translations.fr, en: translations.en }, translations: {} },
    context: 'client',
    language,
  })

describe('formatAdminDate', () => {
  it('writes the time in Paris with its year, whatever zone the process runs in', async () => {
    const fr = await i18nIn('fr')
    // 14:33 UTC is 15:33 in Paris in winter, 16:33 in summer.
    expect(formatAdminDate('2026-03-15T14:33:47.000Z', fr)).toBe('15 mars 2026, 15:33')
    expect(formatAdminDate(new Date('2026-07-01T14:33:47.000Z'), fr)).toBe('1 juillet 2026, 16:33')
  })

  it('names the month in the editor’s language', async () => {
    expect(formatAdminDate('2026-03-15T14:33:47.000Z', await i18nIn('en'))).toBe('15 March 2026, 15:33')
  })
})
