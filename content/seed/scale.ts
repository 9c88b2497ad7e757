import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { trainingKind, trainingLevel } from '../../publication/schema'
import { markdownToRichText, type SeedContext } from './context'

const prefix = 'synthetique'

/** The languages synthetic trainings can be written in; French, the default language, always. */
export const syntheticLocales = ['fr', 'en', 'es'] as const
export type SyntheticLocale = (typeof syntheticLocales)[number]

/**
 * Synthetic trainings for benchmarks, in `locales` (fr, en and es unless told), spread over the themes,
 * kinds and levels. They are written through the database adapter, as a bulk
 * import would be: the data is generated valid, and skipping Payload's
 * per-document hooks makes 10,000 trainings take seconds rather than minutes
 * (see docs/BENCHMARKS.md). Each gets its published version too, so the admin
 * lists them like any other training.
 */
export const seedScale = async (
  context: SeedContext,
  count: number,
  locales: readonly SyntheticLocale[] = syntheticLocales,
): Promise<void> => {
  const { payload } = context
  const step = context.progress.step('Formations synthétiques', count)
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
  // Batches of 250 in their own transaction, six at a time: PostgreSQL works
  // on one batch while Node prepares the next. (Payload runs SQLite without
  // transactions; there the batches simply take turns on the one connection.)
  const batchSize = 250
  const batches: number[][] = []
  for (let first = 0; first < missing.length; first += batchSize) batches.push(missing.slice(first, first + batchSize))
  const writeBatch = async (indexes: number[]) => {
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    const req = { transactionID, payload } as never
    for (const index of indexes) {
      const now = new Date().toISOString()
      const data = syntheticTraining(index, themeIds[index % themeIds.length], { body, now, locales })
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
      step.tick()
    }
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  }
  const queue = [...batches]
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let batch = queue.shift(); batch; batch = queue.shift()) await writeBatch(batch)
    }),
  )
  step.done()
}

type RichText = ReturnType<typeof markdownToRichText>

/** One synthetic training as the database stores it: localized fields hold each of `locales`. */
const syntheticTraining = (
  index: number,
  theme: number | string | undefined,
  { body, now, locales }: { body: Record<SyntheticLocale, RichText>; now: string; locales: readonly SyntheticLocale[] },
) => {
  const texts = <T>(values: Record<SyntheticLocale, T>) => Object.fromEntries(locales.map((locale) => [locale, values[locale]]))
  return {
    _status: 'published',
    slug: `${prefix}-${index}`,
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
        id: rowId(),
        title: texts({ fr: 'Module unique', en: 'Single module', es: 'Módulo único' }),
        lessons: [
          {
            id: rowId(),
            slug: 'lecon-1',
            title: texts({ fr: 'Première leçon', en: 'First lesson', es: 'Primera lección' }),
            body: texts(body),
          },
        ],
      },
    ],
    featured: false,
    publishedAt: now,
    createdAt: now,
    updatedAt: now,
  }
}

/** Array rows carry ids like the ones Payload generates (24 hex characters). */
const rowId = () => randomBytes(12).toString('hex')

const allThemeIds = async (payload: Payload) =>
  (await payload.find({ collection: 'themes', limit: 100, depth: 0, pagination: false, select: {} })).docs.map((doc) => doc.id)
