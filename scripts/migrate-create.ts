/**
 * `npm run migrate:create -- <name>`: after changing the content model,
 * writes the matching migration for both SQL databases (SQLite and
 * PostgreSQL), so that neither ever needs its schema pushed.
 * PostgreSQL diffs need a server: POSTGRES_URL (default: the local one).
 */
import { env } from '../env'
import { childEnv, run } from './lib/processes'

const name = process.argv[2]
if (!name || !/^[a-z0-9_-]+$/.test(name)) {
  console.error('Usage: npm run migrate:create -- <name> (lowercase letters, digits, - and _)')
  process.exit(2)
}

console.log('SQLite :')
await run('payload', ['migrate:create', name], childEnv({ DATABASE_URL: '' }))
console.log('PostgreSQL :')
await run('payload', ['migrate:create', name], childEnv({ DATABASE_URL: env.postgresUrl }))
await run('payload', ['generate:types'])
