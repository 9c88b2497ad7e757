import { describe, expect, it } from 'vitest'

import { consentWording } from '../../publication/consentText'
import { donationText } from '../../publication/donationText'
import { localeCodes } from '../../publication/locales'
import { pluralCategories } from '../../publication/pluralForms'
import type { TextsByLanguage } from '../../publication/textsByLanguage'
import { translationTexts } from '../components/translations/messages'
import { payPageMessages } from '../donations/checkoutStandIn/messages'
import { donationEmailMessages } from '../donations/emails/messages'
import { manageMessages } from '../donations/manageMessages'
import { treasuryMessages } from '../donations/treasury/messages'
import { refusalMessages } from '../endpoints/sameSite'
import { emailMessages } from '../registrations/emails/messages'
import { publicMessages } from '../registrations/publicMessages'
import { digestMessages } from '../translations/digest/messages'
import { subtitleTexts } from '../translations/subtitleMessages'

/**
 * The tables of texts in every language (publication/textsByLanguage.ts): French required, any
 * other language optional, read in French until it is written. A language written there is whole:
 * French's keys at every depth, and no other.
 */
const tables: Record<string, TextsByLanguage<unknown>> = {
  'publication/donationText.ts': donationText,
  'publication/consentText.ts': consentWording,
  'cms/endpoints/sameSite.ts': refusalMessages,
  'cms/registrations/emails/messages.ts': emailMessages,
  'cms/registrations/publicMessages.ts': publicMessages,
  'cms/donations/emails/messages.ts': donationEmailMessages,
  'cms/donations/manageMessages.ts': manageMessages,
  'cms/donations/treasury/messages.ts': treasuryMessages,
  'cms/donations/checkoutStandIn/messages.ts': payPageMessages,
  'cms/translations/digest/messages.ts': digestMessages,
  'cms/translations/subtitleMessages.ts': subtitleTexts,
  'cms/components/translations/messages.ts': translationTexts,
}

const pluralRules = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other'])

/** A count's words (digest/messages.ts `PluralForms`): functions keyed by plural category, `other` among them. */
const isPluralForms = (texts: object) =>
  'other' in texts && Object.entries(texts).every(([key, words]) => pluralRules.has(key) && typeof words === 'function')

/**
 * Each key path of `texts` down to its texts (strings or functions). Plural forms are one path,
 * their categories those the language's own grammar has: Arabic's differ from French's.
 */
const keyPaths = (texts: unknown, code: string, at = ''): string[] => {
  if (typeof texts !== 'object' || texts === null) return [at]
  if (isPluralForms(texts))
    return Object.keys(texts).every((category) => pluralCategories(code).includes(category)) ? [at] : [`${at}, forms not in ${code}`]
  return Object.entries(texts).flatMap(([key, value]) => keyPaths(value, code, at ? `${at}.${key}` : key))
}

describe.each(Object.entries(tables))('%s', (_, table) => {
  it('names only the hub’s languages', () => {
    expect(localeCodes).toEqual(expect.arrayContaining(Object.keys(table)))
  })

  it('has, in each language it is written in, exactly French’s keys', () => {
    const french = keyPaths(table.fr, 'fr').sort()
    for (const [code, texts] of Object.entries(table)) expect({ code, keys: keyPaths(texts, code).sort() }).toEqual({ code, keys: french })
  })
})
