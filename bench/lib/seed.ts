import type { SyntheticPath } from '../../content/seed/scale'
import { runToEnd } from './children'
import { log } from './progress'

export interface SeedResult {
  /** `content/seed.ts` on an empty database: migrations, then the demo content (process wall time). */
  demoSeconds: number
  /** The seed's own per-step lines (`✔ Step  n/n  x s`), to see where the demo seed spends its time. */
  demoSteps: string[]
  count: number
  /** The languages the synthetic trainings were written in. */
  locales: string[]
  /** The "Formations synthétiques" step alone, as the seed reports it: through the database adapter. */
  syntheticSeconds: number
  /** `content/seed.ts --scale N` as a whole (process start, migrations check, demo upserts, synthetic). */
  scaleWallSeconds: number
}

/** `content/seed.ts --scale count --through local-api`: the same trainings, written through Payload's Local API. */
export interface LocalApiSeedResult {
  count: number
  locales: string[]
  /** The "Formations synthétiques (API locale)" step alone, as the seed reports it. */
  seconds: number
  /** The seed process as a whole (process start, migration check, demo content re-checked, then the trainings). */
  wallSeconds: number
}

const stepLine = /^\s*✔\s+(.+?)\s+(\d+)\/(\d+)\s+([\d.]+) s/

const echo = (line: string) => {
  if (stepLine.test(line)) log(`    ${line.trim()}`)
}

const minutes = 60_000

/** `content/seed.ts` on an empty database: migrations, then the demo content. */
export const seedDemo = async (env: NodeJS.ProcessEnv): Promise<Pick<SeedResult, 'demoSeconds' | 'demoSteps'>> => {
  log('  demo content (migrations, users, themes, images, …):')
  const demo = await runToEnd('tsx', ['content/seed.ts'], env, { timeoutMs: 15 * minutes, onLine: echo })
  return {
    demoSeconds: demo.ms / 1000,
    demoSteps: demo.lines.filter((line) => stepLine.test(line)).map((line) => line.trim().replace(/\s+/g, ' ')),
  }
}

/** `content/seed.ts --scale count --locales …` on a seeded database: through the database adapter. */
export const seedSynthetic = async (
  env: NodeJS.ProcessEnv,
  count: number,
  locales: string[],
): Promise<Pick<SeedResult, 'count' | 'locales' | 'syntheticSeconds' | 'scaleWallSeconds'>> => {
  log(`  ${count} synthetic trainings (${locales.join(' + ')}) through the database adapter:`)
  const { seconds, wallSeconds } = await runScale(env, count, locales, 'adapter', 'Formations synthétiques', count * 60)
  return { count, locales, syntheticSeconds: seconds, scaleWallSeconds: wallSeconds }
}

/**
 * `content/seed.ts --scale count --locales … --through local-api` on a seeded database: trainings of
 * their own (other slugs), hooks and validation included. Neither site rebuilds nor search updates
 * are queued, as for the adapter's trainings: the bench times the writes, not a job queue.
 */
export const seedThroughLocalApi = async (env: NodeJS.ProcessEnv, count: number, locales: string[]): Promise<LocalApiSeedResult> => {
  log(`  ${count} synthetic trainings (${locales.join(' + ')}) through Payload's Local API:`)
  const quiet = { ...env, HUB_SITE_REBUILD: 'off', MEILISEARCH_HOST: '' }
  const step = 'Formations synthétiques (API locale)'
  const { seconds, wallSeconds } = await runScale(quiet, count, locales, 'local-api', step, count * 1000)
  return { count, locales, seconds, wallSeconds }
}

/** `content/seed.ts --scale count --locales … --through …` on a seeded database: the seconds of its `step` line, and of the whole process. */
const runScale = async (
  env: NodeJS.ProcessEnv,
  count: number,
  locales: string[],
  through: SyntheticPath,
  step: string,
  extraTimeoutMs: number,
): Promise<{ seconds: number; wallSeconds: number }> => {
  const args = ['content/seed.ts', '--scale', String(count), '--locales', locales.join(','), '--through', through]
  const scale = await runToEnd('tsx', args, env, { timeoutMs: 10 * minutes + extraTimeoutMs, onLine: echo })
  const line = scale.lines.map((candidate) => stepLine.exec(candidate)).find((match) => match?.[1] === step)
  if (!line) throw new Error(`No "${step}" line in the seed output:\n${scale.lines.slice(-10).join('\n')}`)
  if (Number(line[2]) !== count) throw new Error(`The seed made ${line[2]} synthetic trainings, not ${count}`)
  return { seconds: Number(line[4]), wallSeconds: scale.ms / 1000 }
}

export const seed = async (env: NodeJS.ProcessEnv, count: number, locales: string[]): Promise<SeedResult> => ({
  ...(await seedDemo(env)),
  ...(await seedSynthetic(env, count, locales)),
})
