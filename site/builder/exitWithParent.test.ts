import { spawn } from 'node:child_process'
import path from 'node:path'

import { expect, it } from 'vitest'

const preload = path.join(import.meta.dirname, 'exitWithParent.cjs')

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

it('a build step exits once its build process is killed outright', async () => {
  // A "build" that starts a long step with the preload, as buildSite's runStep does, and prints the step's pid.
  const build = spawn(
    process.execPath,
    [
      '-e',
      `const step = require('node:child_process').spawn(process.execPath, ['--require', ${JSON.stringify(preload)}, '-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
       console.log(step.pid)
       setInterval(() => {}, 1000)`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const step = await new Promise<number>((resolve) => build.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString()))))
  await new Promise((resolve) => setTimeout(resolve, 700))
  expect(alive(step)).toBe(true)

  build.kill('SIGKILL')
  let waited = 0
  for (; waited < 5000 && alive(step); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100))
  expect(alive(step), `step still running ${waited} ms after its build was killed`).toBe(false)
})
