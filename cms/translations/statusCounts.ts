import { type Column, inArray, sql } from 'drizzle-orm'
import type { Payload } from 'payload'

import { databaseKind } from '../database'
import { env } from '../../env'
import type { TranslationState } from '../../publication/translationSources'

/** How many documents of a collection are in each state, in one language. */
export type StateCounts = Record<TranslationState, number>

/** Counts by language, then collection. */
export type CountsByLanguage = Map<string, Map<string, StateCounts>>

interface CountRow {
  collection: string
  locale: string
  status: TranslationState
  count: number | string
}

interface SqlAdapter {
  drizzle: {
    select: (fields: Record<string, unknown>) => {
      from: (table: unknown) => { where: (condition: unknown) => { groupBy: (...columns: Column[]) => Promise<CountRow[]> } }
    }
  }
  tables: Record<string, Record<string, Column>>
}

interface MongoAdapter {
  collections: Record<
    string,
    { aggregate: (pipeline: object[]) => { exec: () => Promise<{ _id: Omit<CountRow, 'count'>; count: number }[]> } }
  >
}

/** One GROUP BY (or aggregation) over the status rows: the dashboard answers in one query whatever the number of documents. */
const countRows = async (payload: Payload, locales: readonly string[]): Promise<CountRow[]> => {
  if (databaseKind(env.databaseUrl) === 'mongodb') {
    const rows = await (payload.db as unknown as MongoAdapter).collections['translation-status']!.aggregate([
      { $match: { locale: { $in: locales } } },
      { $group: { _id: { collection: '$collection', locale: '$locale', status: '$status' }, count: { $sum: 1 } } },
    ]).exec()
    return rows.map(({ _id, count }) => ({ ..._id, count }))
  }
  const adapter = payload.db as unknown as SqlAdapter
  const table = adapter.tables.translation_status!
  return adapter.drizzle
    .select({ collection: table.collection, locale: table.locale, status: table.status, count: sql<number>`count(*)` })
    .from(table)
    .where(inArray(table.locale!, [...locales]))
    .groupBy(table.collection!, table.locale!, table.status!)
}

/** The number of documents missing, outdated and up to date, per language and collection. */
export async function statusCounts(payload: Payload, locales: readonly string[]): Promise<CountsByLanguage> {
  const counts: CountsByLanguage = new Map(locales.map((code) => [code, new Map()]))
  if (locales.length === 0) return counts
  for (const row of await countRows(payload, locales)) {
    const byCollection = counts.get(row.locale)
    if (!byCollection) continue
    const entry = byCollection.get(row.collection) ?? { missing: 0, outdated: 0, upToDate: 0 }
    entry[row.status] += Number(row.count)
    byCollection.set(row.collection, entry)
  }
  return counts
}
