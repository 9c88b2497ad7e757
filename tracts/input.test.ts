import { describe, expect, it } from 'vitest'
import { defaultInput, inputProblems, normaliseUrl } from './input.ts'
import { a5Input, a5Template, squareTemplate } from './test-fixtures.ts'
import type { TractInput } from './template.ts'

const withValues = (values: Record<string, string>, legal: TractInput['legal'] = { mode: 'ipns' }): TractInput => ({
  values: { ...a5Input.values, ...values },
  legal,
})

describe('inputProblems', () => {
  it('accepts the filled-in tract', () => {
    expect(inputProblems(a5Template, a5Input)).toEqual([])
  })

  it('asks for required fields, counts characters and checks URLs, dates and times', () => {
    const problems = inputProblems(
      a5Template,
      withValues({ group: '  ', headline: 'é'.repeat(41), contact: 'pas une adresse', date: '2026-02-30', time: '25:00' }),
    )
    expect(problems).toEqual([
      { field: 'headline', code: 'tooLong', params: { field: 'headline', max: 40 } },
      { field: 'group', code: 'required', params: { field: 'group' } },
      { field: 'date', code: 'invalidDate', params: { field: 'date' } },
      { field: 'time', code: 'invalidTime', params: { field: 'time' } },
      { field: 'contact', code: 'invalidUrl', params: { field: 'contact' } },
    ])
    // 40 accented letters are 40 characters, whatever their UTF-16 length.
    expect(inputProblems(a5Template, withValues({ headline: 'é'.repeat(40) }))).toEqual([])
  })

  it('asks for the printer’s name and address on print formats only', () => {
    const printer = { mode: 'printer' as const, name: 'Imprimerie du Centre', address: ' ' }
    expect(inputProblems(a5Template, withValues({}, printer))).toEqual([{ field: 'legal.address', code: 'printerMissing' }])
    expect(inputProblems(a5Template, withValues({}, { ...printer, name: '' })).map((problem) => problem.field)).toEqual([
      'legal.name',
      'legal.address',
    ])
    expect(inputProblems(squareTemplate, { values: { ...a5Input.values }, legal: { ...printer, name: '' } })).toEqual([])
  })

  it('takes only PNG and JPEG logos', () => {
    const logo = { ...a5Template.fields[0]!, key: 'logo', label: 'Logo', type: 'logo' as const, required: true }
    const template = { ...a5Template, fields: [logo] }
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13)
    const gif = new TextEncoder().encode('GIF89a…')
    expect(inputProblems(template, { values: {}, legal: { mode: 'ipns' } })).toEqual([
      { field: 'logo', code: 'required', params: { field: 'Logo' } },
    ])
    expect(inputProblems(template, { values: {}, legal: { mode: 'ipns' }, logos: { logo: gif } })[0]?.code).toBe('logoType')
    expect(inputProblems(template, { values: {}, legal: { mode: 'ipns' }, logos: { logo: png } })).toEqual([])
  })
})

describe('normaliseUrl', () => {
  it('adds https to what people type and refuses what is not a web address', () => {
    expect(normaliseUrl('example.org/lyon-7')).toBe('https://example.org/lyon-7')
    expect(normaliseUrl(' http://example.org ')).toBe('http://example.org/')
    expect(normaliseUrl('mailto:contact@example.org')).toBe('mailto:contact@example.org')
    expect(normaliseUrl('tel:+33123456789')).toBe('tel:+33123456789')
    for (const bad of ['', 'lyon', 'javascript:alert(1)', 'ftp://example.org', 'two words.org', 'mailto:nobody'])
      expect(normaliseUrl(bad)).toBeNull()
  })
})

describe('defaultInput', () => {
  it('starts from the default values and the IPNS mention', () => {
    expect(defaultInput(a5Template)).toEqual({
      values: { headline: 'Réunion publique', group: '', date: '', time: '', place: '', contact: '' },
      legal: { mode: 'ipns' },
    })
  })
})
