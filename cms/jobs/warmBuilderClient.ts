import http from 'node:http'

import { env } from '../../env'
import type { BuildAnswer, BuildRequest } from '../../publication/warmBuilder'

/**
 * Asks the warm site builder (scripts/site-builder.ts) to build, and waits for its answer. Says
 * 'unavailable' when no builder listens (not started, restarting, crashed before the request was
 * taken): the job then builds in processes of its own. A builder that dies during the build
 * rejects: the build's entry is then closed by the job, as for a child process that died.
 */
export function askWarmBuilder(request: BuildRequest, signal: AbortSignal): Promise<BuildAnswer['status'] | 'unavailable'> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(request)
    const call = http.request(
      {
        socketPath: env.warmBuilderSocket,
        path: '/build',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        signal,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          if (response.statusCode !== 200) return reject(new Error(`The site builder answered ${response.statusCode}`))
          resolve((JSON.parse(Buffer.concat(chunks).toString('utf8')) as BuildAnswer).status)
        })
      },
    )
    call.on('error', (error: NodeJS.ErrnoException) =>
      // Nothing listens: the request was never taken.
      error.code === 'ENOENT' || error.code === 'ECONNREFUSED' ? resolve('unavailable') : reject(error),
    )
    call.end(body)
  })
}
