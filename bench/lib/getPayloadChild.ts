/**
 * Run in a fresh process by coldStart.ts: loads Payload and the config (after
 * DATABASE_URL is set by the parent), awaits getPayload(), prints the timings
 * as one JSON line and exits.
 */
const started = performance.now()
const { getPayload } = await import('payload')
const payloadLoaded = performance.now()
const { default: config } = await import('../../cms/payload.config')
const configLoaded = performance.now()
await getPayload({ config })
const ready = performance.now()

const timings = {
  /** Importing the payload package. */
  payloadImportMs: payloadLoaded - started,
  /** Then cms/payload.config.ts: collections, plugins, the three database adapters, lexical, translations. */
  configImportMs: configLoaded - payloadLoaded,
  /** getPayload(): config sanitisation, database connection, migrations check. */
  initMs: ready - configLoaded,
  /** Since the process started (Node and the tsx loader included): performance.now() counts from there. */
  sinceProcessStartMs: ready,
}
console.log(`BENCH_RESULT ${JSON.stringify(timings)}`)
process.exit(0)

export {}
