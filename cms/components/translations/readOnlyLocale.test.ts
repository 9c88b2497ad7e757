import { describe, expect, it } from 'vitest'

import { readOnlyLocaleFor } from './readOnlyLocale'

const translator = { role: 'translator', languages: ['en', 'es'] }

describe('readOnlyLocaleFor', () => {
  it('gives a translator their languages in a language not theirs', () => {
    expect(readOnlyLocaleFor(translator, 'de')).toEqual(['en', 'es'])
    expect(readOnlyLocaleFor(translator, 'fr')).toEqual(['en', 'es'])
    expect(readOnlyLocaleFor({ role: 'translator', languages: null }, 'de')).toEqual([])
  })

  it('says nothing in their own language, nor to another role or nobody', () => {
    expect(readOnlyLocaleFor(translator, 'es')).toBeNull()
    expect(readOnlyLocaleFor({ role: 'editor' }, 'de')).toBeNull()
    expect(readOnlyLocaleFor(null, 'de')).toBeNull()
    expect(readOnlyLocaleFor(translator, undefined)).toBeNull()
  })
})
