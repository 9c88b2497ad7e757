import { describe, expect, it } from 'vitest'

import ar from '../../i18n/ar.json'
import fr from '../../i18n/fr.json'
import type { TractTemplate } from '../../../tracts/template'
import { describePreview } from './describe'

const template = {
  name: 'Réunion publique',
  fields: [
    { key: 'group', label: 'Groupe', type: 'line' },
    { key: 'date', label: 'Date', type: 'date' },
    { key: 'place', label: 'Lieu', type: 'place' },
    { key: 'logo', label: 'Logo', type: 'logo' },
  ],
} as unknown as TractTemplate

describe('the live preview’s description', () => {
  it('lists what the visitor filled in, dates as people read them', () => {
    const input = {
      values: { group: 'GA Lyon 8e', date: '2026-12-03', place: 'Salle Valdo\n3 place Valdo' },
      legal: { mode: 'ipns' as const },
    }
    expect(describePreview(template, input, 'fr', fr.tracts.editor)).toBe(
      'Aperçu de « Réunion publique » : Groupe : GA Lyon 8e, Date : jeudi 3 décembre 2026 et Lieu : Salle Valdo 3 place Valdo',
    )
  })

  it('says when nothing is filled in yet, in the page’s language', () => {
    const input = { values: { group: ' ', date: '' }, legal: { mode: 'ipns' as const } }
    expect(describePreview(template, input, 'ar', ar.tracts.editor)).toBe(
      ar.tracts.editor.previewAltEmpty.replace('{{name}}', 'Réunion publique'),
    )
  })

  it('shows a date it cannot read as it was typed, a time as the page’s language writes it', () => {
    const input = { values: { date: '2026-02-30', time: '19:30' }, legal: { mode: 'ipns' as const } }
    const withTime = { ...template, fields: [...template.fields, { key: 'time', label: 'Time', type: 'time' }] } as TractTemplate
    expect(describePreview(withTime, input, 'en', fr.tracts.editor)).toContain('Date : 2026-02-30, Time : 7:30 PM')
  })
})
