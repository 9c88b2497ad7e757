import { describe, expect, it } from 'vitest'

import { staleRecordIds } from './syncSearch'

describe('the records a search sync takes out', () => {
  it('removes the ids of a former slug in every language, and keeps those the document still has', () => {
    const kept = [{ id: 'fr-trainings-nouveau' }, { id: 'en-trainings-nouveau' }]
    expect(staleRecordIds('trainings', { id: '7', slugs: ['nouveau', 'ancien'] }, kept, ['fr', 'en'])).toEqual([
      'fr-trainings-ancien',
      'en-trainings-ancien',
    ])
  })

  it('names a document without a slug by its id: a visual no longer downloadable leaves search', () => {
    expect(staleRecordIds('visuals', { id: '12', slugs: [] }, [], ['fr', 'en'])).toEqual(['fr-visuals-12', 'en-visuals-12'])
    expect(staleRecordIds('visuals', { id: '12', slugs: [] }, [{ id: 'fr-visuals-12' }], ['fr', 'en'])).toEqual(['en-visuals-12'])
  })
})
