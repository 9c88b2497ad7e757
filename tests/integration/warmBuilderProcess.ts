import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import readline from 'node:readline'

import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import { askWarmBuilder } from '../../cms/jobs/warmBuilderClient'
import { testPayload } from './database'

/** The real warm site builder (scripts/site-builder.ts), run for a test file's tests. */
export interface WarmBuilderProcess {
  /** Everything it wrote to its stdout and stderr, by line. */
  output: string[]
  /** Kills it at once, as a crash would. */
  kill: () => void
}

/**
 * For the tests of the describe block that calls it: before them, starts scripts/site-builder.ts as
 * `npm start` does, on the test database and in the file's HUB_SITE_DIR, and waits until it takes
 * requests (after its first build); after them, kills it and removes that folder.
 */
export function warmBuilderAroundTests(): WarmBuilderProcess {
  const output: string[] = []
  let child: ChildProcess | undefined
  beforeAll(async () => {
    // Sets the database's variables, which the builder inherits.
    await testPayload()
    const builder = spawn(process.execPath, ['--import', 'tsx', 'scripts/site-builder.ts'], {
      env: { ...process.env, HUB_JOBS: 'off', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child = builder
    await new Promise<void>((resolve, reject) => {
      for (const stream of [builder.stdout, builder.stderr])
        readline.createInterface({ input: stream }).on('line', (line) => {
          output.push(line)
          if (line.startsWith('Constructeur du site prêt')) resolve()
        })
      builder.on('exit', (code) => reject(new Error(`The site builder exited (${code}):\n${output.slice(-20).join('\n')}`)))
    })
  }, 600_000)
  afterAll(async () => {
    child?.kill('SIGKILL')
    await fs.rm(process.env.HUB_SITE_DIR ?? '', { recursive: true, force: true })
  })
  return { output, kill: () => child?.kill('SIGKILL') }
}

/** What the CMS's rebuild job does: a `site-builds` entry, then the builder asked; its answer and the entry as it ends. */
export async function publishThroughBuilder(payload: Payload, reason: string) {
  const record = await payload.create({
    collection: 'site-builds',
    data: { status: 'running', reason, startedAt: new Date().toISOString() },
  })
  const answer = await askWarmBuilder({ reason, record: record.id }, AbortSignal.timeout(240_000))
  const entry = await payload.findByID({ collection: 'site-builds', id: record.id, depth: 0 })
  return { answer, entry }
}
