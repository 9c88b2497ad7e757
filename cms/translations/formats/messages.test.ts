import { describe, expect, it } from 'vitest'

import { fileErrorText, formatMessages, unitProblemText, withProblemTexts } from './messages'
import type { FileErrorCode, UnitProblem, UnitProblemCode } from './units'

/** The admin's languages; one added later reads these in French until it has its own. */
const languages = ['fr', 'en', 'es', 'de', 'it', 'pt', 'ar']

/** Each code's params, as docs/TRANSLATIONS-FORMATS.md lists them. */
const fileErrorParams: Record<FileErrorCode, string[]> = {
  notXml: ['reason'],
  notJson: ['reason'],
  notTranslationFile: ['found'],
  unsupportedVersion: ['version'],
  missingSourceLanguage: [],
  missingTargetLanguage: [],
  sourceNotFrench: ['language'],
  targetIsFrench: [],
  unknownTargetLanguage: ['language', 'languages'],
}

const unitProblemParams: Record<UnitProblemCode, string[]> = {
  malformedUnit: ['field'],
  badDocument: [],
  duplicateUnit: [],
  unknownKind: ['kind'],
  missingSourceHash: [],
  sourceUnreadable: [],
  segmentUnknown: ['segment'],
  segmentUntranslated: ['segments'],
  unsupportedMarkup: ['segment', 'element'],
  codeUnknown: ['segment', 'code'],
  codeMisused: ['segment', 'code'],
  codeDuplicated: ['segment', 'code'],
  codeMissing: ['segment', 'code'],
  codesOverlap: ['segment', 'code'],
  codeUnclosed: ['segment', 'code'],
  linkInLink: ['segment', 'code'],
}

/** A distinct value per param, to find each in the worded message. */
const valuesFor = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, `⟨${name}⟩`]))

const placeholders = (message: string) => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()

describe('translation file messages', () => {
  it('has every code in every admin language, each with exactly its params', () => {
    expect(Object.keys(formatMessages).sort()).toEqual([...languages].sort())
    for (const language of languages) {
      const messages = formatMessages[language]!
      expect(Object.keys(messages.file).sort()).toEqual(Object.keys(fileErrorParams).sort())
      expect(Object.keys(messages.unit).sort()).toEqual(Object.keys(unitProblemParams).sort())
      for (const [code, params] of Object.entries(fileErrorParams))
        expect([language, code, placeholders(messages.file[code as FileErrorCode])]).toEqual([language, code, [...params].sort()])
      for (const [code, params] of Object.entries(unitProblemParams))
        expect([language, code, placeholders(messages.unit[code as UnitProblemCode])]).toEqual([language, code, [...params].sort()])
    }
  })

  it('words each language differently from French but in French itself', () => {
    for (const language of languages.filter((code) => code !== 'fr')) {
      expect(formatMessages[language]!.file.notXml).not.toBe(formatMessages.fr!.file.notXml)
      expect(formatMessages[language]!.unit.codeMissing).not.toBe(formatMessages.fr!.unit.codeMissing)
    }
  })

  it('fills in every placeholder', () => {
    for (const language of languages) {
      for (const [code, params] of Object.entries(fileErrorParams)) {
        const text = fileErrorText(language, code as FileErrorCode, valuesFor(params))
        expect(text).not.toContain('{{')
        for (const name of params) expect(text).toContain(`⟨${name}⟩`)
      }
      for (const [code, params] of Object.entries(unitProblemParams)) {
        const text = unitProblemText(language, code as UnitProblemCode, valuesFor(params))
        expect(text).not.toContain('{{')
        for (const name of params) expect(text).toContain(`⟨${name}⟩`)
      }
    }
    expect(fileErrorText('de', 'unsupportedVersion', { version: '1.2' })).toBe('Nicht unterstützte Dateiversion „1.2“.')
    expect(unitProblemText('fr', 'codeMissing', { segment: 'seg2', code: 'b1' })).toBe('segment seg2 : la balise b1 du français manque')
  })

  it('falls back to French for a language the admin does not have', () => {
    expect(fileErrorText('xx', 'targetIsFrench')).toBe(fileErrorText('fr', 'targetIsFrench'))
  })

  it('words the file problems of an import report, each from its own params', () => {
    const problems: UnitProblem[] = [
      { collection: 'programme', document: '12', unitId: 'intro', code: 'codeMissing', params: { segment: 'seg1', code: 'b1' } },
      { collection: 'programme', document: '12', unitId: 'intro', code: 'codeMissing', params: { segment: 'seg2', code: 'a2' } },
      { unitId: '#3', code: 'malformedUnit', params: { field: 'unit' } },
    ]
    const outcomes = [
      { collection: 'programme', document: '12', path: 'intro', reason: 'fileProblem', detail: 'codeMissing' },
      { collection: 'programme', document: '12', path: 'intro', reason: 'fileProblem', detail: 'codeMissing' },
      { collection: '', document: '', path: '#3', reason: 'fileProblem', detail: 'malformedUnit' },
      { collection: 'programme', document: '12', path: 'title', reason: 'refused', detail: 'Le titre est trop long.' },
    ]
    expect(withProblemTexts(outcomes, problems, 'en').map((outcome) => outcome.detail)).toEqual([
      'segment seg1: the French tag b1 is missing',
      'segment seg2: the French tag a2 is missing',
      'the unit’s “unit” field is malformed',
      'Le titre est trop long.',
    ])
  })
})
