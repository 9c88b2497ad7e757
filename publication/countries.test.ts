import { describe, expect, it } from 'vitest'

import { countryChoices } from './countries'

describe('the nationalities', () => {
  it('puts France first and names every country in the reader’s language', () => {
    const french = countryChoices('fr')
    expect(french[0]).toEqual({ code: 'FR', name: 'France' })
    expect(french.find((country) => country.code === 'DE')?.name).toBe('Allemagne')
    expect(countryChoices('ar')[0]).toEqual({ code: 'FR', name: 'فرنسا' })
    expect(french.length).toBeGreaterThan(190)
  })

  it('leaves out deprecated codes, non-countries and France’s own overseas places', () => {
    const codes = new Set(countryChoices('en').map((country) => country.code))
    for (const code of ['UK', 'DD', 'YU', 'EU', 'UN', 'ZZ', 'XA', 'RE', 'GP', 'NC']) expect(codes.has(code)).toBe(false)
    for (const code of ['GB', 'DE', 'DZ', 'MA', 'SN', 'PT', 'US']) expect(codes.has(code)).toBe(true)
  })

  it('sorts the others alphabetically in the reader’s language', () => {
    const names = countryChoices('fr')
      .slice(1)
      .map((country) => country.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')))
  })
})
