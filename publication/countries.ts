/**
 * The nationalities the donation form offers (the site's form and the CMS's correction page alike).
 */

/** Region codes that name no nationality: reserved areas, unions, pseudo-regions, the unknown region. */
const notNationalities = new Set([
  'AC',
  'AQ',
  'BV',
  'CP',
  'CQ',
  'DG',
  'EA',
  'EU',
  'EZ',
  'GS',
  'HM',
  'IC',
  'IO',
  'QO',
  'TA',
  'UM',
  'UN',
  'XA',
  'XB',
  'ZZ',
])
/** France's overseas departments and territories: their people are French, so they are France in this list. */
const franceOverseas = new Set(['BL', 'GF', 'GP', 'MF', 'MQ', 'NC', 'PF', 'PM', 'RE', 'TF', 'WF', 'YT'])

/**
 * The nationalities the form offers: every country of ISO 3166-1 (alpha-2) the runtime can name,
 * named in the reader's language by Intl.DisplayNames, France first then the others alphabetically.
 * Deprecated codes (UK, DD, YU…) are left out: their canonical code is another.
 */
export function countryChoices(locale: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']
  const countries = letters
    .flatMap((first) => letters.map((second) => `${first}${second}`))
    .filter((code) => !notNationalities.has(code) && !franceOverseas.has(code) && new Intl.Locale(`und-${code}`).region === code)
    .flatMap((code) => {
      const name = names.of(code)
      return name ? [{ code, name }] : []
    })
  const france = countries.filter((country) => country.code === 'FR')
  const others = countries.filter((country) => country.code !== 'FR').sort((a, b) => a.name.localeCompare(b.name, locale))
  return [...france, ...others]
}
