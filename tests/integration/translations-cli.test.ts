import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { type CmsCommand, type CommandOutput, parseCommand, runCommand } from '../../cms/translations/commandLine'
import type { ImportReport } from '../../cms/translations/exchange'
import { readTranslationFile, writeTranslationFile } from '../../cms/translations/formats'
import { apiClient, type ApiClient, signIn } from './apiClient'
import { describeOnDatabase, testPayload } from './database'
import { createUser, publishedChapterData } from './fixtures'

/** Every language's stored values of a document (its latest version), `updatedAt` and a draft's `_status` aside. */
const stored = async (payload: Payload, id: number | string) =>
  JSON.parse(
    JSON.stringify(await payload.findByID({ collection: 'programme', id, locale: 'all', draft: true, depth: 0 }), (key, value: unknown) =>
      key === 'updatedAt' || key === '_status' ? undefined : value,
    ),
  ) as Record<string, unknown>

/** The same, without one language's values (a localized value is `{ fr, en, … }`). */
const without = (doc: unknown, code: string): unknown =>
  JSON.parse(JSON.stringify(doc, (key, value: unknown) => (key === code ? undefined : value)))

/** A command's output, collected: what the script would print on standard output and error, and each step's progress. */
const terminal = () => {
  const out: string[] = []
  const err: string[] = []
  const steps: { label: string; done: number; total: number; finished: boolean }[] = []
  const output: CommandOutput = {
    out: (text) => out.push(text),
    err: (line) => err.push(line),
    step: (label) => {
      const step = { label, done: 0, total: 0, finished: false }
      steps.push(step)
      return { update: (done, total) => Object.assign(step, { done, total }), done: () => Object.assign(step, { finished: true }) }
    },
  }
  return { output, out, err, steps }
}

const german: Record<string, string> = {
  'Vivre mieux': 'Besser leben',
  'Un résumé.': 'Eine Zusammenfassung.',
  'Une introduction en français.': 'Eine Einleitung auf Deutsch.',
  'Se loger': 'Wohnen',
  'Encadrer les loyers': 'Mieten begrenzen',
  'Les loyers seront encadrés.': 'Die Mieten werden begrenzt.',
}

/** A translation tool's work on an exported XLIFF file: each plain segment gets its German. */
const translateXliff = (xliff: string) =>
  xliff.replace(/<source>([^<]*)<\/source>/g, (whole, text: string) => `${whole}<target>${german[text] ?? text}</target>`)

describeOnDatabase('npm run translations', () => {
  let payload: Payload
  let dir: string

  beforeAll(async () => {
    payload = await testPayload()
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-translations-'))
  })
  afterAll(() => fs.rm(dir, { recursive: true, force: true }))

  const run = async (args: string[]) => {
    const command = parseCommand(args)
    if (command.action === 'help') throw new Error('no CMS for the usage')
    const output = terminal()
    return { code: await runCommand(payload, command as CmsCommand, output.output), ...output }
  }

  const createChapter = () => payload.create({ collection: 'programme', data: publishedChapterData() })

  /** A chapter's German texts exported into a file by the command, then translated. */
  const exportTranslated = async (id: number | string, name: string) => {
    const file = path.join(dir, name)
    const exported = await run(['export', '--lang', 'de', '--collection', 'programme', '--document', String(id), '--out', file])
    expect(exported.code).toBe(0)
    expect(exported.out).toEqual([])
    expect(exported.err).toEqual(['  programme : 6', `Textes à traduire ou à revoir en de : 6 → ${file} (XLIFF 2.0).`])
    await fs.writeFile(file, translateXliff(await fs.readFile(file, 'utf8')))
    return file
  }

  it('exports to a file and imports it back translated: drafts in that language only', async () => {
    const chapter = await createChapter()
    const file = await exportTranslated(chapter.id, 'de.xlf')
    const before = await stored(payload, chapter.id)

    const imported = await run(['import', file])
    expect(imported.code).toBe(0)
    const report = imported.out.join('')
    expect(report).toContain('Import en de.\nEnregistrés en brouillon : 6\n')
    expect(report).toContain(`  programme « Vivre mieux » (${chapter.id}) — title\n`)
    expect(report).toContain('Invalides, non appliqués : 0')

    // Every language but German is byte-identical; German is a draft, the published version untouched.
    const after = await stored(payload, chapter.id)
    expect(without(after, 'de')).toEqual(without(before, 'de'))
    const draft = await payload.findByID({ collection: 'programme', id: chapter.id, locale: 'de', fallbackLocale: false, draft: true })
    expect(draft.title).toBe('Besser leben')
    expect(draft.sections[0]?.measures[0]?.title).toBe('Mieten begrenzen')
    const live = await payload.findByID({ collection: 'programme', id: chapter.id, locale: 'de', fallbackLocale: false, draft: false })
    expect(live.title ?? null).toBeNull()

    // Imported again, nothing is left to do.
    const again = await run(['import', file])
    expect(again.code).toBe(0)
    expect(again.out.join('')).toContain('Rien à faire : 6')
  })

  it('exports to standard output, in the format asked', async () => {
    const chapter = await createChapter()
    const exported = await run([
      'export',
      '--lang',
      'it',
      '--collection',
      'programme',
      '--document',
      String(chapter.id),
      '--format',
      'json',
    ])
    expect(exported.code).toBe(0)
    const { file } = readTranslationFile(exported.out.join(''))
    expect(file.targetLanguage).toBe('it')
    expect(file.units.map((unit) => unit.path)).toContain('title')
  })

  it('with --dry-run, reports what would be saved and writes nothing', async () => {
    const chapter = await createChapter()
    const file = await exportTranslated(chapter.id, 'de-dry.xlf')
    const before = await stored(payload, chapter.id)
    const dry = await run(['import', '--dry-run', file])
    expect(dry.code).toBe(0)
    expect(dry.out.join('')).toContain('rien n’a été enregistré')
    expect(dry.out.join('')).toContain('Enregistrés en brouillon : 6')
    expect(await stored(payload, chapter.id)).toEqual(before)
  })

  it('refuses a malformed or missing file with exit code 2 and writes nothing; a stale unit is exit code 1', async () => {
    const chapter = await createChapter()
    const before = await stored(payload, chapter.id)
    const malformed = path.join(dir, 'malformed.xlf')
    await fs.writeFile(malformed, '<xliff version="2.0"><file>')
    const refused = await run(['import', malformed])
    expect(refused.code).toBe(2)
    expect(refused.out).toEqual([])
    expect(refused.err.join('\n')).toMatch(/malformed\.xlf : Le fichier n’est pas du XML bien formé \(.+\)\. Rien n’a été enregistré\./)
    const missing = await run(['import', path.join(dir, 'nowhere.xlf')])
    expect(missing.code).toBe(2)
    expect(missing.err.join('\n')).toContain('ENOENT')
    expect(await stored(payload, chapter.id)).toEqual(before)

    const file = await exportTranslated(chapter.id, 'de-stale.xlf')
    await payload.update({ collection: 'programme', id: chapter.id, locale: 'fr', draft: true, data: { title: 'Vivre bien mieux' } })
    const stale = await run(['import', file])
    expect(stale.code).toBe(1)
    expect(stale.out.join('')).toContain(
      `  programme « Vivre bien mieux » (${chapter.id}) — title — le français a changé : exportez à nouveau`,
    )
  })

  it('status recomputes a document whose status rows were deleted, with progress', async () => {
    const chapter = await createChapter()
    const rowsOf = async () =>
      (
        await payload.find({
          collection: 'translation-status',
          where: { and: [{ collection: { equals: 'programme' } }, { document: { equals: String(chapter.id) } }] },
          pagination: false,
          depth: 0,
        })
      ).docs
    expect(await rowsOf()).toHaveLength(6)
    await payload.delete({
      collection: 'translation-status',
      where: { and: [{ collection: { equals: 'programme' } }, { document: { equals: String(chapter.id) } }] },
    })
    expect(await rowsOf()).toEqual([])

    const status = await run(['status', '--collection', 'programme'])
    expect(status.code).toBe(0)
    const rows = await rowsOf()
    expect(rows.map((row) => row.locale).sort()).toEqual(['ar', 'de', 'en', 'es', 'it', 'pt'])
    expect(rows.find((row) => row.locale === 'de')).toMatchObject({ status: 'missing', missing: 6 })
    expect(status.steps).toEqual([expect.objectContaining({ label: 'programme', finished: true })])
    expect(status.steps[0]!.done).toBe(status.steps[0]!.total)
    expect(status.steps[0]!.total).toBeGreaterThanOrEqual(1)
  })

  it('the script refuses bad arguments with its usage and exit code 2', async () => {
    const failure = await promisify(execFile)(path.resolve('node_modules/.bin/tsx'), [
      'scripts/translations.ts',
      'export',
      '--lang',
      'fr',
    ]).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    )
    expect(failure?.code).toBe(2)
    expect(failure?.stderr).toContain('« fr » n’est pas une langue de traduction')
    expect(failure?.stderr).toContain('Usage :')
  })
})

describeOnDatabase('translation import errors in the admin’s language', () => {
  let payload: Payload
  let api: ApiClient
  let token: string

  beforeAll(async () => {
    payload = await testPayload()
    api = await apiClient()
    token = await signIn(api.request, (await createUser(payload, 'editor')).email)
  })

  it('words a malformed file in the reader’s admin language, keeping its code and params', async () => {
    const response = await api.request('POST', 'translations/import', {
      token,
      adminLanguage: 'de',
      body: '{"format": "resource-hub-translations", "version": 7}',
      headers: { 'content-type': 'application/json' },
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      errors: [{ message: 'Nicht unterstützte Dateiversion „7“.', code: 'unsupportedVersion', params: { version: '7' } }],
    })
  })

  it('words each malformed unit of a readable file in the report', async () => {
    // A unit whose target is not a string: left out by the reader, reported with its params.
    const json = JSON.parse(writeTranslationFile({ sourceLanguage: 'fr', targetLanguage: 'es', units: [] }, 'json')) as { units: unknown[] }
    json.units.push({ collection: 'programme', document: '1', path: 'title', kind: 'text', sourceHash: 'x', source: 'Vivre', target: 12 })
    const response = await api.request('POST', 'translations/import', {
      token,
      adminLanguage: 'es',
      body: JSON.stringify(json),
      headers: { 'content-type': 'application/json' },
    })
    expect(response.status).toBe(200)
    const report = (await response.json()) as ImportReport
    expect(report.invalid).toEqual([
      {
        collection: 'programme',
        document: '1',
        path: 'title',
        reason: 'fileProblem',
        detail: 'el campo «target» de la unidad está mal formado',
      },
    ])
  })
})
