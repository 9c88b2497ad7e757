import { describe, expect, it } from 'vitest'

import fr from '../i18n/fr.json'
import { seatsText } from './SeatsLeft'

const strings = {
  left: { one: fr.event.seats.left_one, many: fr.event.seats.left_many, other: fr.event.seats.left_other },
  fullWaitlist: fr.event.seats.fullWaitlist,
  full: fr.event.seats.full,
}
const seats = { open: true, capacity: 30, left: 12, waitlist: true }

describe('seatsText', () => {
  it("counts the seats left in the language's plural and number format", () => {
    expect(seatsText(seats, 'fr', strings)).toBe('Il reste 12 places')
    expect(seatsText({ ...seats, left: 1 }, 'fr', strings)).toBe('Il reste 1 place')
    expect(seatsText({ ...seats, capacity: 2000, left: 1500 }, 'fr', strings)).toBe('Il reste 1\u202f500 places')
  })

  it('says full, and whether the waitlist is open', () => {
    expect(seatsText({ ...seats, left: 0 }, 'fr', strings)).toBe('Complet : liste d’attente ouverte')
    expect(seatsText({ ...seats, left: 0, waitlist: false }, 'fr', strings)).toBe('Complet')
  })

  it('says nothing for an event without a limit', () => {
    expect(seatsText({ ...seats, capacity: null, left: null }, 'fr', strings)).toBeNull()
  })
})
