import { spawn } from 'node:child_process'
import path from 'node:path'

import type { TaskConfig } from 'payload'

import { projectRoot } from '../env'

/** How long a burst of edits may go on before the site rebuilds once (a bulk edit's saves come milliseconds apart). */
export const rebuildDebounceMs = 1000

/**
 * Rebuilds the public site. Runs `scripts/build-site.ts` in a child process:
 * the build's memory and CPU stay out of the admin server, and a crash there
 * cannot take the admin down. The build's entry in `site-builds` is created
 * here, so editors see it running at once; the child writes its outcome.
 * One build at a time; a newer request replaces any waiting one.
 */
export const rebuildSiteTask: TaskConfig<{ input: { reason?: string | null }; output: object }> = {
  slug: 'rebuildSite',
  label: 'Rebuild the public site',
  inputSchema: [{ name: 'reason', type: 'text' }],
  retries: 0,
  concurrency: { key: () => 'public-site', exclusive: true, supersedes: true },
  handler: async ({ input, req: { payload } }) => {
    const reason = input.reason ?? ''
    const record = await payload.create({ collection: 'site-builds', data: { status: 'running', reason, startedAt: new Date().toISOString() } })
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), path.join(projectRoot, 'scripts/build-site.ts'), '--reason', reason, '--record', String(record.id)],
        { cwd: projectRoot, env: { ...process.env, HUB_JOBS: 'off', NODE_ENV: 'production' }, stdio: 'inherit' },
      )
      child.on('error', reject)
      child.on('exit', resolve)
    })
    if (code !== 0) {
      // A child that died before writing its outcome leaves the entry "running": close it.
      const { status } = await payload.findByID({ collection: 'site-builds', id: record.id, depth: 0 })
      if (status === 'running') {
        await payload.update({
          collection: 'site-builds',
          id: record.id,
          data: { status: 'failed', finishedAt: new Date().toISOString(), log: `The build process exited with code ${code} before recording its outcome.` },
        })
      }
      throw new Error(`Site build failed (exit code ${code}); see the site builds log in the admin.`)
    }
    return { output: {} }
  },
}
