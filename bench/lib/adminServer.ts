import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { root, start, stop } from './children'
import { onCleanup } from './cleanup'
import { type Server, freePort, get, host, readyPath } from './server'

/**
 * Like startServer (server.ts), but the admin server `npm start` runs (scripts/serve-cms.ts --dir: the client's
 * address put where the app reads it, trusting `trustProxyHops` proxies' X-Forwarded-For) rather
 * than bare `next start`: the public endpoints count their flood limits per client address.
 * Resolves once readyPath answers 200.
 */
export const startAdminServer = async (
  env: NodeJS.ProcessEnv,
  appDir: string,
  { trustProxyHops, timeoutMs = 120_000 }: { trustProxyHops: number; timeoutMs?: number },
): Promise<Server> => {
  const port = await freePort()
  const url = `http://${host}:${port}`
  const output: string[] = []
  const started = performance.now()
  const child = start(
    'tsx',
    ['scripts/serve-cms.ts', '--dir', path.relative(root, appDir)],
    { ...env, NODE_ENV: 'production', SERVER_URL: url, PORT: String(port), HOST: host, HUB_TRUST_PROXY: String(trustProxyHops) },
    (line) => {
      output.push(line)
      if (output.length > 50) output.shift()
    },
  )
  const stopServer = onCleanup(`admin server on port ${port}`, () => stop(child))
  let lastStatus = 0
  while (performance.now() - started < timeoutMs && child.exitCode === null && child.signalCode === null) {
    lastStatus = await get(`${url}${readyPath}`)
    if (lastStatus === 200) return { url, spawnedAt: started, readyMs: performance.now() - started, stop: stopServer }
    await sleep(lastStatus === 0 ? 50 : 250)
  }
  const why =
    child.exitCode !== null || child.signalCode !== null
      ? `exited (${child.signalCode ?? child.exitCode})`
      : `not ready after ${timeoutMs / 1000} s (last status ${lastStatus})`
  await stopServer()
  throw new Error(`The admin server ${why}:\n${output.slice(-20).join('\n')}`)
}
