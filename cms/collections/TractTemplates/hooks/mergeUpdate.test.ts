import { describe, expect, it } from 'vitest'

import { mergeUpdate } from './mergeUpdate'

const stored = {
  format: 'A5',
  languages: ['fr', 'en'],
  artwork: 4,
  fields: [
    { id: 'a', key: 'group', label: 'Groupe', box: { x: 10, y: 20, width: 100, height: 15 } },
    { id: 'b', key: 'date', label: 'Date', box: { x: 10, y: 40, width: 60, height: 10 } },
  ],
  legal: { box: { x: 10, y: 195, width: 128, height: 10 } },
}

describe('mergeUpdate', () => {
  it('keeps what a partial update leaves out, merging rows by id and groups by key', () => {
    const merged = mergeUpdate(stored, {
      fields: [
        { id: 'a', label: 'Action group' },
        { id: 'b', box: { x: 100 } },
      ],
      legal: { box: { y: 190 } },
    })
    expect(merged).toEqual({
      ...stored,
      fields: [
        { ...stored.fields[0], label: 'Action group' },
        { ...stored.fields[1], box: { x: 100, y: 40, width: 60, height: 10 } },
      ],
      legal: { box: { x: 10, y: 190, width: 128, height: 10 } },
    })
  })

  it('takes new rows, removed rows, cleared values and replaced lists as sent', () => {
    const merged = mergeUpdate(stored, { languages: ['fr'], artwork: null, fields: [{ key: 'place', box: { x: 1 } }] })
    expect(merged).toEqual({ ...stored, languages: ['fr'], artwork: null, fields: [{ key: 'place', box: { x: 1 } }] })
  })
})
