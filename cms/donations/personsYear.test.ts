import { describe, expect, it } from 'vitest'

import { personKeyOf } from './personsYear'

describe('personKeyOf', () => {
  it('is one key for one person however their name is typed', () => {
    const key = personKeyOf({ firstName: 'Éloïse', lastName: 'Durand-Léger', postcode: '35000' })
    expect(key).toBe('durand eloise leger|35000')
    expect(personKeyOf({ firstName: ' eloise ', lastName: 'DURAND LÉGER', postcode: '35 000' })).toBe(key)
    // First and last name swapped, fullwidth letters: still her.
    expect(personKeyOf({ firstName: 'Durand-Léger', lastName: 'Éloïse', postcode: '35000' })).toBe(key)
    expect(personKeyOf({ firstName: 'Ｅｌｏｉｓｅ', lastName: 'Durand Leger', postcode: '３５０００' })).toBe(key)
  })

  it('tells apart another postcode', () => {
    expect(personKeyOf({ firstName: 'Éloïse', lastName: 'Durand', postcode: '75011' })).not.toBe(
      personKeyOf({ firstName: 'Éloïse', lastName: 'Durand', postcode: '35000' }),
    )
  })
})
