import { spawn } from 'node:child_process'
import path from 'node:path'

import type { TaskConfig } from 'payload'

import { projectRoot } from '../env'

/** How long a burst of edits may go on before the site rebuilds once. */
export const rebuildDebounceMs = 2000

/**
 * Rebuilds the public site. Runs `scripts/build-site.ts` in a child process:
 * the build's memory and CPU stay out of the admin server, and a crash there
 * cannot take the admin down. The child records the build in `site-builds`.
 * One build at a time; a newer request replaces any waiting one.
 */
export const rebuildSiteTask: TaskConfig<{ input: { reason?: string | null }; output: object }> = {
  slug: 'rebuildSite',
  label: 'Rebuild the public site',
  inputSchema: [{ name: 'reason', type: 'text' }],
  retries: 0,
  concurrency: { key: () => 'public-site', exclusive: true, supersedes: true },
  handler: async ({ input }) => {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), path.join(projectRoot, 'scripts/build-site.ts'), '--reason', input.reason ?? ''],
        { cwd: projectRoot, env: { ...process.env, HUB_JOBS: 'off', NODE_ENV: 'production' }, stdio: 'inherit' },
      )
      child.on('error', reject)
      child.on('exit', resolve)
    })
    if (code !== 0) throw new Error(`Site build failed (exit code ${code}); see the site builds log in the admin.`)
    return { output: {} }
  },
}
