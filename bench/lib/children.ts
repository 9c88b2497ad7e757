import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'

export const root = path.resolve(import.meta.dirname, '../..')
const binDir = path.join(root, 'node_modules', '.bin')

/**
 * The environment of every child: the project's Node first on the PATH (the
 * `#!/usr/bin/env node` of tsx and next must not find the system one), jobs off.
 */
export const benchEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`,
  HUB_ROOT: root,
  HUB_JOBS: 'off',
  NEXT_TELEMETRY_DISABLED: '1',
  ...extra,
})

/** The environment of a bench that seeds and builds its own demo under `workDir`: database, uploads and site all there. */
export const workDirEnv = (workDir: string): NodeJS.ProcessEnv =>
  benchEnv({
    DATABASE_URL: `file:${path.join(workDir, 'cms.db')}`,
    UPLOADS_DIR: path.join(workDir, 'uploads'),
    HUB_SITE_DIR: path.join(workDir, 'site'),
    HUB_SITE_REBUILD: 'off',
  })

const running = new Set<ChildProcess>()

/**
 * Starts a command from node_modules/.bin in its own process group, so that
 * stopping it also stops whatever it started. Each output line goes to onLine.
 */
export const start = (
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void = () => undefined,
): ChildProcess => {
  const child = spawn(path.join(binDir, command), args, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  running.add(child)
  child.once('exit', () => running.delete(child))
  for (const stream of [child.stdout, child.stderr]) readline.createInterface({ input: stream }).on('line', onLine)
  return child
}

const signalGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // The group is already gone.
  }
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null

/** SIGTERM to the child's group, SIGKILL if it is still there after graceMs. */
export const stop = async (child: ChildProcess, graceMs = 5000): Promise<void> => {
  const exited = hasExited(child) ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()))
  signalGroup(child, 'SIGTERM')
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
  // Anything the leader left behind in its group.
  signalGroup(child, 'SIGKILL')
}

export const stopAll = async (): Promise<void> => {
  await Promise.all([...running].map((child) => stop(child)))
}

export interface Finished {
  ms: number
  lines: string[]
}

/** Runs a command to completion within timeoutMs; rejects with its last output lines if it fails. */
export const runToEnd = (
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  {
    timeoutMs,
    onLine = () => undefined,
    onStart = () => undefined,
  }: { timeoutMs: number; onLine?: (line: string) => void; onStart?: (child: ChildProcess) => void },
): Promise<Finished> =>
  new Promise((resolve, reject) => {
    const lines: string[] = []
    const started = performance.now()
    const child = start(command, args, env, (line) => {
      lines.push(line)
      onLine(line)
    })
    onStart(child)
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      void stop(child)
    }, timeoutMs)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      const ms = performance.now() - started
      if (code === 0 && !timedOut) return resolve({ ms, lines })
      const why = timedOut ? `timed out after ${timeoutMs / 1000} s` : (signal ?? `exit ${code}`)
      reject(new Error(`${command} ${args.join(' ')} failed (${why}):\n${lines.slice(-20).join('\n')}`))
    })
  })
