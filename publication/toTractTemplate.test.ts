import { describe, expect, it } from 'vitest'

import { templateProblems } from '../tracts/template'
import { completeParts, isPrintSource, type TemplateSource, toTractTemplate } from './toTractTemplate'

const style = { font: 'inter-bold', minSize: 12, maxSize: 28, colour: '#1a1a1a', align: 'center' }
const pdf = { id: 1, mimeType: 'application/pdf', url: '/api/tract-artwork/file/fond.pdf', filename: 'fond.pdf' }
const svg = { id: 2, mimeType: 'image/svg+xml', url: '/api/tract-artwork/file/fond.svg', filename: 'fond.svg' }
const ref = (upload: { url?: string | null }) => upload.url ?? null

/** An A5 leaflet as the Local API reads it in French, at depth 1. */
const a5 = (): TemplateSource => ({
  slug: 'reunion-publique',
  name: 'Tract A5 — réunion publique',
  description: 'Annoncez une réunion publique.',
  themes: [{ slug: 'ecologie' }, 7],
  languages: ['fr', 'en'],
  format: 'A5',
  customSize: { unit: 'mm', width: null, height: null },
  background: '#fff4e0',
  artwork: pdf,
  artworkImage: svg,
  fields: [
    {
      key: 'group',
      label: 'Groupe d’action',
      help: null,
      type: 'line',
      box: { x: 10, y: 20, width: 128, height: 15 },
      style,
      maxLength: 60,
      required: true,
      defaultValue: null,
    },
    {
      key: 'date',
      label: 'Date',
      help: 'Le jour de la réunion',
      type: 'date',
      box: { x: 10, y: 40, width: 60, height: 10 },
      style,
      maxLength: 10,
      required: true,
      defaultValue: '2026-05-01',
    },
  ],
  legal: { box: { x: 10, y: 195, width: 128, height: 10 }, style: { ...style, font: 'inter', minSize: 5, maxSize: 7, align: 'start' } },
})

describe('toTractTemplate', () => {
  it('maps a document to the engine’s template: page from the format, texts in the locale, artwork refs by type', () => {
    const template = toTractTemplate(a5(), 'fr', ref)
    expect(template).toMatchObject({
      slug: 'reunion-publique',
      name: 'Tract A5 — réunion publique',
      locale: 'fr',
      languages: ['fr', 'en'],
      themes: ['ecologie'],
      format: 'A5',
      page: { unit: 'mm', width: 148, height: 210 },
      background: '#fff4e0',
      artwork: { pdf: '/api/tract-artwork/file/fond.pdf', image: '/api/tract-artwork/file/fond.svg' },
      legal: { box: { x: 10, y: 195, width: 128, height: 10 } },
    })
    expect(template.fields.map(({ key, help, defaultValue }) => ({ key, help, defaultValue }))).toEqual([
      { key: 'group', help: '', defaultValue: '' },
      { key: 'date', help: 'Le jour de la réunion', defaultValue: '2026-05-01' },
    ])
    expect(templateProblems(template)).toEqual([])
  })

  it('uses an image artwork as the image, and a custom size as the page', () => {
    const template = toTractTemplate(
      {
        ...a5(),
        format: 'custom',
        customSize: { unit: 'px', width: 1200, height: 630 },
        artwork: svg,
        artworkImage: null,
        fields: [],
        legal: null,
      },
      'en',
      ref,
    )
    expect(template.page).toEqual({ unit: 'px', width: 1200, height: 630 })
    expect(template.artwork).toEqual({ pdf: null, image: '/api/tract-artwork/file/fond.svg' })
    expect(template.locale).toBe('en')
  })

  it('has no legal zone on social formats, even one left from a print format, and none when left untouched', () => {
    expect(toTractTemplate({ ...a5(), format: 'square', fields: [] }, 'fr', ref).legal).toBeNull()
    const untouched = toTractTemplate({ ...a5(), legal: { box: { x: null, y: null, width: null, height: null }, style } }, 'fr', ref)
    expect(untouched.legal).toBeNull()
    expect(templateProblems(untouched).map((problem) => problem.code)).toEqual(['legalZoneMissing'])
  })

  it('leaves a PDF artwork without an image for templateProblems to report, and ignores a PDF given as the image', () => {
    const template = toTractTemplate({ ...a5(), artworkImage: { ...pdf, id: 3 } }, 'fr', ref)
    expect(template.artwork).toEqual({ pdf: '/api/tract-artwork/file/fond.pdf', image: null })
    expect(templateProblems(template)).toEqual([{ path: ['artwork', 'image'], code: 'artworkImageMissing' }])
  })

  it('refuses an incomplete document, naming what is missing', () => {
    const doc = a5()
    doc.fields?.push({ key: 'place', label: null, type: 'place', box: { x: 10, y: 60 } })
    expect(() => toTractTemplate(doc, 'fr', ref)).toThrow(/fields.*2.*label/s)
  })
})

describe('completeParts', () => {
  it('keeps the complete rows with their document index, for the preview and the draft checks', () => {
    const doc = a5()
    doc.fields?.unshift({ key: 'place', type: 'place', box: { x: 10 } })
    doc.fields?.push({
      key: 'late',
      label: 'Trop bas',
      type: 'line',
      box: { x: 10, y: 205, width: 50, height: 10 },
      style,
      maxLength: 20,
      required: false,
    })
    const parts = completeParts({ ...doc, name: '' }, 'fr', ref)
    expect(parts?.template.fields.map((field) => field.key)).toEqual(['group', 'date', 'late'])
    expect(parts?.rowIndices).toEqual([1, 2, 3])
    expect(templateProblems(parts!.template).map((problem) => problem.path)).toEqual([['fields', 2, 'box']])
  })

  it('draws a row whose label is not translated yet under its key', () => {
    const doc = a5()
    const parts = completeParts({ ...doc, fields: doc.fields?.map((row) => ({ ...row, label: null })) }, 'ar', ref)
    expect(parts?.template.fields.map((field) => field.label)).toEqual(['group', 'date'])
  })

  it('tells a legal zone being filled in from a missing one, and knows no page without a complete custom size', () => {
    const parts = completeParts({ ...a5(), legal: { box: { x: 10, y: 195 }, style } }, 'fr', ref)
    expect(parts?.template.legal).toBeNull()
    expect(parts?.legalIncomplete).toBe(true)
    expect(completeParts({ ...a5(), format: 'custom', customSize: { unit: 'mm', width: 100 } }, 'fr', ref)).toBeNull()
  })

  it('knows print formats, custom ones by their unit', () => {
    expect(isPrintSource({ format: 'A3' })).toBe(true)
    expect(isPrintSource({ format: 'story' })).toBe(false)
    expect(isPrintSource({ format: 'custom', customSize: { unit: 'mm' } })).toBe(true)
    expect(isPrintSource({ format: 'custom', customSize: { unit: 'px', width: 10, height: 10 } })).toBe(false)
  })
})
