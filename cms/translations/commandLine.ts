import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

import { defaultLocale, isLocaleCode, localeCodes, type LocaleCode } from '../../publication/locales'
import { exportTranslations, type ImportReport, importTranslations, type UnitOutcome } from './exchange'
import { type FileFormat, readTranslationFile, writeTranslationFile } from './formats'
import { fileErrorText, withProblemTexts } from './formats/messages'
import { type ReadResult, TranslationFileError } from './formats/units'
import { type TranslationsMessage, translationsText } from './messages'
import { recomputeTranslationStatus } from './trackTranslations'
import { isTranslatableCollection, type TranslatableCollection, translatableCollections } from './translatableCollections'

/**
 * `npm run translations`: argument parsing and the three actions, run by scripts/translations.ts
 * with the CMS it starts (and by the tests with theirs).
 */

/** The command's own words: French, as the project's other commands speak. */
const wordsLanguage = defaultLocale

const targetLanguages = localeCodes.filter((code) => code !== defaultLocale)

export const usage = `Usage :
  npm run translations -- export --lang <${targetLanguages.join('|')}> [--collection <collection>] [--document <id>] [--format xliff|json] [--out <fichier.xlf|fichier.json>]
      Les textes à traduire et à revoir d’une langue (une collection, un document, ou tout), en XLIFF 2.0 ou JSON :
      dans --out (format déduit de son extension), sinon sur la sortie standard (XLIFF par défaut).
  npm run translations -- import <fichier> [--dry-run]
      Enregistre chaque texte traduit en brouillon dans la langue du fichier (XLIFF ou JSON, reconnu à son contenu),
      si son français n’a pas changé depuis l’export. --dry-run : affiche le rapport sans rien enregistrer.
      Code de sortie : 0 si tout ce qui est traduit est appliqué, 1 si des textes sont périmés ou invalides,
      2 si les arguments sont faux ou le fichier illisible (rien n’est enregistré).
  npm run translations -- status [--collection <collection>]
      Recalcule l’état des traductions de chaque document (ceux enregistrés avant cet outil ou hors du CMS n’en ont pas).
Collections : ${translatableCollections.join(', ')}.`

/** Bad arguments: the command stops with this message, the usage and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export type Command =
  | { action: 'help' }
  | {
      action: 'export'
      language: Exclude<LocaleCode, 'fr'>
      collection?: TranslatableCollection
      document?: string
      format: FileFormat
      out?: string
    }
  | { action: 'import'; file: string; dryRun: boolean }
  | { action: 'status'; collection?: TranslatableCollection }

/** What runs on the CMS (the usage needs none). */
export type CmsCommand = Exclude<Command, { action: 'help' }>

/** Which options each action takes: any other is refused rather than ignored. */
const optionsOf = {
  export: ['lang', 'collection', 'document', 'format', 'out'],
  import: ['dry-run'],
  status: ['collection'],
} as const

const formatsByExtension: Readonly<Record<string, FileFormat>> = { '.xlf': 'xliff', '.xliff': 'xliff', '.json': 'json' }

const collectionOf = (value: string | undefined): TranslatableCollection | undefined => {
  if (value === undefined) return undefined
  if (!isTranslatableCollection(value)) throw new UsageError(`Collection inconnue ou non traduite : « ${value} ».`)
  return value
}

/** The command line's arguments (after `--`) as a command; a UsageError says what is wrong. */
export function parseCommand(args: readonly string[]): Command {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(args)
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  if (values.help) return { action: 'help' }
  const [action, ...operands] = positionals
  if (action === undefined) throw new UsageError('Aucune action : export, import ou status.')
  if (action !== 'export' && action !== 'import' && action !== 'status') throw new UsageError(`Action inconnue : « ${action} ».`)
  const allowed: readonly string[] = optionsOf[action]
  const misplaced = Object.keys(values).filter((name) => !allowed.includes(name))
  if (misplaced.length > 0) throw new UsageError(`${misplaced.map((name) => `--${name}`).join(', ')} ne s’emploie pas avec ${action}.`)

  if (action === 'import') {
    if (operands.length !== 1) throw new UsageError('import prend un fichier, et un seul.')
    return { action, file: operands[0]!, dryRun: values['dry-run'] ?? false }
  }
  if (operands.length > 0) throw new UsageError(`Argument inattendu : « ${operands[0]} ».`)
  if (action === 'status') {
    const collection = collectionOf(values.collection)
    return { action, ...(collection ? { collection } : {}) }
  }

  const target = values.lang
  if (target === undefined) throw new UsageError('export demande --lang, la langue à traduire.')
  if (!isLocaleCode(target) || target === defaultLocale)
    throw new UsageError(`--lang : « ${target} » n’est pas une langue de traduction (${targetLanguages.join(', ')}).`)
  const collection = collectionOf(values.collection)
  const document = values.document
  if (document !== undefined && !collection) throw new UsageError('--document demande --collection, la collection du document.')
  if (document !== undefined && !/^[\w-]{1,64}$/.test(document)) throw new UsageError(`--document : identifiant invalide « ${document} ».`)
  const format = values.format ?? (values.out === undefined ? 'xliff' : formatsByExtension[path.extname(values.out).toLowerCase()])
  if (format === undefined) throw new UsageError(`--out : extension inconnue (.xlf, .xliff ou .json), ou précisez --format.`)
  if (format !== 'xliff' && format !== 'json') throw new UsageError(`--format : « ${format} » (xliff ou json).`)
  return {
    action,
    language: target as Exclude<LocaleCode, 'fr'>,
    ...(collection ? { collection } : {}),
    ...(document !== undefined ? { document } : {}),
    format,
    ...(values.out !== undefined ? { out: values.out } : {}),
  }
}

const parse = (args: readonly string[]) =>
  parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      lang: { type: 'string' },
      collection: { type: 'string' },
      document: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })

/** One step of long work, told its progress as each batch is done. */
export interface ProgressStep {
  update: (done: number, total: number) => void
  done: () => void
}

/** Where a command writes: the process's streams for the script, buffers for the tests. */
export interface CommandOutput {
  /** Standard output: the exported file without --out, the import's report. */
  out: (text: string) => void
  /** Standard error: counts and errors. */
  err: (line: string) => void
  /** Progress of a step, on standard error. */
  step: (label: string) => ProgressStep
}

const t = translationsText(wordsLanguage)

const formatNames: Record<FileFormat, string> = { xliff: 'XLIFF 2.0', json: 'JSON' }

/** Runs a command on a started CMS; says the exit code. */
export async function runCommand(payload: Payload, command: CmsCommand, output: CommandOutput): Promise<number> {
  switch (command.action) {
    case 'export':
      return runExport(payload, command, output)
    case 'import':
      return runImport(payload, command, output)
    case 'status':
      return runStatus(payload, command, output)
  }
}

async function runExport(payload: Payload, command: Extract<Command, { action: 'export' }>, output: CommandOutput) {
  const file = await exportTranslations(payload, {
    language: command.language,
    ...(command.collection ? { collection: command.collection } : {}),
    ...(command.document ? { document: command.document } : {}),
  })
  const text = writeTranslationFile(file, command.format)
  if (command.out) await fs.writeFile(command.out, text)
  else output.out(text)
  const perCollection = new Map<string, number>()
  for (const unit of file.units) perCollection.set(unit.collection, (perCollection.get(unit.collection) ?? 0) + 1)
  for (const [collection, count] of perCollection) output.err(`  ${collection} : ${count}`)
  const destination = command.out ? ` → ${command.out}` : ''
  output.err(`Textes à traduire ou à revoir en ${command.language} : ${file.units.length}${destination} (${formatNames[command.format]}).`)
  return 0
}

/** One unit of the report, in plain words: its document (title, or collection and id), field and reason. */
const describeOutcome = (outcome: UnitOutcome) =>
  [
    outcome.collection || outcome.document
      ? `${outcome.collection} ${outcome.title ? `« ${outcome.title} » (${outcome.document})` : outcome.document}`
      : 'document non indiqué',
    outcome.path,
    outcome.reason ? t(`reason_${outcome.reason}` as TranslationsMessage) : '',
    outcome.detail ?? '',
  ]
    .filter(Boolean)
    .join(' — ')

const reportGroups = [
  ['applied', 'importApplied'],
  ['stale', 'importStale'],
  ['invalid', 'importInvalid'],
  ['skipped', 'importSkipped'],
] as const satisfies readonly (readonly [keyof Omit<ImportReport, 'language'>, TranslationsMessage])[]

/** The import's report, each group with its units. */
export const reportText = (report: ImportReport, dryRun: boolean): string =>
  [
    `Import en ${report.language}${dryRun ? ' — essai (--dry-run) : rien n’a été enregistré, « enregistrés » dit ce qui le serait' : ''}.`,
    ...reportGroups.flatMap(([key, label]) => [
      t(label, { count: report[key].length }),
      ...report[key].map((outcome) => `  ${describeOutcome(outcome)}`),
    ]),
  ].join('\n')

async function runImport(payload: Payload, command: Extract<Command, { action: 'import' }>, output: CommandOutput) {
  let read: ReadResult
  try {
    read = readTranslationFile(await fs.readFile(command.file, 'utf8'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).syscall) {
      output.err(`Fichier illisible : ${command.file} (${(error as NodeJS.ErrnoException).code}).`)
      return 2
    }
    if (!(error instanceof TranslationFileError)) throw error
    output.err(`${command.file} : ${fileErrorText(wordsLanguage, error.code, error.params)} Rien n’a été enregistré.`)
    return 2
  }
  // As the system: the file's language only, as drafts (see importTranslations).
  const report = await importTranslations(payload, null, read.file, read.problems, undefined, { dryRun: command.dryRun })
  output.out(`${reportText({ ...report, invalid: withProblemTexts(report.invalid, read.problems, wordsLanguage) }, command.dryRun)}\n`)
  return report.invalid.length > 0 || report.stale.length > 0 ? 1 : 0
}

async function runStatus(payload: Payload, command: Extract<Command, { action: 'status' }>, output: CommandOutput) {
  let documents = 0
  for (const collection of command.collection ? [command.collection] : translatableCollections) {
    const step = output.step(collection)
    documents += await recomputeTranslationStatus(payload, collection, step.update)
    step.done()
  }
  output.err(`État des traductions recalculé, documents : ${documents}.`)
  return 0
}
