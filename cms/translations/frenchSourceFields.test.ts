import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { frenchSourceComponent, withFrenchSource } from './frenchSourceFields'

const afterInputOf = (field: Field | undefined): unknown =>
  field && 'admin' in field ? (field.admin as { components?: { afterInput?: unknown } } | undefined)?.components?.afterInput : undefined

describe('withFrenchSource', () => {
  it('adds the French source to localized text fields only', () => {
    const [title, slug, order, summary] = withFrenchSource([
      { name: 'title', type: 'text', localized: true },
      { name: 'slug', type: 'text' },
      { name: 'order', type: 'number', localized: true },
      { name: 'summary', type: 'textarea', localized: true, admin: { hidden: true } },
    ])
    expect(afterInputOf(title)).toEqual([frenchSourceComponent])
    expect(afterInputOf(slug)).toBeUndefined()
    expect(afterInputOf(order)).toBeUndefined()
    expect(afterInputOf(summary)).toBeUndefined()
  })

  it('keeps the components already there, and adds itself once', () => {
    const fields: Field[] = [
      { name: 'alt', type: 'text', localized: true, admin: { components: { afterInput: ['/x#Counter'], Label: '/x#Label' } } },
    ]
    const once = withFrenchSource(fields)
    const [alt] = withFrenchSource(once)
    expect(afterInputOf(alt)).toEqual(['/x#Counter', frenchSourceComponent])
    expect((alt as { admin: { components: { Label: string } } }).admin.components.Label).toBe('/x#Label')
  })

  it('goes into arrays, groups, rows, collapsibles, tabs and blocks', () => {
    const [sections, tabs, blocks] = withFrenchSource([
      {
        name: 'sections',
        type: 'array',
        fields: [
          { type: 'row', fields: [{ name: 'title', type: 'text', localized: true }] },
          { type: 'collapsible', label: 'More', fields: [{ name: 'text', type: 'richText', localized: true }] },
        ],
      },
      {
        type: 'tabs',
        tabs: [
          { label: 'Main', fields: [{ name: 'intro', type: 'textarea', localized: true }] },
          { name: 'meta', localized: true, fields: [{ name: 'description', type: 'textarea' }] },
        ],
      },
      { name: 'content', type: 'blocks', blocks: [{ slug: 'quote', fields: [{ name: 'quote', type: 'text', localized: true }] }] },
    ])
    const arrayFields = (sections as { fields: { fields: Field[] }[] }).fields
    expect(afterInputOf(arrayFields[0]!.fields[0])).toEqual([frenchSourceComponent])
    expect(afterInputOf(arrayFields[1]!.fields[0])).toEqual([frenchSourceComponent])
    const [main, meta] = (tabs as { tabs: { fields: Field[] }[] }).tabs
    expect(afterInputOf(main!.fields[0])).toEqual([frenchSourceComponent])
    expect(afterInputOf(meta!.fields[0])).toEqual([frenchSourceComponent])
    expect(afterInputOf((blocks as { blocks: { fields: Field[] }[] }).blocks[0]!.fields[0])).toEqual([frenchSourceComponent])
  })

  it('leaves the fields it is given unchanged', () => {
    const fields: Field[] = [{ name: 'title', type: 'text', localized: true }]
    withFrenchSource(fields)
    expect(fields[0]).toEqual({ name: 'title', type: 'text', localized: true })
  })
})
