/**
 * `npm run tract -- --template <slug | template.json> --data values.json --out tract.pdf|tract.png`
 * renders a tract with the same engine as the site's customiser (tracts/), so
 * the file is the one a visitor would download. A slug reads the published
 * template from the CMS; a JSON file is a template in the engine's contract
 * (artwork paths relative to it). Options: `--locale fr` (the printed
 * language, default fr), `--bleed` (3 mm bleed and crop marks), `--force`
 * (write even when a text overflows or a character is missing).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { z } from 'zod'

import { inputProblems } from '../tracts/input'
import { tractMessage } from '../tracts/messages'
import { nodeAssets } from '../tracts/node/assets'
import { renderTractPngFile } from '../tracts/node/png'
import { renderTractPdf } from '../tracts/pdf'
import { tractTemplateSchema, type TractInput, type TractTemplate } from '../tracts/template'

const usage =
  'Usage : npm run tract -- --template <slug|modele.json> --data valeurs.json --out tract.pdf|tract.png [--locale fr] [--bleed] [--force]'

/** The data file: field values by key, the legal mention choice, logo files by field key (paths relative to the data file). */
const dataSchema = z.object({
  values: z.record(z.string(), z.string()).default({}),
  legal: z
    .discriminatedUnion('mode', [
      z.object({ mode: z.literal('ipns') }),
      z.object({ mode: z.literal('printer'), name: z.string(), address: z.string() }),
    ])
    .default({ mode: 'ipns' }),
  logos: z.record(z.string(), z.string()).default({}),
})

class UsageError extends Error {}

const readJson = async (file: string): Promise<unknown> => {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8'))
  } catch (error) {
    throw new UsageError(`${file} : ${error instanceof Error ? error.message : error}`)
  }
}

/** A template file, with its artwork paths made absolute. */
async function templateFromFile(file: string, locale: string): Promise<{ template: TractTemplate; resolve: (ref: string) => string }> {
  const parsed = tractTemplateSchema.safeParse(await readJson(file))
  if (!parsed.success) throw new UsageError(`${file} n’est pas un modèle de tract valide : ${z.prettifyError(parsed.error)}`)
  const base = path.dirname(path.resolve(file))
  return { template: { ...parsed.data, locale }, resolve: (ref) => path.resolve(base, ref) }
}

/** The published template with this slug, read from the CMS as an anonymous visitor would (drafts stay private). */
async function templateFromCms(slug: string, locale: string): Promise<{ template: TractTemplate; resolve: (ref: string) => string }> {
  const [{ getPayload }, { default: config }, { env }, { toTractTemplate }] = await Promise.all([
    import('payload'),
    import('../cms/payload.config'),
    import('../env'),
    import('../publication/toTractTemplate'),
  ])
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'tract-templates',
    where: { slug: { equals: slug } },
    locale: locale as never,
    depth: 1,
    limit: 1,
    overrideAccess: false,
  })
  const doc = docs[0]
  if (!doc) throw new UsageError(`Aucun modèle publié n’a le slug « ${slug} ».`)
  const artworkDir = path.join(env.uploadsDir, 'tract-artwork')
  const template = toTractTemplate(doc, locale, (upload) => (upload.filename ? path.join(artworkDir, upload.filename) : null))
  return { template, resolve: (ref) => ref }
}

async function main(): Promise<number> {
  const { values: args } = parseArgs({
    options: {
      template: { type: 'string' },
      data: { type: 'string' },
      out: { type: 'string' },
      locale: { type: 'string', default: 'fr' },
      bleed: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  })
  if (!args.template || !args.data || !args.out) throw new UsageError(usage)
  const format = path.extname(args.out).toLowerCase()
  if (format !== '.pdf' && format !== '.png') throw new UsageError(`--out doit finir par .pdf ou .png. ${usage}`)

  const data = dataSchema.safeParse(await readJson(args.data))
  if (!data.success) throw new UsageError(`${args.data} : ${z.prettifyError(data.error)}`)
  const dataDir = path.dirname(path.resolve(args.data))
  const logos = Object.fromEntries(
    await Promise.all(
      Object.entries(data.data.logos).map(async ([key, file]) => [key, new Uint8Array(await fs.readFile(path.resolve(dataDir, file)))]),
    ),
  )
  const input: TractInput = { values: data.data.values, legal: data.data.legal, logos }

  const { template, resolve } = args.template.endsWith('.json')
    ? await templateFromFile(args.template, args.locale)
    : await templateFromCms(args.template, args.locale)
  const lang = template.locale
  const label = (key: string) => template.fields.find((field) => field.key === key)?.label ?? key

  const problems = inputProblems(template, input)
  for (const problem of problems) console.error(`✗ ${label(problem.field)} : ${tractMessage(problem.code, lang, problem.params)}`)
  if (problems.length) return 2

  const assets = nodeAssets(resolve)
  const { bytes, warnings } =
    format === '.pdf'
      ? await renderTractPdf(template, input, assets, { bleed: args.bleed })
      : await renderTractPngFile(template, input, assets)
  const blocking = warnings.filter((warning) => warning.code !== 'shrunk')
  for (const warning of warnings)
    console.warn(
      `${warning.code === 'shrunk' ? 'ℹ' : '⚠'} ${tractMessage(warning.code, lang, { field: label(warning.field), chars: warning.chars ?? '' })}`,
    )
  if (blocking.length && !args.force) {
    console.error('Fichier non écrit : corrigez les textes ci-dessus, ou relancez avec --force pour l’écrire tel quel.')
    return 3
  }
  await fs.writeFile(args.out, bytes)
  console.log(`${args.out} : ${(bytes.length / 1024).toFixed(1)} Ko`)
  return 0
}

try {
  process.exitCode = await main()
} catch (error) {
  console.error(error instanceof UsageError ? error.message : error)
  process.exitCode = error instanceof UsageError ? 2 : 1
}
// Payload keeps database handles open after a CMS lookup.
process.exit(process.exitCode)
