import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import pg from 'pg'

import { postgresConnectionOptions } from '../../cms/database'
import { benchEnv, root } from './children'

export type DatabaseKind = 'sqlite' | 'postgres'
export const databaseKinds: readonly DatabaseKind[] = ['sqlite', 'postgres']

/** The databases `--db sqlite|postgres|all` names; anything else stops the run with exit code 2. */
export const databaseKindsArg = (value: string | undefined): readonly DatabaseKind[] => {
  if (value === 'all') return databaseKinds
  if (databaseKinds.includes(value as DatabaseKind)) return [value as DatabaseKind]
  console.error(`--db takes sqlite, postgres or all (got "${value}")`)
  process.exit(2)
}

/** A database made for one run, with its own uploads folder; drop() removes both. */
export interface BenchDatabase {
  kind: DatabaseKind
  /** DATABASE_URL for the children. */
  url: string
  uploadsDir: string
  version: string
  /** Settings that matter to the results, as the app's connections see them. */
  settings: string
  /**
   * After seeding. PostgreSQL: ANALYZE, as autovacuum does on its own a minute or so
   * after a bulk load (it may be off on a test server); the returned note says so.
   * SQLite keeps no statistics unless the application asks: nothing to do.
   */
  afterSeed: () => Promise<string | undefined>
  drop: () => Promise<void>
}

const benchDir = path.join(root, 'var', 'bench')
// Trust auth on loopback only: the benchmark never talks to another host.
const postgresServer = 'postgres://postgres@127.0.0.1:5432'
const maintenanceUrl = `${postgresServer}/test`

const withPostgres = async <T>(work: (client: pg.Client) => Promise<T>, url = maintenanceUrl, options?: string): Promise<T> => {
  const client = new pg.Client({ connectionString: url, options })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const freshUploads = (kind: DatabaseKind): string => {
  const dir = path.join(benchDir, `uploads-${kind}`)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  return dir
}

const sqliteVersion = async (): Promise<string> => {
  const client = createClient({ url: ':memory:' })
  try {
    const result = await client.execute('select sqlite_version() as version')
    return `SQLite ${String(result.rows[0]?.version)} (libsql client)`
  } finally {
    client.close()
  }
}

const createSqlite = async (stamp: string): Promise<BenchDatabase> => {
  const file = path.join(benchDir, `hub-bench-${stamp}.db`)
  const uploadsDir = freshUploads('sqlite')
  return {
    kind: 'sqlite',
    url: `file:${path.relative(root, file)}`,
    uploadsDir,
    version: await sqliteVersion(),
    settings: 'WAL, synchronous=NORMAL (cms/database.ts)',
    afterSeed: async () => undefined,
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true })
      fs.rmSync(uploadsDir, { recursive: true, force: true })
    },
  }
}

const createPostgres = async (stamp: string): Promise<BenchDatabase> => {
  const name = `hub_bench_${stamp}`
  const setting = async (client: pg.Client, name: string) =>
    (await client.query<Record<string, string>>(`show ${name}`)).rows[0]?.[name] ?? '?'
  await withPostgres((client) => client.query(`create database "${name}"`))
  const url = `${postgresServer}/${name}`
  // Read on a connection opened as the CMS opens its own: the server's defaults are not what the app runs with.
  const { version, settings } = await withPostgres(
    async (client) => {
      const shown: string[] = []
      for (const key of ['autovacuum', 'jit', 'shared_buffers']) shown.push(`${key}=${await setting(client, key)}`)
      return {
        version: `PostgreSQL ${await setting(client, 'server_version')}`,
        settings: `${shown.join(', ')}, as the app's connections see them: cms/database.ts opens them with \`${postgresConnectionOptions}\``,
      }
    },
    url,
    postgresConnectionOptions,
  )
  const uploadsDir = freshUploads('postgres')
  return {
    kind: 'postgres',
    url,
    uploadsDir,
    version,
    settings,
    afterSeed: () =>
      withPostgres(async (client) => {
        const started = performance.now()
        await client.query('analyze')
        const seconds = ((performance.now() - started) / 1000).toFixed(1)
        return `ANALYZE after seeding (${seconds} s), as autovacuum would do (${settings.split(',')[0]} on this server)`
      }, url),
    drop: async () => {
      await withPostgres((client) => client.query(`drop database if exists "${name}" with (force)`))
      fs.rmSync(uploadsDir, { recursive: true, force: true })
    },
  }
}

/** `stamp` is digits only: it becomes part of a file and a database name. */
export const createDatabase = (kind: DatabaseKind, stamp: string): Promise<BenchDatabase> => {
  if (!/^\d+$/.test(stamp)) throw new Error(`Bad database stamp "${stamp}"`)
  fs.mkdirSync(benchDir, { recursive: true })
  return kind === 'sqlite' ? createSqlite(stamp) : createPostgres(stamp)
}

const secret = randomBytes(24).toString('hex')

/** The environment every child (seed, getPayload, next start) gets for this database. */
export const databaseEnv = (database: BenchDatabase, extra: Record<string, string> = {}): NodeJS.ProcessEnv =>
  benchEnv({ DATABASE_URL: database.url, UPLOADS_DIR: database.uploadsDir, PAYLOAD_SECRET: secret, ...extra })
