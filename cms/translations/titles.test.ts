import type { CollectionConfig, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { frenchDocumentTitleComponent, frenchTitleCellComponent, withFrenchTitles } from './titles'

const cellOf = (field: Field | undefined) => (field as { admin?: { components?: { Cell?: unknown } } } | undefined)?.admin?.components?.Cell

describe('withFrenchTitles', () => {
  it('gives a translated title its cell and the document its French title', () => {
    const result = withFrenchTitles({
      slug: 'faqs',
      admin: { useAsTitle: 'question' },
      fields: [
        { name: 'question', type: 'text', localized: true, admin: { description: 'kept' } },
        { name: 'slug', type: 'text' },
      ],
    })
    expect(cellOf(result.fields[0])).toBe(frenchTitleCellComponent)
    expect((result.fields[0] as { admin: { description: string } }).admin.description).toBe('kept')
    expect(cellOf(result.fields[1])).toBeUndefined()
    expect(result.admin?.components?.edit?.beforeDocumentControls).toEqual([frenchDocumentTitleComponent])
    expect(withFrenchTitles(result)).toEqual(result)
  })

  it('leaves a collection whose title is shared or not a field alone', () => {
    const shared: CollectionConfig = { slug: 'groups', admin: { useAsTitle: 'name' }, fields: [{ name: 'name', type: 'text' }] },
      byId: CollectionConfig = { slug: 'builds', admin: { useAsTitle: 'id' }, fields: [] }
    expect(withFrenchTitles(shared)).toBe(shared)
    expect(withFrenchTitles(byId)).toBe(byId)
  })
})
