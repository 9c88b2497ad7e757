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
  /** The "Formations synthétiques" step alone, as the seed reports it. */
  syntheticSeconds: number
  /** `content/seed.ts --scale N` as a whole (process start, migrations check, demo upserts, synthetic). */
  scaleWallSeconds: number
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

/** `content/seed.ts --scale count --locales …` on a seeded database. */
export const seedSynthetic = async (
  env: NodeJS.ProcessEnv,
  count: number,
  locales: string[],
): Promise<Pick<SeedResult, 'count' | 'locales' | 'syntheticSeconds' | 'scaleWallSeconds'>> => {
  log(`  ${count} synthetic trainings (${locales.join(' + ')}):`)
  const scale = await runToEnd('tsx', ['content/seed.ts', '--scale', String(count), '--locales', locales.join(',')], env, {
    timeoutMs: 10 * minutes + count * 60,
    onLine: echo,
  })
  const synthetic = scale.lines.map((line) => stepLine.exec(line)).find((match) => match?.[1] === 'Formations synthétiques')
  if (!synthetic) throw new Error(`No "Formations synthétiques" line in the seed output:\n${scale.lines.slice(-10).join('\n')}`)
  if (Number(synthetic[2]) !== count) throw new Error(`The seed made ${synthetic[2]} synthetic trainings, not ${count}`)
  return { count, locales, syntheticSeconds: Number(synthetic[4]), scaleWallSeconds: scale.ms / 1000 }
}

export const seed = async (env: NodeJS.ProcessEnv, count: number, locales: string[]): Promise<SeedResult> => ({
  ...(await seedDemo(env)),
  ...(await seedSynthetic(env, count, locales)),
})
