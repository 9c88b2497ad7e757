import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../../env'

/**
 * One site build at a time per checkout: Astro writes its generated types
 * into `<root>/.astro/` whatever the output folder, so two builds at once
 * (a rebuild job and `npm run build`, or two test databases) would trip over
 * each other. A second build waits for the first.
 *
 * The lock is a listening local socket, not a file naming a process: the
 * kernel gives it to one process only, and frees it when that process ends,
 * however it ends (a file outlived killed builds, and named a process id that
 * a later process could get again). On Linux the socket is abstract (no file);
 * elsewhere a socket file nobody answers on is a dead holder's, and removed.
 */
const lockName = `hub-site-build-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 16)}`
const lockAddress =
  process.platform === 'linux'
    ? `\0${lockName}`
    : process.platform === 'win32'
      ? `\\\\?\\pipe\\${lockName}`
      : path.join(os.tmpdir(), `${lockName}.sock`)

/** Takes the lock, or resolves null when another process (or this one) holds it. */
const tryLock = () =>
  new Promise<net.Server | null>((resolve, reject) => {
    const server = net.createServer((connection) => connection.destroy())
    server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(null) : reject(error)))
    server.listen({ path: lockAddress, exclusive: true }, () => resolve(server.unref()))
  })

/** A socket file (macOS, BSD) left by a process that died: nobody answers on it. */
const removeIfDead = () =>
  new Promise<void>((resolve) => {
    const probe = net.connect(lockAddress, () => {
      probe.destroy()
      resolve()
    })
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') fs.rm(lockAddress, { force: true }).then(resolve, resolve)
      else resolve()
    })
  })

export async function withBuildLock<T>(work: () => Promise<T>, onWait?: () => void): Promise<T> {
  let lock = await tryLock()
  for (let waited = false; !lock; lock = await tryLock()) {
    if (!waited) onWait?.()
    waited = true
    if (process.platform !== 'linux' && process.platform !== 'win32') await removeIfDead()
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const held = lock
  try {
    return await work()
  } finally {
    await new Promise((resolve) => held.close(resolve))
  }
}
