import fs from 'node:fs'

/**
 * Samples the resident memory of a process and everything it started
 * (children, grandchildren…) from /proc, every `intervalMs`. RSS is summed
 * over the tree: pages shared between processes (Node's own code) count once
 * per process, so the sum slightly overstates what the tree really holds.
 */
export interface TreeSample {
  /** ms since sampling began */
  at: number
  /** bytes, the whole tree */
  rss: number
  processes: number
}

export interface ProcessSeen {
  pid: number
  command: string
  /** ms since sampling began, first and last time the process was seen */
  firstSeen: number
  lastSeen: number
  peakRss: number
}

export interface TreeMemory {
  intervalMs: number
  peakRss: number
  peakAt: number
  samples: TreeSample[]
  processes: ProcessSeen[]
}

const pageSize = 4096

const readText = (file: string): string | undefined => {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/** pid → parent pid for every process now, from /proc/<pid>/stat (the command may contain spaces and parentheses). */
const parents = (): Map<number, number> => {
  const map = new Map<number, number>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const stat = readText(`/proc/${name}/stat`)
    if (!stat) continue
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    map.set(Number(name), Number(fields[1]))
  }
  return map
}

const descendants = (rootPid: number): number[] => {
  const children = new Map<number, number[]>()
  for (const [pid, parent] of parents()) children.set(parent, [...(children.get(parent) ?? []), pid])
  const found: number[] = []
  const queue = [rootPid]
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    found.push(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return found
}

const rssOf = (pid: number): number | undefined => {
  const statm = readText(`/proc/${pid}/statm`)
  return statm === undefined ? undefined : Number(statm.split(' ')[1]) * pageSize
}

/** The command line, shortened to what tells processes apart (node + script). */
const commandOf = (pid: number): string => {
  const args = (readText(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean)
  // The script: not a flag, nor the value of --require / --import (tsx's loader).
  const script = args.find(
    (arg, index) =>
      index > 0 && !arg.startsWith('-') && !/^(--require|--import|-r)$/.test(args[index - 1] ?? '') && /\.(m?[jt]s|cjs)$/.test(arg),
  )
  const name = args[0]?.split('/').at(-1) ?? '?'
  return script ? `${name} ${script.split('/').slice(-3).join('/')}` : args.slice(0, 3).join(' ')
}

/**
 * Starts sampling the tree under rootPid. `stop()` takes a last sample and
 * returns the peak and the samples (kept whole: one per interval).
 */
export const watchProcessTree = (rootPid: number, intervalMs = 100) => {
  const started = performance.now()
  const samples: TreeSample[] = []
  const seen = new Map<number, ProcessSeen>()
  let peakRss = 0
  let peakAt = 0
  const sample = () => {
    const at = performance.now() - started
    let rss = 0
    let processes = 0
    for (const pid of descendants(rootPid)) {
      const bytes = rssOf(pid)
      if (bytes === undefined) continue
      rss += bytes
      processes += 1
      const known = seen.get(pid) ?? { pid, command: commandOf(pid), firstSeen: at, lastSeen: at, peakRss: 0 }
      known.lastSeen = at
      known.peakRss = Math.max(known.peakRss, bytes)
      seen.set(pid, known)
    }
    if (processes === 0) return
    samples.push({ at: Math.round(at), rss, processes })
    if (rss > peakRss) {
      peakRss = rss
      peakAt = at
    }
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    /** The tree's RSS right now (last sample), bytes. */
    current: () => samples.at(-1)?.rss ?? 0,
    /** Processes seen so far whose command matches. */
    find: (pattern: RegExp) => [...seen.values()].filter((process) => pattern.test(process.command)),
    stop: (): TreeMemory => {
      clearInterval(timer)
      return { intervalMs, peakRss, peakAt: Math.round(peakAt), samples, processes: [...seen.values()] }
    },
  }
}
