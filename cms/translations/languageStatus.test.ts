import type { CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { languageStatusComponent, readOnlyBannerField, withLanguageStatus } from './languageStatus'

const faqs: CollectionConfig = {
  slug: 'faqs',
  admin: { useAsTitle: 'question', components: { edit: { beforeDocumentControls: ['/x#Other'] } } },
  fields: [{ name: 'question', type: 'text', localized: true }],
}

describe('withLanguageStatus', () => {
  it('adds the status beside the controls and the banner first of the fields', () => {
    const result = withLanguageStatus(faqs)
    expect(result.admin?.components?.edit?.beforeDocumentControls).toEqual(['/x#Other', languageStatusComponent])
    expect(result.fields).toEqual([readOnlyBannerField, ...faqs.fields])
    expect(result.admin?.useAsTitle).toBe('question')
  })

  it('changes nothing the second time', () => {
    const once = withLanguageStatus(faqs)
    expect(withLanguageStatus(once)).toEqual(once)
  })
})
