import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { buildProcessEnv, snapshotComplete, snapshotCompleteEnv } from './snapshotComplete'

const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')

describe('snapshotComplete', () => {
  let dir: string
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'snapshot-complete-'))
  })
  afterEach(async () => {
    delete process.env[snapshotCompleteEnv]
    delete process.env[buildProcessEnv]
    await fs.rm(dir, { recursive: true, force: true })
  })

  it('goes on at once outside a site build (astro check, astro sync)', async () => {
    await expect(snapshotComplete()).resolves.toBeUndefined()
  })

  it('waits until the build says the snapshot is complete', async () => {
    const done = path.join(dir, '.complete')
    process.env[snapshotCompleteEnv] = done
    process.env[buildProcessEnv] = String(process.ppid)
    let finished = false
    const waiting = snapshotComplete().then(() => (finished = true))
    await sleep(150)
    expect(finished).toBe(false)
    await fs.writeFile(done, '')
    await waiting
    expect(finished).toBe(true)
  })

  it('gives up when the build that started Astro is killed, rather than waiting for ever', async () => {
    // build (killed) → astro (waits for a snapshot that will never complete): astro must notice and stop.
    const outcome = path.join(dir, 'outcome.txt')
    const astro = [
      `import { writeFileSync } from 'node:fs'`,
      `import { snapshotComplete } from ${JSON.stringify(path.resolve('site/loaders/snapshotComplete.ts'))}`,
      `snapshotComplete().then(() => writeFileSync(${JSON.stringify(outcome)}, 'complete'), (error) => writeFileSync(${JSON.stringify(outcome)}, error.message))`,
    ].join('\n')
    const build = [
      `const { spawn } = require('node:child_process')`,
      `spawn(process.execPath, [${JSON.stringify(tsx)}, '-e', ${JSON.stringify(astro)}], { stdio: 'ignore', env: { ...process.env, ${snapshotCompleteEnv}: ${JSON.stringify(path.join(dir, '.complete'))}, ${buildProcessEnv}: String(process.pid) } })`,
      `setTimeout(() => process.kill(process.pid, 'SIGKILL'), 300)`,
    ].join('\n')
    const child = spawn(process.execPath, ['-e', build], { stdio: 'ignore' })
    await new Promise((resolve) => child.on('exit', resolve))
    for (let waited = 0; waited < 20_000 && !existsSync(outcome); waited += 100) await sleep(100)
    expect(await fs.readFile(outcome, 'utf8')).toBe('The site build that started Astro has stopped')
  }, 30_000)
})
