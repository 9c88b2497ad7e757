import { runToEnd } from './children'
import { log } from './progress'
import { get, startServer } from './server'
import { median } from './stats'

export interface GetPayloadSample {
  payloadImportMs: number
  configImportMs: number
  initMs: number
  sinceProcessStartMs: number
}

export interface ServerSample {
  /** Spawn → first 200 from /api/trainings/count: Next and Payload are up. */
  readyMs: number
  /** Spawn → first 200 from /api/trainings?limit=1, asked as soon as the server was ready. */
  firstListMs: number
}

export interface ColdStartResult {
  getPayload: { samples: GetPayloadSample[]; medianMs: number; medianSinceProcessStartMs: number }
  /** `import('payload')` in plain Node, without tsx's loader: how much of the import is tsx. */
  plainNodePayloadImport: { samplesMs: number[]; medianMs: number }
  server: { samples: ServerSample[]; medianReadyMs: number; medianFirstListMs: number }
}

export const firstListPath = '/api/trainings?limit=1'
const marker = 'BENCH_RESULT '
const sampleTimeoutMs = 120_000
const firstListTimeoutMs = 300_000

const resultLine = <T>(lines: string[]): T => {
  const line = lines.find((candidate) => candidate.startsWith(marker))
  if (!line) throw new Error(`The child printed no result:\n${lines.slice(-10).join('\n')}`)
  return JSON.parse(line.slice(marker.length)) as T
}

/** getPayload() in a fresh `tsx` process, NODE_ENV=production like the server. */
const getPayloadOnce = async (env: NodeJS.ProcessEnv): Promise<GetPayloadSample> => {
  const { lines } = await runToEnd(
    'tsx',
    ['bench/lib/getPayloadChild.ts'],
    { ...env, NODE_ENV: 'production' },
    { timeoutMs: sampleTimeoutMs },
  )
  return resultLine<GetPayloadSample>(lines)
}

const plainNodeImportOnce = async (env: NodeJS.ProcessEnv): Promise<number> => {
  const script = `const s = performance.now(); await import('payload'); console.log('${marker}' + (performance.now() - s))`
  const { lines } = await runToEnd(
    'node',
    ['--input-type=module', '-e', script],
    { ...env, NODE_ENV: 'production' },
    {
      timeoutMs: sampleTimeoutMs,
    },
  )
  return resultLine<number>(lines)
}

const serverOnce = async (env: NodeJS.ProcessEnv, appDir: string): Promise<ServerSample> => {
  const server = await startServer(env, appDir)
  try {
    const status = await get(`${server.url}${firstListPath}`, firstListTimeoutMs)
    if (status !== 200) throw new Error(`GET ${firstListPath} answered ${status || `nothing within ${firstListTimeoutMs / 1000} s`}`)
    return { readyMs: server.readyMs, firstListMs: performance.now() - server.spawnedAt }
  } finally {
    await server.stop()
  }
}

export const measureColdStart = async (
  env: NodeJS.ProcessEnv,
  appDir: string,
  { getPayloadRuns = 5, serverRuns = 3 } = {},
): Promise<ColdStartResult> => {
  const samples: GetPayloadSample[] = []
  for (let run = 1; run <= getPayloadRuns; run += 1) {
    const sample = await getPayloadOnce(env)
    samples.push(sample)
    const total = sample.payloadImportMs + sample.configImportMs + sample.initMs
    log(`    getPayload ${run}/${getPayloadRuns}: ${Math.round(total)} ms`)
  }
  const plainNode: number[] = []
  for (let run = 1; run <= getPayloadRuns; run += 1) plainNode.push(await plainNodeImportOnce(env))
  log(`    import('payload') without tsx: median ${Math.round(median(plainNode))} ms`)
  const serverSamples: ServerSample[] = []
  for (let run = 1; run <= serverRuns; run += 1) {
    const sample = await serverOnce(env, appDir)
    serverSamples.push(sample)
    log(
      `    next start → ready ${Math.round(sample.readyMs)} ms, → first ${firstListPath} ${Math.round(sample.firstListMs)} ms (${run}/${serverRuns})`,
    )
  }
  return {
    getPayload: {
      samples,
      medianMs: median(samples.map((sample) => sample.payloadImportMs + sample.configImportMs + sample.initMs)),
      medianSinceProcessStartMs: median(samples.map((sample) => sample.sinceProcessStartMs)),
    },
    plainNodePayloadImport: { samplesMs: plainNode, medianMs: median(plainNode) },
    server: {
      samples: serverSamples,
      medianReadyMs: median(serverSamples.map((sample) => sample.readyMs)),
      medianFirstListMs: median(serverSamples.map((sample) => sample.firstListMs)),
    },
  }
}
