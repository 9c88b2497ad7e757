import { describe, expect, it } from 'vitest'

import { env } from '../../../env'
import { localeCodes } from '../../../publication/locales'
import { textsIn } from '../../../publication/textsByLanguage'
import { composeTranslationDigest } from './compose'
import { digestMessages } from './messages'
import type { PendingDocument } from './pendingWork'

const documents: PendingDocument[] = [
  { collection: 'faqs', id: '12', locale: 'de', title: 'Comment adhérer ?', outdated: 1, missing: 0 },
  { collection: 'programme', id: '3', locale: 'de', title: 'Mesure <1>', outdated: 2, missing: 3 },
  { collection: 'faqs', id: '14', locale: 'ar', title: null, outdated: 0, missing: 11 },
]

const digestIn = (language: (typeof localeCodes)[number]) =>
  composeTranslationDigest({ language, to: 'traductrice@example.org', name: 'Alex', documents })

describe('composeTranslationDigest', () => {
  it('lists per language, then per collection in the dashboard’s order, each title with its work and link', () => {
    const { subject, text } = digestIn('fr')
    expect(subject).toBe('Traductions à mettre à jour')
    expect(text).toContain('Bonjour Alex,')
    const german = text.indexOf('ALLEMAND')
    const arabic = text.indexOf('ARABE')
    expect(german).toBeGreaterThan(-1)
    expect(arabic).toBeGreaterThan(german) // the hub's order: de before ar
    expect(text.indexOf('Programme')).toBeLessThan(text.indexOf('Questions fréquentes')) // the programme first
    expect(text).toContain(`- Comment adhérer ? — 1 texte à revoir\n  ${env.serverUrl}/admin/collections/faqs/12?locale=de`)
    expect(text).toContain('- Mesure <1> — 2 textes à revoir et 3 textes à traduire')
    expect(text).toContain('- Sans titre (n° 14) — 11 textes à traduire')
    expect(text).toContain(`${env.serverUrl}/admin/translations`)
  })

  it('writes HTML with the titles escaped and marked French, and right to left in Arabic', () => {
    const { html } = digestIn('fr')
    expect(html).toContain('<html lang="fr" dir="ltr">')
    expect(html).toContain('lang="fr" dir="ltr">Mesure &#60;1&#62;</a>')
    expect(html).not.toContain('<1>')
    expect(html).not.toMatch(/<img|src=/)
    expect(digestIn('ar').html).toContain('<html lang="ar" dir="rtl">')
  })

  it('writes in French, marked French, to a translator whose language has no digest texts yet (one just added)', () => {
    const { subject, html } = digestIn('nl' as string as (typeof localeCodes)[number])
    expect(subject).toBe(digestMessages.fr.subject)
    expect(html).toContain('<html lang="fr" dir="ltr">')
  })

  it('speaks every language, counts in each grammar’s plural forms', () => {
    for (const code of localeCodes) {
      const { subject, text } = digestIn(code)
      expect(subject).toBe(textsIn(digestMessages, code).subject)
      expect(text).toContain(textsIn(digestMessages, code).collections.programme)
      expect(text).not.toMatch(/undefined|\[object/)
    }
    expect(digestIn('ar').text).toContain('11 نصًا للترجمة')
    expect(digestIn('en').text).toContain('1 text to review')
  })
})
