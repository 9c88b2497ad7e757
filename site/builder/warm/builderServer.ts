import fs from 'node:fs/promises'
import http from 'node:http'

import { buildRequestSchema, type BuildAnswer } from '../../../publication/warmBuilder'

/**
 * The warm builder's end of its socket: one request per build, `POST /build` with the reason and the
 * `site-builds` record the CMS job created; answered when the build has ended, with its status.
 * Builds run one after another in the order asked (the build lock orders them with any other build).
 */
export async function listenForBuilds(
  socketPath: string,
  build: (request: { reason: string; record: number | string }) => Promise<BuildAnswer>,
) {
  // A socket file left by a builder that was killed refuses connections: it is replaced.
  await fs.rm(socketPath, { force: true })
  const server = http.createServer((request, response) => {
    const answer = (status: number, body: BuildAnswer | { error: string }) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(body))
    }
    if (request.method !== 'POST' || request.url !== '/build') return answer(404, { error: 'POST /build only' })
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      let parsed
      try {
        parsed = buildRequestSchema.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8')))
      } catch {
        parsed = undefined
      }
      if (!parsed?.success) return answer(400, { error: 'expected { reason, record }' })
      build(parsed.data).then(
        (outcome) => answer(200, outcome),
        (error: unknown) => answer(500, { error: error instanceof Error ? error.message : String(error) }),
      )
    })
  })
  // The CMS job waits for the build's end: no time limit here (the job has its own).
  server.requestTimeout = 0
  server.headersTimeout = 10_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(socketPath, resolve)
  })
  return server
}
