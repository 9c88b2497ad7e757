/**
 * `npm run serve:cms` (and the admin server of `npm start` / `npm run dev`):
 * Next.js serving the CMS (admin + APIs) through our own node:http server, so
 * that every request carries the client's address in a header a client cannot
 * write (cms/server/clientAddress.ts; failed logins are counted by it).
 * PORT (3000) and HOST (127.0.0.1) say where it listens; `--dev` for
 * development mode, else production (NODE_ENV=production, after `npm run build`).
 * `--dir <folder>` serves another copy of the built admin (the benchmarks' private one).
 */
import { createServer } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'

import next from 'next'

import { withClientAddress } from '../cms/server/clientAddress'
import { env } from '../env'

const { values } = parseArgs({ options: { dev: { type: 'boolean', default: false }, dir: { type: 'string' } } })
const { port, host: hostname, trustedProxyHops: hops } = env

const app = next({ dev: values.dev, dir: path.resolve(values.dir ?? path.join(import.meta.dirname, '../cms')), hostname, port })
const handle = app.getRequestHandler()
await app.prepare()
// Next answers WebSocket upgrades (development's hot reload) itself, on the server its first request came through.
const server = createServer(withClientAddress((request, response) => void handle(request, response), hops))
server.once('error', (error: NodeJS.ErrnoException) => {
  console.error(`L’admin ne peut pas écouter sur ${hostname}:${port} (${error.code ?? error.message}) : changez PORT ou HOST.`)
  process.exit(1)
})
server.listen(port, hostname, () => console.log(`Admin prêt sur http://${hostname}:${port}`))

const stop = () => {
  server.close()
  server.closeAllConnections()
  void app.close().finally(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
