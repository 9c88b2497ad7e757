import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')

/** A server holding a port on the loopback, as another program would. */
const holdPort = () =>
  new Promise<net.Server>((resolve) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => resolve(server))
  })
const portOf = (server: net.Server) => (server.address() as net.AddressInfo).port

/** The processes of a process group still running (exited ones not yet reaped are left out). */
const runningInGroup = async (group: number) => {
  const stats = await Promise.all(
    (await fs.readdir('/proc'))
      .filter((entry) => /^\d+$/.test(entry))
      .map((pid) => fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')),
  )
  // Fields after the command's closing parenthesis: state, parent, process group.
  return stats
    .map((stat) => stat.slice(stat.lastIndexOf(')') + 2).split(' '))
    .filter(([state, , pgid]) => pgid === String(group) && state !== 'Z')
}

/** Runs `tsx scripts/start.ts` in a process group of its own; its output, exit code, and whether any of the group outlived it. */
const start = (env: Record<string, string>, scratch: string) =>
  new Promise<{ stdout: string; stderr: string; code: number | null; leftRunning: boolean }>((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
      cwd: root,
      // Nothing of the developer's: should the start go further than it must, it works in a scratch folder.
      env: {
        ...process.env,
        DATABASE_URL: `file:${path.join(scratch, 'cms.db')}`,
        UPLOADS_DIR: path.join(scratch, 'uploads'),
        HUB_SITE_DIR: path.join(scratch, 'site'),
        ...env,
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // Slower than a port check could ever be: the start went on to seed or build.
    const tooLong = setTimeout(() => process.kill(-(child.pid ?? 0), 'SIGKILL'), 20_000)
    child.on('close', async (code) => {
      clearTimeout(tooLong)
      const leftRunning = (await runningInGroup(child.pid ?? 0)).length > 0
      if (leftRunning) process.kill(-(child.pid ?? 0), 'SIGKILL')
      resolve({ stdout, stderr, code, leftRunning })
    })
  })

describe('npm start when a port is taken', () => {
  let held: net.Server
  let freePort: number
  let scratch: string
  beforeAll(async () => {
    held = await holdPort()
    // Taken then released: a port nothing listens on.
    const free = await holdPort()
    freePort = portOf(free)
    await new Promise((resolve) => free.close(resolve))
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-start-'))
  })
  afterAll(async () => {
    await new Promise((resolve) => held.close(resolve))
    await fs.rm(scratch, { recursive: true, force: true })
  })

  it.each([
    ['PORT', () => ({ PORT: String(portOf(held)), SITE_PORT: String(freePort) })],
    ['SITE_PORT', () => ({ PORT: String(freePort), SITE_PORT: String(portOf(held)) })],
  ] as const)(
    'says in one line that the %s port is taken, exits non-zero and leaves nothing running',
    async (variable, ports) => {
      const env = ports()
      const result = await start(env, scratch)
      const port = env[variable]
      expect(result.stderr.trim().split('\n'), result.stderr).toEqual([expect.stringMatching(new RegExp(`\\b${port}\\b.*\\b${variable}=`))])
      expect(result.stderr).not.toMatch(/\n\s+at |top-level await/)
      expect(result.code).not.toBe(0)
      expect(result.code).not.toBeNull()
      expect(result.leftRunning).toBe(false)
      // It stopped before touching the database.
      await expect(fs.readdir(scratch)).resolves.toEqual([])
    },
    30_000,
  )
})
