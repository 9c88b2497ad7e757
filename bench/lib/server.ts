import net from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

import { start, stop } from './children'
import { onCleanup } from './cleanup'

export const host = '127.0.0.1'
export const readyPath = '/api/trainings?limit=1'

export interface Server {
  /** http://127.0.0.1:port */
  url: string
  /** From spawning `next start` to the first 200 from readyPath. */
  readyMs: number
  stop: () => Promise<void>
}

/** A port nobody listens on right now, on loopback. */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, host, () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port'))))
    })
  })

/** One GET; the status, or 0 when nothing answers yet. */
const probe = async (url: string): Promise<number> => {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(60_000) })
    await response.arrayBuffer()
    return response.status
  } catch {
    return 0
  }
}

/**
 * `next start cms` (the built admin and API) on a free loopback port, with
 * NODE_ENV=production; resolves once readyPath answers 200.
 */
export const startServer = async (env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<Server> => {
  const port = await freePort()
  const url = `http://${host}:${port}`
  const output: string[] = []
  const started = performance.now()
  const child = start('next', ['start', 'cms', '--port', String(port), '--hostname', host], {
    ...env,
    NODE_ENV: 'production',
    SERVER_URL: url,
  }, (line) => output.push(line))
  const stopServer = onCleanup(`next start on port ${port}`, () => stop(child))
  let lastStatus = 0
  while (performance.now() - started < timeoutMs && child.exitCode === null && child.signalCode === null) {
    lastStatus = await probe(`${url}${readyPath}`)
    if (lastStatus === 200) return { url, readyMs: performance.now() - started, stop: stopServer }
    await sleep(lastStatus === 0 ? 20 : 250)
  }
  const why =
    child.exitCode !== null || child.signalCode !== null
      ? `exited (${child.signalCode ?? child.exitCode})`
      : `not ready after ${timeoutMs / 1000} s (last status ${lastStatus})`
  await stopServer()
  throw new Error(`next start ${why}:\n${output.slice(-20).join('\n')}`)
}
