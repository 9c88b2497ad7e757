import fs from 'node:fs/promises'
import path from 'node:path'

import { projectRoot } from '../../cms/env'

/**
 * One site build at a time per checkout: Astro writes its generated types
 * into `<root>/.astro/` whatever the output folder, so two builds at once
 * (a rebuild job and `npm run build`, or two test databases) would trip over
 * each other. A second build waits for the first; a lock left by a process
 * that died is taken over.
 */
const lockFile = path.join(projectRoot, 'node_modules', '.hub-site-build.lock')

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export async function withBuildLock<T>(work: () => Promise<T>, onWait?: () => void): Promise<T> {
  for (let waited = false; ; ) {
    try {
      await fs.writeFile(lockFile, String(process.pid), { flag: 'wx' })
      break
    } catch {
      const holder = Number(await fs.readFile(lockFile, 'utf8').catch(() => '0'))
      if (holder > 0 && isRunning(holder)) {
        if (!waited) onWait?.()
        waited = true
        await new Promise((resolve) => setTimeout(resolve, 250))
      } else {
        await fs.rm(lockFile, { force: true })
      }
    }
  }
  try {
    return await work()
  } finally {
    await fs.rm(lockFile, { force: true })
  }
}
