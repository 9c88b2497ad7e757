import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { type PostgresAdapter, postgresAdapter } from '@payloadcms/db-postgres'
import { type SQLiteAdapter, sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { env, projectRoot } from './env'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

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

/**
 * The database adapter for a URL. The schema is only ever changed by the
 * committed migrations (never pushed), so SQLite and PostgreSQL stay in step
 * with what production runs.
 */
export const databaseAdapter = (url: string): DatabaseAdapterObj => {
  switch (databaseKind(url)) {
    case 'sqlite':
      return sqliteAdapter({
        client: { url: `file:${sqliteFilePath(url)}` },
        // WAL with synchronous=NORMAL: never corrupts, fsyncs at checkpoints rather than on every commit.
        wal: { synchronous: 'NORMAL' },
        busyTimeout: 5000,
        push: false,
        migrationDir: path.join(projectRoot, 'cms/migrations/sqlite'),
        prodMigrations: sqliteMigrations,
      })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: url },
        push: false,
        migrationDir: path.join(projectRoot, 'cms/migrations/postgres'),
        prodMigrations: postgresMigrations,
      })
    case 'mongodb':
      return mongooseAdapter({ url })
  }
}

/**
 * Brings the schema up to date with the committed migrations. Production
 * servers do this on connect (`prodMigrations`); scripts and tests call it.
 */
export const migrateDatabase = async (payload: Payload): Promise<void> => {
  const kind = databaseKind(env.databaseUrl)
  if (kind === 'mongodb') return
  // Each adapter types its migrations' arguments itself; the runner only needs up/down/name.
  const migrations = (kind === 'sqlite' ? sqliteMigrations : postgresMigrations) as unknown as Migration[]
  await payload.db.migrate({ migrations })
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
