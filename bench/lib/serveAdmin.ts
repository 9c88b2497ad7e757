/**
 * Run by adminServer.ts in its own process: the admin server of `npm start` (scripts/serve-cms.ts:
 * Next's handler behind withClientAddress, so the app sees each client's address as it does in
 * production) over the bench's private copy of the built admin (the folder given as the only
 * argument, see adminSnapshot.ts) instead of cms/, which another build may replace during the run.
 * PORT, HOST and HUB_TRUST_PROXY come from the environment, as for serve-cms.
 */
import { createServer } from 'node:http'

import next from 'next'

import { withClientAddress } from '../../cms/server/clientAddress'
import { env } from '../../env'

const dir = process.argv[2]
if (!dir) {
  console.error('Usage: tsx bench/lib/serveAdmin.ts <built admin folder>')
  process.exit(2)
}
const { port, host: hostname, trustedProxyHops: hops } = env
const app = next({ dev: false, dir, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()
const server = createServer(withClientAddress((request, response) => void handle(request, response), hops))
server.listen(port, hostname, () => console.log(`Admin ready on http://${hostname}:${port}`))

const stop = () => {
  server.close()
  server.closeAllConnections()
  void app.close().finally(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
