import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { rowsReplacedWithoutIds, sendsRowsWithLocalizedFields, sharedFieldChanges } from './sharedFieldChanges'

/** Shared rows with translated text, reached through a named tab, a group, blocks and a nested array. */
const fields: Field[] = [
  {
    type: 'tabs',
    tabs: [
      {
        name: 'outline',
        fields: [
          {
            name: 'parts',
            type: 'blocks',
            blocks: [
              {
                slug: 'chapter',
                fields: [
                  { name: 'title', type: 'text', localized: true },
                  { name: 'steps', type: 'array', fields: [{ name: 'text', type: 'text', localized: true }] },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    name: 'extras',
    type: 'group',
    fields: [{ name: 'notes', type: 'array', fields: [{ type: 'row', fields: [{ name: 'note', type: 'text', localized: true }] }] }],
  },
  { name: 'links', type: 'array', fields: [{ name: 'url', type: 'text' }] },
  { name: 'translatedRows', type: 'array', localized: true, fields: [{ name: 'text', type: 'text' }] },
]

const stored = {
  outline: {
    parts: [
      {
        id: 'p1',
        blockType: 'chapter',
        title: 'Un',
        steps: [
          { id: 's1', text: 'a' },
          { id: 's2', text: 'b' },
        ],
      },
    ],
  },
  extras: { notes: [{ id: 'n1', note: 'x' }] },
  links: [{ id: 'l1', url: 'https://example.org' }],
  translatedRows: [{ id: 't1', text: 'fr' }],
}

describe('rowsReplacedWithoutIds', () => {
  it('names shared rows with translated text that rows without ids would replace, however deep', () => {
    expect(rowsReplacedWithoutIds(fields, { outline: { parts: [{ blockType: 'chapter', title: 'One' }] } }, stored, false)).toEqual([
      'outline.parts',
    ])
    const stepsWithoutIds = { outline: { parts: [{ id: 'p1', blockType: 'chapter', steps: [{ text: 'A' }] }] } }
    expect(rowsReplacedWithoutIds(fields, stepsWithoutIds, stored, false)).toEqual(['outline.parts.0.steps'])
    expect(rowsReplacedWithoutIds(fields, { extras: { notes: [{ note: 'X' }] } }, stored, false)).toEqual(['extras.notes'])
    const oneSentOneNot = { outline: { parts: [{ id: 'p1', blockType: 'chapter', steps: [{ id: 's1' }, { text: 'B' }] }] } }
    expect(rowsReplacedWithoutIds(fields, oneSentOneNot, stored, false)).toEqual(['outline.parts.0.steps'])
  })

  it('lets through rows sent with their ids, rows added after them, rows left out, and rows of nothing translated', () => {
    const allowed = [
      { outline: { parts: [{ id: 'p1', blockType: 'chapter', steps: [{ id: 's2' }, { id: 's1' }] }] } },
      { outline: { parts: [{ id: 'p1', blockType: 'chapter', steps: [{ id: 's1' }, { id: 's2' }, { text: 'c' }] }] } },
      { outline: { parts: [{ id: 'p1', blockType: 'chapter', steps: [{ id: 's2' }] }] } },
      {
        outline: {
          parts: [
            { id: 'p1', blockType: 'chapter' },
            { blockType: 'chapter', steps: [{ text: 'new' }] },
          ],
        },
      },
      // The admin gives the rows it adds ids of its own.
      { extras: { notes: [{ id: 'admin-made', note: 'Y' }] } },
      { links: [{ url: 'https://example.com' }] },
      { translatedRows: [{ text: 'en' }] },
      { extras: { notes: [] } },
    ]
    for (const incoming of allowed) expect(rowsReplacedWithoutIds(fields, incoming, stored, false), JSON.stringify(incoming)).toEqual([])
  })

  it('in a bulk update, counts ids the document does not hold as new rows', () => {
    const incoming = { extras: { notes: [{ id: 'another-document', note: 'Y' }] } }
    expect(rowsReplacedWithoutIds(fields, incoming, stored, true)).toEqual(['extras.notes'])
    expect(rowsReplacedWithoutIds(fields, { extras: { notes: [{ id: 'n1', note: 'Y' }] } }, stored, true)).toEqual([])
  })
})

describe('sendsRowsWithLocalizedFields', () => {
  it('says whether a save sends shared rows holding translated text', () => {
    expect(sendsRowsWithLocalizedFields(fields, { outline: { parts: [] } })).toBe(true)
    expect(sendsRowsWithLocalizedFields(fields, { extras: { notes: [] } })).toBe(true)
    expect(sendsRowsWithLocalizedFields(fields, { links: [], translatedRows: [] })).toBe(false)
  })
})

describe('sharedFieldChanges', () => {
  it('names shared values and rows a save changes, and nothing for translated text', () => {
    expect(sharedFieldChanges(fields, { links: [{ id: 'l1', url: 'https://example.com' }] }, stored)).toEqual(['links.0.url'])
    expect(sharedFieldChanges(fields, { extras: { notes: [{ id: 'n1', note: 'Y' }] } }, stored)).toEqual([])
    expect(sharedFieldChanges(fields, { extras: { notes: [] } }, stored)).toEqual(['extras.notes'])
  })
})
