import { describe, expect, it } from 'vitest'

import { toRowIdPath } from './rowIdPath'

const form: Record<string, unknown> = {
  'sections.0.id': '65f0a1',
  'sections.0.measures.1.id': '65f0b2',
  'sections.1.id': 7,
  'sections.1.measures.0.id': null,
}
const valueAt = (path: string) => form[path]

describe('toRowIdPath', () => {
  it('leaves a path without rows as it is', () => {
    expect(toRowIdPath('title', valueAt)).toBe('title')
    expect(toRowIdPath('meta.description', valueAt)).toBe('meta.description')
  })

  it('names each row by its id, however deep', () => {
    expect(toRowIdPath('sections.0.title', valueAt)).toBe('sections.65f0a1.title')
    expect(toRowIdPath('sections.0.measures.1.title', valueAt)).toBe('sections.65f0a1.measures.65f0b2.title')
    expect(toRowIdPath('sections.1.title', valueAt)).toBe('sections.7.title')
  })

  it('has no path for a row not saved yet', () => {
    expect(toRowIdPath('sections.1.measures.0.title', valueAt)).toBeNull()
    expect(toRowIdPath('sections.2.title', valueAt)).toBeNull()
  })
})
