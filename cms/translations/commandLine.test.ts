import { describe, expect, it } from 'vitest'

import { parseCommand, reportText, usage, UsageError } from './commandLine'

const refusal = (args: string[]) => {
  try {
    parseCommand(args)
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as Error).message
  }
  throw new Error(`accepted: ${args.join(' ')}`)
}

describe('npm run translations: arguments', () => {
  it('reads an export, its format given or guessed from --out', () => {
    expect(parseCommand(['export', '--lang', 'de'])).toEqual({ action: 'export', language: 'de', format: 'xliff' })
    expect(parseCommand(['export', '--lang', 'de', '--collection', 'programme', '--document', '12', '--out', 'de.json'])).toEqual({
      action: 'export',
      language: 'de',
      collection: 'programme',
      document: '12',
      format: 'json',
      out: 'de.json',
    })
    expect(parseCommand(['export', '--lang', 'ar', '--out', 'ar.XLIFF'])).toMatchObject({ format: 'xliff', out: 'ar.XLIFF' })
    expect(parseCommand(['export', '--lang', 'es', '--format', 'json'])).toMatchObject({ format: 'json' })
    // Said outright, the format wins over the name.
    expect(parseCommand(['export', '--lang', 'es', '--format', 'json', '--out', 'es.txt'])).toMatchObject({ format: 'json', out: 'es.txt' })
  })

  it('reads an import, dry or not, and a status', () => {
    expect(parseCommand(['import', 'de.xlf'])).toEqual({ action: 'import', file: 'de.xlf', dryRun: false })
    expect(parseCommand(['import', '--dry-run', 'de.xlf'])).toEqual({ action: 'import', file: 'de.xlf', dryRun: true })
    expect(parseCommand(['status'])).toEqual({ action: 'status' })
    expect(parseCommand(['status', '--collection', 'faqs'])).toEqual({ action: 'status', collection: 'faqs' })
    expect(parseCommand(['--help'])).toEqual({ action: 'help' })
    expect(parseCommand(['export', '-h'])).toEqual({ action: 'help' })
  })

  it('refuses bad arguments with a reason', () => {
    expect(refusal([])).toContain('Aucune action')
    expect(refusal(['translate'])).toContain('« translate »')
    expect(refusal(['export'])).toContain('--lang')
    expect(refusal(['export', '--lang', 'fr'])).toContain('« fr » n’est pas une langue de traduction')
    expect(refusal(['export', '--lang', 'nl'])).toContain('« nl »')
    expect(refusal(['export', '--lang', 'de', '--collection', 'users'])).toContain('« users »')
    expect(refusal(['export', '--lang', 'de', '--document', '12'])).toContain('--document demande --collection')
    expect(refusal(['export', '--lang', 'de', '--collection', 'faqs', '--document', '../12'])).toContain('identifiant invalide')
    expect(refusal(['export', '--lang', 'de', '--out', 'de.txt'])).toContain('extension inconnue')
    expect(refusal(['export', '--lang', 'de', '--format', 'po'])).toContain('« po »')
    expect(refusal(['export', '--lang', 'de', 'extra'])).toContain('« extra »')
    expect(refusal(['export', '--lang', 'de', '--dry-run'])).toContain('--dry-run ne s’emploie pas avec export')
    expect(refusal(['import'])).toContain('un fichier, et un seul')
    expect(refusal(['import', 'a.xlf', 'b.xlf'])).toContain('un fichier, et un seul')
    expect(refusal(['import', 'a.xlf', '--lang', 'de'])).toContain('--lang ne s’emploie pas avec import')
    expect(refusal(['status', '--collection', 'nope'])).toContain('« nope »')
    // node:util's own refusals (an unknown option, a value missing) are usage errors too.
    expect(refusal(['export', '--langue', 'de'])).toContain('--langue')
    expect(refusal(['export', '--lang'])).toContain('--lang')
  })

  it('lists the three actions and the exit codes in the usage', () => {
    for (const words of ['export --lang', 'import <fichier> [--dry-run]', 'status [--collection', 'Code de sortie', 'programme, faqs'])
      expect(usage).toContain(words)
  })
})

describe('npm run translations: the import report', () => {
  it('lists each unit with its document, field and reason in plain words', () => {
    const text = reportText(
      {
        language: 'de',
        applied: [{ collection: 'programme', document: '12', path: 'title', title: 'Vivre mieux' }],
        stale: [{ collection: 'programme', document: '12', path: 'intro', title: 'Vivre mieux', reason: 'sourceChanged' }],
        invalid: [
          { collection: '', document: '', path: '#3', reason: 'fileProblem', detail: 'le champ « unit » de l’unité est mal formé' },
        ],
        skipped: [{ collection: 'faqs', document: '7', path: 'answer', reason: 'noTarget' }],
      },
      false,
    )
    expect(text.split('\n')).toEqual([
      'Import en de.',
      'Enregistrés en brouillon : 1',
      '  programme « Vivre mieux » (12) — title',
      'Le français a changé depuis l’export, non appliqués : 1',
      '  programme « Vivre mieux » (12) — intro — le français a changé : exportez à nouveau',
      'Invalides, non appliqués : 1',
      '  document non indiqué — #3 — unité mal formée dans le fichier — le champ « unit » de l’unité est mal formé',
      'Rien à faire : 1',
      '  faqs 7 — answer — pas de traduction dans le fichier',
    ])
    expect(reportText({ language: 'de', applied: [], stale: [], invalid: [], skipped: [] }, true)).toContain('rien n’a été enregistré')
  })
})
