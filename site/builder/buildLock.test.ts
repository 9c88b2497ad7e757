import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// A checkout of its own: this file's lock is not the one the real builds of this checkout take.
const scratchRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-build-lock-'))
process.env.HUB_ROOT = scratchRoot
const { withBuildLock } = await import('./buildLock')
const repoRoot = path.resolve(import.meta.dirname, '../..')

/** Where the lock was once a file naming its holder's process id. */
const oldLockFile = path.join(scratchRoot, 'node_modules', '.hub-site-build.lock')

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const exited = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve))

/** The id of a process that has ended. */
const deadPid = async () => {
  const child = spawn(process.execPath, ['-e', ''])
  await exited(child)
  return child.pid ?? 0
}

/** Resolves with `work`'s result, or rejects when the lock is not had within `ms`. */
const withinMs = <T>(ms: number, work: Promise<T>) =>
  Promise.race([work, sleep(ms).then(() => Promise.reject(new Error(`lock not taken within ${ms} ms`)))])

describe('the site build lock', () => {
  const others: ChildProcess[] = []
  beforeAll(() => fs.mkdir(path.dirname(oldLockFile), { recursive: true }))
  afterAll(async () => {
    for (const child of others) child.kill('SIGKILL')
    await fs.rm(scratchRoot, { recursive: true, force: true })
  })

  it('is never held by two builds at once, even when they all find a dead build’s lock', async () => {
    let holders = 0
    let mostAtOnce = 0
    for (let round = 0; round < 5; round++) {
      await fs.writeFile(oldLockFile, String(await deadPid()))
      await withinMs(
        20_000,
        Promise.all(
          Array.from({ length: 12 }, () =>
            withBuildLock(async () => {
              holders += 1
              mostAtOnce = Math.max(mostAtOnce, holders)
              await sleep(50)
              holders -= 1
            }),
          ),
        ),
      )
    }
    expect(mostAtOnce).toBe(1)
  }, 30_000)

  it('is not held by a build that died, even when its process id now belongs to another process', async () => {
    // The id the lock named was given again, here to a long-lived process (a restarted container reuses ids).
    const reused = spawn('sleep', ['60'])
    others.push(reused)
    await fs.writeFile(oldLockFile, String(reused.pid))
    await expect(
      withinMs(
        5_000,
        withBuildLock(async () => 'built'),
      ),
    ).resolves.toBe('built')
  }, 30_000)

  it('is freed when the process holding it is killed', async () => {
    await fs.rm(oldLockFile, { force: true })
    const script = path.join(scratchRoot, 'hold-lock.mts')
    await fs.writeFile(
      script,
      `import { withBuildLock } from ${JSON.stringify(path.join(import.meta.dirname, 'buildLock.ts'))}
await withBuildLock(() => { console.log('held'); return new Promise(() => setInterval(() => {}, 1000)) })`,
    )
    // tsx as a loader, not its command: the process killed is the one holding the lock.
    const holder = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: repoRoot,
      env: { ...process.env, HUB_ROOT: scratchRoot },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    others.push(holder)
    await new Promise<void>((resolve) => holder.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve()))
    let waited = false
    const next = withBuildLock(
      async () => 'built',
      () => (waited = true),
    )
    await sleep(500)
    expect(waited).toBe(true)
    holder.kill('SIGKILL')
    await expect(withinMs(5_000, next)).resolves.toBe('built')
  }, 30_000)
})
