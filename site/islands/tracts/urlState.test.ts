import { describe, expect, it } from 'vitest'

import type { TractField, TractInput, TractTemplate } from '../../../tracts/template'
import { inputFromSearch, prefillsForm, searchOf, shareUrl } from './urlState'

const style = { font: 'inter', minSize: 8, maxSize: 14, colour: '#000000', align: 'start' } as const
const field = (key: string, type: TractField['type'], defaultValue = ''): TractField => ({
  key,
  label: key,
  help: '',
  type,
  box: { x: 10, y: 10, width: 100, height: 20 },
  style,
  maxLength: 80,
  required: false,
  defaultValue,
})

const template = (unit: 'mm' | 'px'): TractTemplate => ({
  slug: 'reunion-publique',
  name: 'Réunion publique',
  description: '',
  themes: [],
  locale: 'fr',
  languages: ['fr'],
  format: unit === 'mm' ? 'A5' : 'square',
  page: unit === 'mm' ? { unit, width: 148, height: 210 } : { unit, width: 1080, height: 1080 },
  background: '#ffffff',
  artwork: { pdf: null, image: null },
  fields: [field('group', 'line'), field('title', 'line', 'Réunion publique'), field('date', 'date'), field('logo', 'logo')],
  legal: unit === 'mm' ? { box: { x: 10, y: 190, width: 128, height: 12 }, style } : null,
})

const print = template('mm')
const base: TractInput = { values: { group: '', title: 'Réunion publique', date: '' }, legal: { mode: 'ipns' } }

describe('pre-fill by address', () => {
  it('says whether an address pre-fills the form: a field or the printer, not another parameter nor a logo', () => {
    expect(prefillsForm(print, '')).toBe(false)
    expect(prefillsForm(print, '?utm_source=x&logo=a.png')).toBe(false)
    expect(prefillsForm(print, '?group=')).toBe(true)
    expect(prefillsForm(print, '?legal.mode=printer')).toBe(true)
    expect(prefillsForm(template('px'), '?legal.mode=printer')).toBe(false)
  })

  it('fills the fields the address names and keeps the defaults of the others', () => {
    const input = inputFromSearch(print, '?group=GA+Lyon+8e&date=2026-12-03&unknown=x', base)
    expect(input.values).toEqual({ group: 'GA Lyon 8e', title: 'Réunion publique', date: '2026-12-03' })
    expect(input.legal).toEqual({ mode: 'ipns' })
  })

  it('never takes a logo from an address', () => {
    expect(inputFromSearch(print, 'logo=%2Fetc%2Fpasswd', base).values).not.toHaveProperty('logo')
  })

  it('takes the printer on print formats only', () => {
    const search = 'legal.mode=printer&legal.name=Imprimerie+du+Rh%C3%B4ne&legal.address=3+rue+X%2C+Lyon'
    expect(inputFromSearch(print, search, base).legal).toEqual({ mode: 'printer', name: 'Imprimerie du Rhône', address: '3 rue X, Lyon' })
    expect(inputFromSearch(template('px'), search, base).legal).toEqual({ mode: 'ipns' })
  })

  it('keeps an over-long value whole, for the form to flag rather than cut', () => {
    const long = 'x'.repeat(200)
    expect(inputFromSearch(print, `group=${long}`, base).values.group).toBe(long)
  })
})

describe('copy the link', () => {
  it('carries what differs from the defaults, an emptied default too, and no logo', () => {
    const input: TractInput = {
      values: { group: 'GA Lyon 8e', title: '', date: '2026-12-03' },
      legal: { mode: 'ipns' },
      logos: { logo: new Uint8Array([1, 2, 3]) },
    }
    expect(searchOf(print, input)).toBe('group=GA+Lyon+8e&title=&date=2026-12-03')
  })

  it('round-trips through the address, printer included', () => {
    const input: TractInput = {
      values: { group: 'Groupe « Écologie » & co', title: 'Réunion publique', date: '' },
      legal: { mode: 'printer', name: 'Imprimerie', address: '1 place du Marché\n69001 Lyon' },
    }
    const url = shareUrl('https://example.org/fr/tracts/reunion-publique/?old=1#form', print, input)
    expect(url.startsWith('https://example.org/fr/tracts/reunion-publique/?group=')).toBe(true)
    expect(url).not.toContain('#')
    expect(inputFromSearch(print, new URL(url).search, base)).toEqual(input)
  })
})
