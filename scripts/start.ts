/**
 * `npm start`: the whole hub on one machine. Brings the database up to date,
 * seeds it when empty, builds the admin if its sources changed, then serves
 * the CMS (admin + APIs) on :3000. Ctrl-C stops everything.
 * `npm run dev` does the same with Next.js in development mode.
 */
import { parseArgs } from 'node:util'

import { demoPassword, demoUsers } from '../content/seed/users'
import { buildAdmin } from './lib/adminBuild'
import { childEnv, run, serve, stopAll } from './lib/processes'

const { values } = parseArgs({ options: { dev: { type: 'boolean', default: false } } })
const port = process.env.PORT ?? '3000'
const serverUrl = process.env.SERVER_URL ?? `http://localhost:${port}`

let stopping = false
const stop = async (code: number) => {
  if (stopping) return
  stopping = true
  console.log('\nArrêt…')
  await stopAll()
  process.exit(code)
}
process.on('SIGINT', () => void stop(0))
process.on('SIGTERM', () => void stop(0))

try {
  await run('tsx', ['content/seed.ts', '--if-empty'])
  if (!values.dev) await buildAdmin()
  const cms = values.dev
    ? serve('next', ['dev', 'cms', '--port', port], childEnv({ SERVER_URL: serverUrl }))
    : serve('next', ['start', 'cms', '--port', port], childEnv({ NODE_ENV: 'production', SERVER_URL: serverUrl }))
  cms.on('exit', (code) => {
    if (!stopping) {
      console.error(`Le serveur du CMS s’est arrêté (code ${code}).`)
      void stop(1)
    }
  })
  console.log(`
  ┌─────────────────────────────────────────────────────────────
  │ Admin (français ; English dans le compte) : ${serverUrl}/admin
  │ API REST : ${serverUrl}/api/trainings   GraphQL : ${serverUrl}/api/graphql
  │ Comptes de démonstration (mot de passe « ${demoPassword} ») :
${demoUsers.map((user) => `  │   ${user.role.padEnd(11)} ${user.email}`).join('\n')}
  │ Ctrl-C pour tout arrêter.
  └─────────────────────────────────────────────────────────────`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  await stop(1)
}
