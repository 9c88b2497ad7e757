import { describe, expect, it } from 'vitest'

import { languageOfTexts, type TextsByLanguage, textsIn } from './textsByLanguage'

const greetings: TextsByLanguage<{ hello: string }> = { fr: { hello: 'Bonjour' }, en: { hello: 'Hello' }, de: undefined }

describe('textsIn', () => {
  it('reads a language’s own texts', () => {
    expect(textsIn(greetings, 'fr').hello).toBe('Bonjour')
    expect(textsIn(greetings, 'en').hello).toBe('Hello')
  })

  it('reads French for a language without texts of its own: one just added, or one left out', () => {
    expect(textsIn(greetings, 'nl').hello).toBe('Bonjour')
    expect(textsIn(greetings, 'de').hello).toBe('Bonjour')
  })

  it('never reads the object’s prototype for a code from a request', () => {
    for (const code of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) expect(textsIn(greetings, code)).toBe(greetings.fr)
  })
})

describe('languageOfTexts', () => {
  it('names the language the texts are in: the one asked for when it has them, else French', () => {
    expect(languageOfTexts(greetings, 'en')).toBe('en')
    expect(languageOfTexts(greetings, 'nl')).toBe('fr')
    expect(languageOfTexts(greetings, 'de')).toBe('fr')
    expect(languageOfTexts(greetings, 'toString')).toBe('fr')
  })
})
