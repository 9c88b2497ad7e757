import { existsSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

/**
 * A build starts `astro build` while the snapshot is still running
 * (site/builder/buildSite.ts), so that Astro's start-up (config, Vite) overlaps
 * the snapshot's. It names a file in the first variable and creates the file once
 * the snapshot is complete: the loaders wait for it before reading anything. The
 * second holds the build's process id: Astro is its child, and stops waiting if
 * it is no longer.
 */
export const snapshotCompleteEnv = 'HUB_SITE_SNAPSHOT_COMPLETE'
export const buildProcessEnv = 'HUB_SITE_BUILD_PID'

/** Resolves once the snapshot is complete (at once outside such a build); fails if the build that started Astro is gone. */
export async function snapshotComplete(): Promise<void> {
  // eslint-disable-next-line no-restricted-syntax -- not configuration: set by the build for the Astro it starts (above)
  const file = process.env[snapshotCompleteEnv]
  if (!file) return
  // eslint-disable-next-line no-restricted-syntax -- as above
  const build = Number(process.env[buildProcessEnv])
  while (!existsSync(file)) {
    // Orphaned (the build was killed, and its children handed to another parent): nothing will ever create the file.
    if (process.ppid !== build) throw new Error('The site build that started Astro has stopped')
    await sleep(20)
  }
}
