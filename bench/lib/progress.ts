/**
 * Progress output: whole lines always; on a terminal, also a status line
 * redrawn in place (elapsed time, requests so far) that the next line replaces.
 */
const tty = process.stdout.isTTY === true
let statusShown = false

const clearStatus = () => {
  if (!statusShown) return
  process.stdout.write('\r\x1b[K')
  statusShown = false
}

export const log = (line: string): void => {
  clearStatus()
  console.log(line)
}

export const status = (text: string): void => {
  if (!tty) return
  process.stdout.write(`\r\x1b[K${text}`)
  statusShown = true
}

/**
 * Runs work while showing its label and elapsed seconds; logs how long it took.
 * `ticker: false` leaves the status line to the work (which shows its own progress).
 */
export const phase = async <T>(label: string, work: () => Promise<T>, { ticker = true } = {}): Promise<T> => {
  const started = performance.now()
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`
  log(`▸ ${label}…`)
  const timer = tty && ticker ? setInterval(() => status(`  ${label}: ${elapsed()}`), 500) : undefined
  try {
    const result = await work()
    log(`  ✔ ${label} (${elapsed()})`)
    return result
  } finally {
    clearInterval(timer)
    clearStatus()
  }
}
