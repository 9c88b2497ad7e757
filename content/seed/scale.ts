import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { trainingKind, trainingLevel } from '../../publication/schema'
import { markdownToRichText, type SeedContext } from './context'
import { pickLocale, withRowIds } from './localize'

/** The slugs of each path's trainings: distinct, so both can be seeded into one database. */
const prefixes = { adapter: 'synthetique', 'local-api': 'synthetique-api' } as const

/** How synthetic trainings are written: straight through the database adapter, or through Payload's Local API. */
export type SyntheticPath = keyof typeof prefixes
export const syntheticPaths = Object.keys(prefixes) as SyntheticPath[]

/** The languages synthetic trainings can be written in; French, the default language, always. */
export const syntheticLocales = ['fr', 'en', 'es'] as const
export type SyntheticLocale = (typeof syntheticLocales)[number]

/**
 * Synthetic trainings for benchmarks, in `locales` (fr, en and es unless told), spread over the themes,
 * kinds and levels, all published.
 *
 * - `adapter` writes them through the database adapter (`payload.db.create`, `createVersion`), as a
 *   bulk load would: no hooks, validation or access rules, the data being generated valid. 10,000
 *   trainings take seconds rather than minutes (see docs/BENCHMARKS.md). Each gets its published
 *   version too, so the admin lists them like any other training.
 * - `local-api` writes them as an import of real content would: `payload.create` in French, then
 *   `payload.update` in each other language, hooks and validation included, one training at a time.
 */
export const seedScale = async (
  context: SeedContext,
  count: number,
  locales: readonly SyntheticLocale[] = syntheticLocales,
  through: SyntheticPath = 'adapter',
): Promise<void> => {
  const { payload } = context
  const prefix = prefixes[through]
  const step = context.progress.step(through === 'adapter' ? 'Formations synthétiques' : 'Formations synthétiques (API locale)', count)
  const themeIds = await allThemeIds(payload)
  // Numbers already present are skipped, so an interrupted run can simply be started again.
  const existing = new Set(
    (
      await payload.find({
        collection: 'trainings',
        where: { slug: { like: `${prefix}-` } },
        select: { slug: true },
        pagination: false,
        depth: 0,
      })
    ).docs.map((doc) => doc.slug),
  )
  const missing = Array.from({ length: count }, (_, offset) => offset + 1).filter((index) => !existing.has(`${prefix}-${index}`))
  step.tick(count - missing.length)
  const body = {
    fr: markdownToRichText(context, 'Une leçon générée pour mesurer les performances : **contenu de test**, en français.'),
    en: markdownToRichText(context, 'A lesson generated to measure performance: **test content**, in English.'),
    es: markdownToRichText(context, 'Una lección generada para medir el rendimiento: **contenido de prueba**, en español.'),
  }
  const training = (index: number) => syntheticTraining(`${prefix}-${index}`, index, themeIds[index % themeIds.length], { body, locales })
  if (through === 'adapter') await writeThroughAdapter(payload, missing, training, step.tick)
  else await writeThroughLocalApi(payload, missing, training, locales, step.tick)
  step.done()
}

type Training = ReturnType<typeof syntheticTraining>

const writeThroughAdapter = async (payload: Payload, indexes: number[], training: (index: number) => Training, tick: () => void) => {
  // Batches of 250 in their own transaction, six at a time: PostgreSQL works
  // on one batch while Node prepares the next. (Payload runs SQLite without
  // transactions; there the batches simply take turns on the one connection.)
  const batchSize = 250
  const batches: number[][] = []
  for (let first = 0; first < indexes.length; first += batchSize) batches.push(indexes.slice(first, first + batchSize))
  const writeBatch = async (batch: number[]) => {
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    const req = { transactionID, payload } as never
    for (const index of batch) {
      const now = new Date().toISOString()
      const data = { ...withGeneratedRowIds(training(index)), _status: 'published', publishedAt: now, createdAt: now, updatedAt: now }
      const created = await payload.db.create({ collection: 'trainings', data, req, select: { id: true } })
      await payload.db.createVersion({
        collectionSlug: 'trainings',
        parent: created.id,
        versionData: { ...data, id: created.id } as never,
        autosave: false,
        createdAt: now,
        updatedAt: now,
        req,
        returning: false,
      })
      tick()
    }
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  }
  const queue = [...batches]
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let batch = queue.shift(); batch; batch = queue.shift()) await writeBatch(batch)
    }),
  )
}

/**
 * Published in French, then each other language published in turn, as a server-side import
 * would (`overrideAccess`, no user). The seed process has turned site rebuilds off
 * (HUB_SITE_REBUILD, see content/seed.ts), as it has for the rest of the demo.
 */
const writeThroughLocalApi = async (
  payload: Payload,
  indexes: number[],
  training: (index: number) => Training,
  locales: readonly SyntheticLocale[],
  tick: () => void,
) => {
  const base = { collection: 'trainings', depth: 0, overrideAccess: true, context: { seeding: true } } as const
  for (const index of indexes) {
    const doc = training(index)
    const created = await payload.create({
      ...base,
      locale: 'fr',
      data: { ...(pickLocale(doc, 'fr') as Record<string, unknown>), _status: 'published' } as never,
    })
    for (const locale of locales.filter((code) => code !== 'fr')) {
      await payload.update({
        ...base,
        id: created.id,
        locale,
        data: { ...(withRowIds(pickLocale(doc, locale), created) as Record<string, unknown>), _status: 'published' } as never,
      })
    }
    tick()
  }
}

type RichText = ReturnType<typeof markdownToRichText>

/** One synthetic training, shaped like the demo content: its localized leaves hold each of `locales`. */
const syntheticTraining = (
  slug: string,
  index: number,
  theme: number | string | undefined,
  { body, locales }: { body: Record<SyntheticLocale, RichText>; locales: readonly SyntheticLocale[] },
) => {
  const texts = <T>(values: Record<SyntheticLocale, T>) =>
    Object.fromEntries(locales.map((locale) => [locale, values[locale]])) as Partial<Record<SyntheticLocale, T>>
  return {
    slug,
    title: texts({
      fr: `Formation synthétique n° ${index}`,
      en: `Synthetic training no. ${index}`,
      es: `Formación sintética n.º ${index}`,
    }),
    summary: texts({
      fr: `Ressource générée n° ${index} pour les mesures de performance.`,
      en: `Generated resource no. ${index} for performance measurements.`,
      es: `Recurso generado n.º ${index} para las mediciones de rendimiento.`,
    }),
    kind: trainingKind.options[index % trainingKind.options.length],
    level: trainingLevel.options[index % trainingLevel.options.length],
    durationMinutes: 30 + (index % 8) * 15,
    themes: theme === undefined ? [] : [theme],
    modules: [
      {
        title: texts({ fr: 'Module unique', en: 'Single module', es: 'Módulo único' }),
        lessons: [
          { slug: 'lecon-1', title: texts({ fr: 'Première leçon', en: 'First lesson', es: 'Primera lección' }), body: texts(body) },
        ],
      },
    ],
    featured: false,
  }
}

/** Written through the adapter, array rows need the ids Payload would generate (24 hex characters). */
const withGeneratedRowIds = (training: Training) => ({
  ...training,
  modules: training.modules.map((module) => ({
    ...module,
    id: rowId(),
    lessons: module.lessons.map((lesson) => ({ ...lesson, id: rowId() })),
  })),
})

const rowId = () => randomBytes(12).toString('hex')

const allThemeIds = async (payload: Payload) =>
  (await payload.find({ collection: 'themes', limit: 100, depth: 0, pagination: false, select: {} })).docs.map((doc) => doc.id)
