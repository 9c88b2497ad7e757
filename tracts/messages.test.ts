import { describe, expect, it } from 'vitest'
import { legalMentionLines, tractLanguages, tractMessage, type TractMessageCode } from './messages.ts'

const codes: TractMessageCode[] = [
  'boxOutsidePage',
  'legalZoneMissing',
  'sizeRange',
  'duplicateKey',
  'defaultTooLong',
  'artworkImageMissing',
  'required',
  'tooLong',
  'invalidUrl',
  'invalidDate',
  'invalidTime',
  'printerMissing',
  'logoType',
  'shrunk',
  'overflow',
  'missingGlyphs',
]

describe('tractMessage', () => {
  it('says every problem and warning in every language, with its details filled in', () => {
    const params = { field: 'Lieu', max: 60, key: 'lieu', chars: '😀', width: 148, height: 210, unit: 'mm' }
    for (const lang of tractLanguages)
      for (const code of codes) {
        const message = tractMessage(code, lang, params)
        expect(message, `${lang} ${code}`).toMatch(/\S/)
        expect(message, `${lang} ${code}`).not.toMatch(/\{\w+\}/)
      }
    expect(tractMessage('required', 'fr')).toBe('Ce champ est obligatoire.')
    expect(tractMessage('tooLong', 'fr', { field: 'Lieu', max: 60 })).toBe('« Lieu » dépasse 60 caractères.')
    expect(tractMessage('overflow', 'fr', { field: 'Lieu' })).toBe(
      'Le texte de « Lieu » ne tient pas dans son cadre, même à la plus petite taille : raccourcissez-le.',
    )
    expect(tractMessage('missingGlyphs', 'fr', { chars: '😀' })).toBe('Caractères absents de la police, ils ne seront pas imprimés : 😀')
  })

  it('speaks the language of a regional locale, and English when it does not know the language', () => {
    expect(tractMessage('required', 'de-AT')).toBe('Dieses Feld ist ein Pflichtfeld.')
    expect(tractMessage('required', 'ja')).toBe('This field is required.')
    expect(tractMessage('required', 'ar')).toBe('هذا الحقل إلزامي.')
  })
})

describe('legalMentionLines', () => {
  it('prints IPNS or the printer, and asks not to throw the tract on the street', () => {
    expect(legalMentionLines({ mode: 'ipns' }, 'fr')).toEqual(['IPNS — Imprimé par nos soins', 'Ne pas jeter sur la voie publique'])
    expect(
      legalMentionLines({ mode: 'printer', name: ' Imprimerie du Centre ', address: '3 rue des Presses, 69001 Lyon' }, 'fr-FR'),
    ).toEqual(['Imprimé par Imprimerie du Centre, 3 rue des Presses, 69001 Lyon', 'Ne pas jeter sur la voie publique'])
    for (const locale of tractLanguages) expect(legalMentionLines({ mode: 'ipns' }, locale)).toHaveLength(2)
    expect(legalMentionLines({ mode: 'ipns' }, 'en')[1]).toBe('Please do not throw on the street')
    // The law is French: a language the engine does not know gets the French mention.
    expect(legalMentionLines({ mode: 'ipns' }, 'nl')[0]).toBe('IPNS — Imprimé par nos soins')
  })
})
