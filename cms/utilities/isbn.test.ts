import { describe, expect, it } from 'vitest'

import { isValidIsbn } from './isbn'

describe('isValidIsbn', () => {
  it('accepts ISBN-13 and ISBN-10 with a correct check digit', () => {
    expect(isValidIsbn('978-2-07-036822-8')).toBe(true)
    expect(isValidIsbn('9782070368228')).toBe(true)
    expect(isValidIsbn('2-07-036822-X')).toBe(true)
  })

  it('refuses a wrong check digit or a malformed value', () => {
    expect(isValidIsbn('978-2-07-036822-7')).toBe(false)
    expect(isValidIsbn('12345')).toBe(false)
    expect(isValidIsbn('97820703682X8')).toBe(false)
  })
})
