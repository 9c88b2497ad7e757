import fs from 'node:fs/promises'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'

import {
  type BuildAnswer,
  type BuildRequest,
  buildRequestSchema,
  isPrivateSocketDirectory,
  socketDirectoryMode,
} from '../../../publication/warmBuilder'

/** A request is `{ reason, record }`: a few hundred bytes. */
const maxBodyBytes = 1024

/** Only the CMS's rebuild job asks, one build at a time (two with the hourly one): a few connections are plenty. */
const maxConnections = 8

export interface ListenOptions {
  /** Called once an answer saying 'restarting' has been sent: the builder then stops, and `npm start` starts it again. */
  onRestart?: () => void
  /** How long a request's body may take to arrive (tests shorten it). */
  bodyTimeoutMs?: number
}

/**
 * The warm builder's end of its socket: one request per build, `POST /build` with the reason and the
 * `site-builds` record the CMS job created; answered when the build has ended, with its status.
 * Builds run one after another in the order asked (the build lock orders them with any other build).
 * The socket lives in a folder only this user may enter; a builder already listening there is never
 * replaced: this one refuses to start.
 */
export async function listenForBuilds(
  socketPath: string,
  build: (request: BuildRequest) => Promise<BuildAnswer>,
  { onRestart, bodyTimeoutMs = 10_000 }: ListenOptions = {},
) {
  await makePrivateDirectory(path.dirname(socketPath))
  if (await socketAnswers(socketPath)) throw new Error(`Another site builder is running (it answers on ${socketPath}): stop it first.`)
  // A socket file left by a builder that was killed refuses connections: it is replaced.
  await fs.rm(socketPath, { force: true })
  const server = http.createServer((request, response) => {
    const answer = (status: number, body: BuildAnswer | { error: string }, headers: http.OutgoingHttpHeaders = {}) => {
      const text = JSON.stringify(body)
      response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers })
      return response.end(text)
    }
    // Answers, then closes the connection without reading the rest of the request.
    const refuse = (status: number, error: string) => {
      if (!response.headersSent) answer(status, { error }, { connection: 'close' }).once('finish', () => request.destroy())
    }
    if (request.method !== 'POST' || request.url !== '/build') return refuse(404, 'POST /build only')
    if (Number(request.headers['content-length']) > maxBodyBytes) return refuse(413, `at most ${maxBodyBytes} bytes`)
    // The headers have their own time limit (headersTimeout); the answer, none: it waits for the build.
    const bodyTimer = setTimeout(() => refuse(408, 'the request took too long to arrive'), bodyTimeoutMs)
    request.on('close', () => clearTimeout(bodyTimer))
    const chunks: Buffer[] = []
    let bodyBytes = 0
    request.on('data', (chunk: Buffer) => {
      bodyBytes += chunk.length
      if (bodyBytes > maxBodyBytes) refuse(413, `at most ${maxBodyBytes} bytes`)
      else chunks.push(chunk)
    })
    request.on('end', () => {
      clearTimeout(bodyTimer)
      if (response.headersSent) return
      let parsed
      try {
        parsed = buildRequestSchema.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8')))
      } catch {
        parsed = undefined
      }
      if (!parsed?.success) return answer(400, { error: 'expected { reason, record }' })
      build(parsed.data).then(
        (outcome) => {
          if (outcome.status === 'restarting') response.once('close', () => onRestart?.())
          answer(200, outcome)
        },
        (error: unknown) => answer(500, { error: error instanceof Error ? error.message : String(error) }),
      )
    })
  })
  server.headersTimeout = 10_000
  server.maxConnections = maxConnections
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(socketPath, resolve)
  })
  // The folder already keeps others out; the socket's own mode says so too.
  await fs.chmod(socketPath, 0o600)
  return server
}

/**
 * Makes `dir` this user's alone (socketDirectoryMode). Its parent (the site's folder, shared with
 * whoever serves the site) keeps its own mode. A folder someone else owns, or a link, is refused:
 * with the system's temporary folder as parent (env.ts), another user could have made it first.
 */
async function makePrivateDirectory(dir: string) {
  await fs.mkdir(path.dirname(dir), { recursive: true })
  await fs.mkdir(dir, { mode: socketDirectoryMode }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
  const stats = await fs.lstat(dir)
  if (!stats.isDirectory() || stats.uid !== process.getuid?.())
    throw new Error(`${dir}, where the site builder's socket goes, must be a folder of this user's: remove it`)
  await fs.chmod(dir, socketDirectoryMode)
  if (!isPrivateSocketDirectory(await fs.lstat(dir))) throw new Error(`${dir} could not be made private to this user`)
}

/** Whether a process listens on `socketPath`. A file nobody listens on (ENOENT, ECONNREFUSED) is no answer. */
const socketAnswers = (socketPath: string) =>
  new Promise<boolean>((resolve, reject) => {
    const probe = net.connect(socketPath)
    probe.once('connect', () => {
      probe.destroy()
      resolve(true)
    })
    probe.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' || error.code === 'ECONNREFUSED' ? resolve(false) : reject(error),
    )
  })
