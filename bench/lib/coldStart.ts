import { runToEnd } from './children'
import { log } from './progress'
import { startServer } from './server'
import { median } from './stats'

export interface GetPayloadSample {
  importMs: number
  initMs: number
  sinceProcessStartMs: number
}

export interface ColdStartResult {
  getPayload: { samples: GetPayloadSample[]; medianMs: number; medianSinceProcessStartMs: number }
  server: { samplesMs: number[]; medianMs: number }
}

const marker = 'BENCH_RESULT '

/** getPayload() in a fresh `tsx` process, NODE_ENV=production like the server. */
const getPayloadOnce = async (env: NodeJS.ProcessEnv): Promise<GetPayloadSample> => {
  const { lines } = await runToEnd('tsx', ['bench/lib/getPayloadChild.ts'], { ...env, NODE_ENV: 'production' }, { timeoutMs: 120_000 })
  const line = lines.find((candidate) => candidate.startsWith(marker))
  if (!line) throw new Error(`The getPayload child printed no result:\n${lines.slice(-10).join('\n')}`)
  return JSON.parse(line.slice(marker.length)) as GetPayloadSample
}

export const measureColdStart = async (
  env: NodeJS.ProcessEnv,
  { getPayloadRuns = 5, serverRuns = 3 } = {},
): Promise<ColdStartResult> => {
  const samples: GetPayloadSample[] = []
  for (let run = 1; run <= getPayloadRuns; run += 1) {
    const sample = await getPayloadOnce(env)
    samples.push(sample)
    log(`    getPayload ${run}/${getPayloadRuns}: ${Math.round(sample.importMs + sample.initMs)} ms`)
  }
  const serverSamples: number[] = []
  for (let run = 1; run <= serverRuns; run += 1) {
    const server = await startServer(env)
    await server.stop()
    serverSamples.push(server.readyMs)
    log(`    next start → first 200 ${run}/${serverRuns}: ${Math.round(server.readyMs)} ms`)
  }
  return {
    getPayload: {
      samples,
      medianMs: median(samples.map((sample) => sample.importMs + sample.initMs)),
      medianSinceProcessStartMs: median(samples.map((sample) => sample.sinceProcessStartMs)),
    },
    server: { samplesMs: serverSamples, medianMs: median(serverSamples) },
  }
}
