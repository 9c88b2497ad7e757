import { describe, expect, it } from 'vitest'

import type { TractField, TractTemplate } from './template'
import { sampleInput } from './sampleInput'

const field = (key: string, type: TractField['type'], defaultValue = '', maxLength = 80): TractField => ({
  key,
  label: key,
  help: '',
  type,
  box: { x: 0, y: 0, width: 10, height: 10 },
  style: { font: 'inter', minSize: 8, maxSize: 12, colour: '#000000', align: 'start' },
  maxLength,
  required: false,
  defaultValue,
})

const template = (locale: string): TractTemplate => ({
  slug: 'reunion',
  name: 'Réunion',
  description: '',
  themes: [],
  locale,
  languages: [locale],
  format: 'A5',
  page: { unit: 'mm', width: 148, height: 210 },
  background: '#ffffff',
  artwork: { pdf: null, image: null },
  fields: [
    field('group', 'line'),
    field('when', 'date'),
    field('at', 'time', '20:00'),
    field('where', 'place', '', 12),
    field('link', 'url'),
    field('logo', 'logo'),
  ],
  legal: null,
})

describe('sampleInput', () => {
  it('keeps default values and fills the others with samples of their type in the template’s language', () => {
    const input = sampleInput(template('fr'), new Date(2026, 11, 31, 23, 30))
    expect(input.values).toEqual({
      group: 'Groupe d’action de Montreuil',
      when: '2027-01-01',
      at: '20:00',
      // Cut to the field's maximum length, as the form would.
      where: 'Salle des fê',
      link: 'https://example.org/rdv',
      logo: '',
    })
    expect(input.legal).toEqual({ mode: 'ipns' })
  })

  it('speaks the template’s language, Arabic included', () => {
    expect(sampleInput(template('ar')).values.group).toBe('مجموعة العمل في مونتروي')
    expect(sampleInput(template('en')).values.group).toBe('Montreuil action group')
    expect(sampleInput(template('sw')).values.group, 'a language the engine does not speak: French').toBe('Groupe d’action de Montreuil')
  })
})
