import { describe, expect, it } from 'vitest'

import { queryWords, shardFile, shardOf, termsOf } from './terms'

describe('terms of the static index', () => {
  it('folds words and leaves out one-letter and common words of the language', () => {
    expect(termsOf("L'Avenir en commun, à la Une", 'fr')).toEqual(['avenir', 'commun'])
    expect(termsOf('The planning of the 6e République', 'en')).toEqual(['planning', '6e', 'republique'])
  })

  it('lets a plural find its singular, not a short word its neighbours', () => {
    expect(queryWords('élections prix élections', 'fr')).toEqual([
      { word: 'elections', prefix: 'election' },
      { word: 'prix', prefix: 'prix' },
    ])
  })

  it('names shard files safely, whatever the script', () => {
    expect(shardOf('formation')).toBe('fo')
    expect(shardFile('fo')).toBe('fo.json')
    expect(shardFile('تد')).toBe('_62a_62f.json')
  })
})
