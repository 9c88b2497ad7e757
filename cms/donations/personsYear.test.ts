import { describe, expect, it } from 'vitest'

import { personKeyOf } from './personsYear'

describe('personKeyOf', () => {
  it('is one key for one person however their name is typed', () => {
    const key = personKeyOf({ firstName: 'Éloïse', lastName: 'Durand-Léger', postcode: '35000' })
    expect(key).toBe('eloise durand leger|35000')
    expect(personKeyOf({ firstName: ' eloise ', lastName: 'DURAND LÉGER', postcode: '35 000' })).toBe(key)
  })

  it('tells apart another postcode', () => {
    expect(personKeyOf({ firstName: 'Éloïse', lastName: 'Durand', postcode: '75011' })).not.toBe(
      personKeyOf({ firstName: 'Éloïse', lastName: 'Durand', postcode: '35000' }),
    )
  })
})
