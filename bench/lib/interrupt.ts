import { stopAll } from './children'
import { cleanupAll } from './cleanup'
import { log } from './progress'

/**
 * On Ctrl-C or SIGTERM: stops the benchmark's children, runs its cleanups (`undoing` says what,
 * in the one line printed) and exits 130. Gives whether that happened, for the run to stop writing
 * its results.
 */
export const stopOnInterrupt = (undoing: string): (() => boolean) => {
  let interrupted = false
  const interrupt = (signal: NodeJS.Signals) => {
    if (interrupted) return
    interrupted = true
    log(`\n${signal}: stopping children and ${undoing}…`)
    void stopAll()
      .then(cleanupAll)
      .finally(() => process.exit(130))
  }
  process.on('SIGINT', interrupt)
  process.on('SIGTERM', interrupt)
  return () => interrupted
}
