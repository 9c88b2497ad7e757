import { getTranslation } from '@payloadcms/translations'
import type { CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { withLabelsPerLanguage } from './labelsPerLanguage'

const themes: CollectionConfig = {
  slug: 'themes',
  labels: { singular: { fr: 'Thème', en: 'Theme' }, plural: 'Thèmes' },
  fields: [],
}

const inLanguage = (language: string) =>
  ({ language, fallbackLanguage: 'fr', t: () => '' }) as unknown as Parameters<typeof getTranslation>[1]

describe('withLabelsPerLanguage', () => {
  it('turns per-language labels into text in the admin’s language, the French where it has none', () => {
    const { labels } = withLabelsPerLanguage(themes)
    expect(typeof labels?.singular).toBe('function')
    expect(getTranslation(labels?.singular ?? '', inLanguage('en'))).toBe('Theme')
    expect(getTranslation(labels?.singular ?? '', inLanguage('de'))).toBe('Thème')
  })

  it('leaves text labels and collections without labels as they are', () => {
    expect(withLabelsPerLanguage(themes).labels?.plural).toBe('Thèmes')
    const bare: CollectionConfig = { slug: 'bare', fields: [] }
    expect(withLabelsPerLanguage(bare)).toBe(bare)
  })
})
