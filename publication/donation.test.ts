import { describe, expect, it } from 'vitest'

import { checkDonationForm, costAfterTaxReduction, type DonationRules, eurosText, parseEuros } from './donation'

const rules: DonationRules = { minimumCents: 500, maximumCents: 750_000, groupSlugs: new Set(['rennes', 'ecologie-31']) }

/** A complete, acceptable form from a French donor: each test changes what it is about. */
const form = (changes: Record<string, string> = {}) => ({
  language: 'fr',
  frequency: 'once',
  amountChoice: '30',
  amountOther: '',
  firstName: 'Nour',
  lastName: 'Benali-Durand',
  email: 'nour@example.org',
  address: '12 rue des Lilas',
  postcode: '35000',
  city: 'Rennes',
  nationality: 'FR',
  phone: '06 12 34 56 78',
  certify: 'yes',
  ...changes,
})

describe('parseEuros', () => {
  it('reads euros as people type them, in cents', () => {
    expect(parseEuros('30')).toBe(3000)
    expect(parseEuros('30,5')).toBe(3050)
    expect(parseEuros('30.05')).toBe(3005)
    expect(parseEuros('1 000,00 €')).toBe(100_000)
    expect(parseEuros('1\u202f000')).toBe(100_000)
  })

  it('refuses what is not an amount', () => {
    for (const text of ['', '-5', '3,333', 'abc', '1e3', '30,', '0x10']) expect(parseEuros(text)).toBeNull()
  })

  it('writes cents back as the language writes euros', () => {
    expect(eurosText(3050, 'fr')).toBe('30,50')
    expect(eurosText(3050, 'en')).toBe('30.50')
    expect(eurosText(3000, 'fr')).toBe('30')
  })
})

describe('checkDonationForm', () => {
  it('takes a complete form: everything to the national organisation by default', () => {
    const checked = checkDonationForm(form(), rules)
    expect(checked).toEqual({
      ok: true,
      fields: {
        frequency: 'once',
        amountCents: 3000,
        shares: [],
        nationalCents: 3000,
        donor: {
          firstName: 'Nour',
          lastName: 'Benali-Durand',
          email: 'nour@example.org',
          address: '12 rue des Lilas',
          postcode: '35000',
          city: 'Rennes',
          nationality: 'FR',
          residesInFrance: true,
          phone: '06 12 34 56 78',
        },
      },
    })
  })

  it('splits across groups in euros; what the shares leave goes to the national organisation', () => {
    const checked = checkDonationForm(
      form({ 'share.rennes': '20', 'share.ecologie-31': '5,50', amountChoice: 'other', amountOther: '30' }),
      rules,
    )
    expect(checked.ok && checked.fields.shares).toEqual([
      { group: 'rennes', cents: 2000 },
      { group: 'ecologie-31', cents: 550 },
    ])
    expect(checked.ok && checked.fields.nationalCents).toBe(450)
    // All of it to groups is allowed.
    const all = checkDonationForm(form({ 'share.rennes': '30' }), rules)
    expect(all.ok && all.fields.nationalCents).toBe(0)
  })

  it('names each bad amount or share', () => {
    const problem = (changes: Record<string, string>) => {
      const checked = checkDonationForm(form(changes), rules)
      return checked.ok ? null : checked.problems
    }
    expect(problem({ amountChoice: 'other', amountOther: '' })).toEqual({ amount: 'amountRequired' })
    expect(problem({ amountChoice: 'other', amountOther: 'trente' })).toEqual({ amount: 'amountInvalid' })
    expect(problem({ amountChoice: '0' })).toEqual({ amount: 'amountInvalid' })
    expect(problem({ amountChoice: '4,99' })).toEqual({ amount: 'amountBelowMinimum' })
    expect(problem({ amountChoice: '7500,01' })).toEqual({ amount: 'amountAboveMaximum' })
    expect(problem({ 'share.rennes': '20', 'share.ecologie-31': '10,01' })).toEqual({ shares: 'sharesAboveAmount' })
    expect(problem({ 'share.paris': '5' })).toEqual({ shares: 'shareGroupUnknown' })
    expect(problem({ 'share.rennes': '-5' })).toEqual({ shares: 'shareInvalid' })
    expect(problem({ frequency: 'weekly' })).toEqual({ frequency: 'frequencyInvalid' })
  })

  it('never lets the configured maximum rise above the yearly cap', () => {
    const checked = checkDonationForm(form({ amountChoice: '8000' }), { ...rules, maximumCents: 1_000_000 })
    expect(checked).toEqual({ ok: false, problems: { amount: 'amountAboveMaximum' } })
  })

  it('asks what the law needs of the donor, and refuses a foreigner not resident in France with the reason', () => {
    const checked = checkDonationForm(
      form({
        firstName: '',
        lastName: 'http://x.example',
        email: 'Nour <nour@example.org>',
        address: '',
        postcode: '!',
        city: '',
        phone: 'abc',
        certify: '',
      }),
      rules,
    )
    expect(checked).toEqual({
      ok: false,
      problems: {
        firstName: 'firstNameRequired',
        lastName: 'lastNameInvalid',
        email: 'emailInvalid',
        address: 'addressRequired',
        postcode: 'postcodeInvalid',
        city: 'cityRequired',
        phone: 'phoneInvalid',
        certify: 'certifyRequired',
      },
    })
    expect(checkDonationForm(form({ nationality: 'BE' }), rules)).toEqual({ ok: false, problems: { residesInFrance: 'residenceRequired' } })
    const resident = checkDonationForm(form({ nationality: 'be', residesInFrance: 'yes' }), rules)
    expect(resident.ok && resident.fields.donor).toMatchObject({ nationality: 'BE', residesInFrance: true })
    expect(checkDonationForm(form({ nationality: '' }), rules)).toEqual({ ok: false, problems: { nationality: 'nationalityRequired' } })
  })

  it('takes names in any script, reads fullwidth letters as letters, and refuses a word mixing look-alike alphabets', () => {
    const fullwidth = checkDonationForm(form({ firstName: 'Ｎｏｕｒ' }), rules)
    expect(fullwidth.ok && fullwidth.fields.donor.firstName).toBe('Nour')
    for (const firstName of ['Нур', 'نور', 'Νούρ', 'Zoë']) expect(checkDonationForm(form({ firstName }), rules).ok).toBe(true)
    // A Cyrillic «о» in a Latin name: it would read as Nour on a receipt and count as someone else.
    expect(checkDonationForm(form({ firstName: 'N\u043eur' }), rules)).toEqual({ ok: false, problems: { firstName: 'firstNameInvalid' } })
  })
})

describe('costAfterTaxReduction', () => {
  it('is what remains after the 66 % reduction', () => {
    expect(costAfterTaxReduction(3000)).toBe(1020)
    expect(costAfterTaxReduction(10_000)).toBe(3400)
  })
})
