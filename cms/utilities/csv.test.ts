import { describe, expect, it } from 'vitest'

import { csvCell, csvDownload, csvLine, localDateTime } from './csv'

describe('csv', () => {
  it('quotes every cell, doubles quotes, and disarms a text a spreadsheet would run as a formula', () => {
    expect(csvCell('Léa "Lou"')).toBe('"Léa ""Lou"""')
    for (const formula of ['=1+1', '+33 6', '-12', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(formula)).toBe(`"'${formula}"`)
    expect(csvCell(null)).toBe('""')
    expect(csvCell(undefined)).toBe('""')
  })

  it('writes our numbers and amounts as numbers: integers as they are, cents as euros with a decimal comma', () => {
    expect(csvCell(-3)).toBe('"-3"')
    expect([0, 5, 1005, 123_456, -4000, -5].map((cents) => csvCell({ cents }))).toEqual([
      '"0,00"',
      '"0,05"',
      '"10,05"',
      '"1234,56"',
      '"-40,00"',
      '"-0,05"',
    ])
  })

  it('separates cells with `;` and ends lines with CRLF; dates in the given zone', () => {
    expect(csvLine(['a', 1, { cents: 250 }])).toBe('"a";"1";"2,50"\r\n')
    expect(localDateTime('2026-03-31T22:30:00.000Z', 'Europe/Paris')).toBe('2026-04-01 00:30')
  })

  it('downloads as UTF-8 with a byte order mark, every chunk in order, never cached', async () => {
    async function* lines() {
      yield csvLine(['Prénom'])
      yield csvLine(['مريم'])
    }
    const response = csvDownload(lines(), 'x.csv')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="x.csv"')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes)).toBe('"Prénom"\r\n"مريم"\r\n')
  })
})
