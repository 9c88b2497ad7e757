import fs from 'node:fs'
import path from 'node:path'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Table } from 'drizzle-orm'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { env, projectRoot } from '../env'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const databaseKind = (url: string): DatabaseKind => {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  if (url.startsWith('file:')) return 'sqlite'
  throw new Error(`DATABASE_URL must start with file:, postgres:// or mongodb:// (got "${url.split(':')[0]}:…")`)
}

/** `file:var/cms.db` and `file:/abs/cms.db` both become an absolute path, with its folder created. */
export const sqliteFilePath = (url: string): string => {
  const file = path.resolve(projectRoot, url.slice('file:'.length))
  fs.mkdirSync(path.dirname(file), { recursive: true })
  return file
}

// Each adapter types its migrations' arguments itself; the runner only needs up/down/name.
const migrationsFor = async (kind: 'sqlite' | 'postgres'): Promise<Migration[]> =>
  (kind === 'sqlite'
    ? (await import('./migrations/sqlite')).migrations
    : (await import('./migrations/postgres')).migrations) as unknown as Migration[]

interface SchemaHookArgs {
  schema: { tables: Record<string, Table & Record<string, unknown>> }
  extendTable: (args: { table: Table; extraConfig: (table: Record<string, unknown>) => object }) => void
}

/**
 * Payload keys each `*_locales` table by (_locale, _parent_id) but reads it by
 * _parent_id alone, which that index cannot serve: every document of a list
 * then scans the whole table. This adds the index it needs.
 */
const indexLocalesByParent =
  (index: (name: string) => { on: (column: never) => unknown }) =>
  <Schema extends SchemaHookArgs['schema']>({ schema, extendTable }: { schema: Schema; extendTable: SchemaHookArgs['extendTable'] }) => {
    for (const [name, table] of Object.entries(schema.tables)) {
      if (!name.endsWith('_locales')) continue
      extendTable({ table, extraConfig: (columns) => ({ parentIndex: index(`${name}_parent_id_idx`).on(columns._parentID as never) }) })
    }
    return schema
  }

/** The options of the CMS's PostgreSQL connections. JIT compilation costs hundreds of ms on a CMS's short queries and saves nothing. */
export const postgresConnectionOptions = '-c jit=off'

/**
 * The database adapter for a URL, loading only that adapter's code. The
 * schema is only ever changed by the committed migrations (never pushed), so
 * SQLite and PostgreSQL stay in step with what production runs.
 */
export const databaseAdapter = async (url: string): Promise<DatabaseAdapterObj> => {
  switch (databaseKind(url)) {
    case 'sqlite': {
      const [{ sqliteAdapter }, { index }] = await Promise.all([import('@payloadcms/db-sqlite'), import('drizzle-orm/sqlite-core')])
      return sqliteAdapter({
        client: { url: `file:${sqliteFilePath(url)}` },
        // WAL with synchronous=NORMAL: never corrupts, fsyncs at checkpoints rather than on every commit.
        wal: { synchronous: 'NORMAL' },
        busyTimeout: 5000,
        push: false,
        afterSchemaInit: [indexLocalesByParent(index as never) as never],
        migrationDir: path.join(projectRoot, 'cms/migrations/sqlite'),
        prodMigrations: await migrationsFor('sqlite'),
      })
    }
    case 'postgres': {
      const [{ postgresAdapter }, { index }] = await Promise.all([import('@payloadcms/db-postgres'), import('drizzle-orm/pg-core')])
      return postgresAdapter({
        pool: { connectionString: url, options: postgresConnectionOptions },
        push: false,
        afterSchemaInit: [indexLocalesByParent(index as never) as never],
        migrationDir: path.join(projectRoot, 'cms/migrations/postgres'),
        prodMigrations: await migrationsFor('postgres'),
      })
    }
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      return mongooseAdapter({ url })
    }
  }
}

/**
 * Brings the schema up to date with the committed migrations. Production
 * servers do this on connect (`prodMigrations`); scripts and tests call it.
 */
export const migrateDatabase = async (payload: Payload): Promise<void> => {
  const kind = databaseKind(env.databaseUrl)
  if (kind === 'mongodb') return
  await payload.db.migrate({ migrations: await migrationsFor(kind) })
}

/**
 * Refreshes the query planner's statistics. Without them SQLite may answer
 * "the 20 newest published trainings" by sorting every row (seconds at
 * 10,000 trainings) instead of walking the date index (milliseconds). Cheap
 * at this scale (about 0.1 s for 10,000 trainings). Run at start-up and after
 * bulk writes; PostgreSQL's autovacuum does it on its own, later.
 */
export const refreshPlannerStatistics = async (payload: Payload): Promise<void> => {
  switch (databaseKind(env.databaseUrl)) {
    case 'sqlite':
      await (payload.db as unknown as SQLiteAdapter).client.execute('ANALYZE')
      return
    case 'postgres':
      await (payload.db as unknown as PostgresAdapter).pool.query('ANALYZE')
      return
    case 'mongodb':
      return
  }
}
