import fs from 'node:fs/promises'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'

import { env } from '../../env'
import {
  type BuildAnswer,
  buildAnswerSchema,
  type BuildRequest,
  isPrivateSocketDirectory,
  maxReasonLength,
} from '../../publication/warmBuilder'

type Outcome = Exclude<BuildAnswer['status'], 'restarting'> | 'unavailable'

/**
 * Asks the warm site builder (scripts/site-builder.ts) to build, and waits for its answer. Says
 * 'unavailable' when no builder took the request: none listens (not started, restarting, crashed),
 * the socket could not be reached at all (its path, its permissions, a folder not the hub user's),
 * or the builder declined because it is restarting. The job then builds in processes of its own.
 * Once connected, a builder that dies during the build, or answers anything but a status, rejects:
 * the build's entry is then closed by the job, as for a child process that died.
 */
export async function askWarmBuilder(request: BuildRequest, signal: AbortSignal, socketPath = env.warmBuilderSocket): Promise<Outcome> {
  // A socket in a folder anyone else could enter or own may not be the builder's (env.ts may put it in the temporary folder).
  const folder = await fs.lstat(path.dirname(socketPath)).catch(() => undefined)
  if (!folder || !isPrivateSocketDirectory(folder)) return 'unavailable'
  // The job's reason names a document, whose title may be long: the builder takes a bounded one.
  const body = JSON.stringify({ ...request, reason: request.reason.slice(0, maxReasonLength) })
  return new Promise((resolve, reject) => {
    // A connection of our own, not an agent's kept-alive one: its 'connect' says the builder took the request.
    const connection = net.connect(socketPath)
    let connected = false
    connection.once('connect', () => (connected = true))
    const call = http.request(
      {
        createConnection: () => connection,
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
          let answer
          try {
            answer = buildAnswerSchema.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8')))
          } catch (error) {
            return reject(new Error('The site builder answered something else than JSON', { cause: error }))
          }
          if (!answer.success) return reject(new Error(`The site builder answered no build status: ${answer.error.message}`))
          resolve(answer.data.status === 'restarting' ? 'unavailable' : answer.data.status)
        })
      },
    )
    // Before the connection, nothing was asked: any error (no socket, refused, path too long, permission) leaves the build to the job.
    call.on('error', (error) => (connected || signal.aborted ? reject(error) : resolve('unavailable')))
    call.end(body)
  })
}
