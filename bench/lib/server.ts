import net from 'node:net'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { root, start, stop } from './children'
import { onCleanup } from './cleanup'

export const host = '127.0.0.1'
/** Cheap, but answered by Payload's REST handler for trainings: the server and Payload are up. */
export const readyPath = '/api/trainings/count'

export interface Server {
  /** http://127.0.0.1:port */
  url: string
  /** performance.now() when `next start` was spawned. */
  spawnedAt: number
  /** From spawning `next start` to the first 200 from readyPath. */
  readyMs: number
  stop: () => Promise<void>
}

/** A port nobody listens on right now, on loopback. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, host, () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port'))))
    })
  })

/** One GET, body read; its status, or 0 when nothing answered (in time). */
export const get = async (url: string, timeoutMs = 60_000): Promise<number> => {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
    await response.arrayBuffer()
    return response.status
  } catch {
    return 0
  }
}

/**
 * `next start <appDir>` (the built admin and API, see adminSnapshot.ts) on a
 * free loopback port, with NODE_ENV=production; resolves once readyPath answers 200.
 */
export const startServer = async (env: NodeJS.ProcessEnv, appDir: string, timeoutMs = 120_000): Promise<Server> => {
  const port = await freePort()
  const url = `http://${host}:${port}`
  const output: string[] = []
  const started = performance.now()
  const child = start(
    'next',
    ['start', path.relative(root, appDir), '--port', String(port), '--hostname', host],
    {
      ...env,
      NODE_ENV: 'production',
      SERVER_URL: url,
    },
    (line) => {
      output.push(line)
      if (output.length > 50) output.shift()
    },
  )
  const stopServer = onCleanup(`next start on port ${port}`, () => stop(child))
  let lastStatus = 0
  while (performance.now() - started < timeoutMs && child.exitCode === null && child.signalCode === null) {
    lastStatus = await get(`${url}${readyPath}`)
    if (lastStatus === 200) return { url, spawnedAt: started, readyMs: performance.now() - started, stop: stopServer }
    await sleep(lastStatus === 0 ? 20 : 250)
  }
  const why =
    child.exitCode !== null || child.signalCode !== null
      ? `exited (${child.signalCode ?? child.exitCode})`
      : `not ready after ${timeoutMs / 1000} s (last status ${lastStatus})`
  await stopServer()
  throw new Error(`next start ${why}:\n${output.slice(-20).join('\n')}`)
}
