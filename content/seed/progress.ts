/**
 * Progress for long work, on one line per step: redrawn in place on a
 * terminal, one line per step (no carriage returns) in CI logs.
 */
export interface Progress {
  step: (label: string, total: number) => Step
}

export interface Step {
  tick: (count?: number) => void
  done: (note?: string) => void
}

const bar = (done: number, total: number, width = 24): string => {
  const filled = total === 0 ? width : Math.round((done / total) * width)
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
}

export const createProgress = (out: NodeJS.WriteStream = process.stdout): Progress => ({
  step: (label, total) => {
    const started = performance.now()
    let done = 0
    let lastDraw = 0
    const draw = (force = false) => {
      if (!out.isTTY) return
      const now = performance.now()
      if (!force && now - lastDraw < 80) return
      lastDraw = now
      out.write(`\r  ${label.padEnd(28)} ${bar(done, total)} ${done}/${total}`)
    }
    draw(true)
    return {
      tick: (count = 1) => {
        done += count
        draw()
      },
      done: (note) => {
        const seconds = ((performance.now() - started) / 1000).toFixed(1)
        const line = `  ✔ ${label.padEnd(28)} ${String(done).padStart(6)}/${total}  ${seconds} s${note ? `  ${note}` : ''}`
        out.write(out.isTTY ? `\r${line}\x1b[K\n` : `${line}\n`)
      },
    }
  },
})

/** For tests and library use: no output. */
export const silentProgress: Progress = { step: () => ({ tick: () => undefined, done: () => undefined }) }
