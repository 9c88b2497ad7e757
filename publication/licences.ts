/**
 * The licences a visual can carry: the CMS offers them (cms/collections/Visuals), the site names and
 * links them (site/lib/licences.ts). Creative Commons names are not translated: they are how the
 * licences are cited everywhere.
 */
export const creativeCommonsLicences = {
  'CC-BY-4.0': { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'CC0-1.0': { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
} as const

/** Reuse needs the rights holder's permission; named in the reader's language. */
export const allRightsReserved = 'all-rights-reserved'

export type LicenceCode = keyof typeof creativeCommonsLicences | typeof allRightsReserved

export const licenceCodes: LicenceCode[] = [...(Object.keys(creativeCommonsLicences) as LicenceCode[]), allRightsReserved]
