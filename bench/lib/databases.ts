import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import pg from 'pg'

import { benchEnv, root } from './children'

export type DatabaseKind = 'sqlite' | 'postgres'
export const databaseKinds: readonly DatabaseKind[] = ['sqlite', 'postgres']

/** A database made for one run, with its own uploads folder; drop() removes both. */
export interface BenchDatabase {
  kind: DatabaseKind
  /** DATABASE_URL for the children. */
  url: string
  uploadsDir: string
  version: string
  drop: () => Promise<void>
}

const benchDir = path.join(root, 'var', 'bench')
// Trust auth on loopback only: the benchmark never talks to another host.
const postgresServer = 'postgres://postgres@127.0.0.1:5432'
const maintenanceUrl = `${postgresServer}/test`

const withPostgres = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: maintenanceUrl })
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
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true })
      fs.rmSync(uploadsDir, { recursive: true, force: true })
    },
  }
}

const createPostgres = async (stamp: string): Promise<BenchDatabase> => {
  const name = `hub_bench_${stamp}`
  const version = await withPostgres(async (client) => {
    await client.query(`create database "${name}"`)
    const result = await client.query<{ server_version: string }>('show server_version')
    return `PostgreSQL ${result.rows[0]?.server_version ?? '?'}`
  })
  const uploadsDir = freshUploads('postgres')
  return {
    kind: 'postgres',
    url: `${postgresServer}/${name}`,
    uploadsDir,
    version,
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
