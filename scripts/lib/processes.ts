import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

export const childEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  HUB_ROOT: root,
  NEXT_TELEMETRY_DISABLED: '1',
  ...extra,
})

/** Every child still running, so that stopping ends them all. */
const running = new Set<ChildProcess>()

const track = (child: ChildProcess): ChildProcess => {
  running.add(child)
  child.on('exit', () => running.delete(child))
  return child
}

/** Runs a command from node_modules/.bin to completion, its output shown as it comes. */
export const run = (command: string, args: string[], env: NodeJS.ProcessEnv = childEnv()): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = track(spawn(bin(command), args, { cwd: root, env, stdio: 'inherit' }))
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    )
  })

/** Starts a long-running command; `stopAll` ends it with the others. */
export const serve = (command: string, args: string[], env: NodeJS.ProcessEnv = childEnv()): ChildProcess =>
  track(spawn(bin(command), args, { cwd: root, env, stdio: 'inherit' }))

/**
 * Starts a long-running TypeScript script in this Node, tsx as a loader (not tsx's command, a wrapper
 * process: stopping then reaches the script itself); `stopAll` ends it with the others.
 */
export const serveScript = (script: string, nodeOptions: string[], env: NodeJS.ProcessEnv = childEnv()): ChildProcess =>
  track(spawn(process.execPath, [...nodeOptions, '--import', 'tsx', script], { cwd: root, env, stdio: 'inherit' }))

export const stopAll = async (): Promise<void> => {
  const exits = [...running].map((child) => new Promise((resolve) => child.once('exit', resolve)))
  for (const child of running) child.kill('SIGTERM')
  const timeout = setTimeout(() => [...running].forEach((child) => child.kill('SIGKILL')), 5000)
  await Promise.all(exits)
  clearTimeout(timeout)
}
