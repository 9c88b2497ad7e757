import { describe, expect, it } from 'vitest'

import type { TractInput, TractTemplate } from '../../../tracts/template'
import { downloadName, fileNamePart } from './fileName'

const style = { font: 'inter', minSize: 8, maxSize: 14, colour: '#000000', align: 'start' } as const
const box = { x: 10, y: 10, width: 100, height: 20 }
const template = (keys: [string, 'line' | 'date'][]) =>
  ({
    slug: 'reunion-publique',
    fields: keys.map(([key, type]) => ({ key, label: key, help: '', type, box, style, maxLength: 80, required: false, defaultValue: '' })),
  }) as unknown as TractTemplate
const input = (values: Record<string, string>): TractInput => ({ values, legal: { mode: 'ipns' } })

describe('file names', () => {
  it('joins the template slug and the group name, without accents or punctuation', () => {
    const withGroup = template([
      ['date', 'date'],
      ['title', 'line'],
      ['group', 'line'],
    ])
    expect(downloadName(withGroup, input({ group: 'GA Lyon 8e — Croix-Rousse', title: 'Réunion' }), 'pdf')).toBe(
      'reunion-publique-ga-lyon-8e-croix-rousse.pdf',
    )
    expect(downloadName(withGroup, input({}), 'png')).toBe('reunion-publique.png')
  })

  it('takes the first single-line field when no field is keyed "group"', () => {
    expect(
      downloadName(
        template([
          ['date', 'date'],
          ['name', 'line'],
        ]),
        input({ date: '2026-12-03', name: 'Collectif Sud' }),
        'png',
      ),
    ).toBe('reunion-publique-collectif-sud.png')
  })

  it('keeps letters of every script', () => {
    expect(fileNamePart('مجموعة ليون')).toBe('مجموعة-ليون')
    expect(fileNamePart('Élan ÆØ!')).toBe('elan-æø')
  })
})
