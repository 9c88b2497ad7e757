import { spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs/promises'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { askWarmBuilder } from '../../cms/jobs/warmBuilderClient'
import { projectRoot, readEnv } from '../../env'
import type { BuildAnswer, BuildRequest } from '../../publication/warmBuilder'
import { siteBuildRecord } from '../../site/builder/liveSite'
import { listenForBuilds, type ListenOptions } from '../../site/builder/warm/builderServer'
import { describeOnDatabase, testPayload } from './database'

/**
 * The warm builder's socket (site/builder/warm/builderServer.ts) and the CMS job's end of it
 * (cms/jobs/warmBuilderClient.ts), with a stand-in for the build: who may connect, what a request may
 * hold, when the job builds by itself instead, and which `site-builds` entry an answer may write.
 */

let scratch: string
let socketPath: string
const servers: http.Server[] = []

beforeEach(async () => {
  // Under the temporary folder: a socket's path has at most 107 bytes.
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-socket-test-'))
  socketPath = path.join(scratch, 'builder', 'builder.sock')
})

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
  await fs.rm(scratch, { recursive: true, force: true })
})

/** The builder's socket with `build` standing in for the build. */
const listen = async (build: (request: BuildRequest) => Promise<BuildAnswer>, options?: ListenOptions) => {
  const server = await listenForBuilds(socketPath, build, options)
  servers.push(server)
  return server
}

const ask = (request: BuildRequest = { reason: 'test', record: 1 }, at = socketPath) =>
  askWarmBuilder(request, AbortSignal.timeout(10_000), at)

/** A request written by hand on the socket: `write` sends its body (or part of it); the answer's status and body. */
const rawRequest = (headers: http.OutgoingHttpHeaders, write: (call: http.ClientRequest) => void) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const call = http.request({ socketPath, path: '/build', method: 'POST', headers, agent: false }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body })
        call.destroy()
      })
    })
    call.on('error', reject)
    write(call)
  })

const modeOf = async (file: string) => (await fs.lstat(file)).mode & 0o777

describe('the warm builder’s socket', () => {
  it('is in a folder only its user may enter, made so even when it existed; the folder above keeps its mode', async () => {
    await fs.chmod(scratch, 0o755)
    await fs.mkdir(path.dirname(socketPath), { mode: 0o777 })
    await fs.chmod(path.dirname(socketPath), 0o777)
    await listen(async () => ({ status: 'succeeded' }))
    expect(await modeOf(path.dirname(socketPath))).toBe(0o700)
    expect(await modeOf(socketPath)).toBe(0o600)
    expect(await modeOf(scratch)).toBe(0o755)
    expect(await ask()).toBe('succeeded')
  })

  it('refuses to start while another builder listens there, which keeps answering', async () => {
    const build = vi.fn(async () => ({ status: 'succeeded' as const }))
    await listen(build)
    await expect(listenForBuilds(socketPath, build)).rejects.toThrow(/Another site builder is running/)
    expect(await ask()).toBe('succeeded')
    expect(build).toHaveBeenCalledTimes(1)
  })

  it('refuses a folder that is a link, which someone else could point anywhere', async () => {
    const elsewhere = path.join(scratch, 'elsewhere')
    await fs.mkdir(elsewhere, { mode: 0o700 })
    await fs.symlink(elsewhere, path.dirname(socketPath))
    await expect(listenForBuilds(socketPath, async () => ({ status: 'succeeded' }))).rejects.toThrow(/must be a folder of this user's/)
  })

  it('replaces the socket file a killed builder left', async () => {
    await fs.mkdir(path.dirname(socketPath), { mode: 0o700 })
    const killed = spawn(
      process.execPath,
      ['-e', "require('node:net').createServer().listen(process.env.SOCKET, () => console.log('on'))"],
      {
        env: { ...process.env, SOCKET: socketPath },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    await once(killed.stdout, 'data')
    killed.kill('SIGKILL')
    await once(killed, 'exit')
    expect((await fs.lstat(socketPath)).isSocket()).toBe(true)
    expect(await ask()).toBe('unavailable')
    await listen(async () => ({ status: 'succeeded' }))
    expect(await ask()).toBe('succeeded')
  })

  it('answers 413 to a body over 1 KB, declared or streamed, without building', async () => {
    const build = vi.fn(async () => ({ status: 'succeeded' as const }))
    await listen(build)
    const large = JSON.stringify({ reason: 'x'.repeat(2000), record: 1 })
    const declared = await rawRequest({ 'content-type': 'application/json', 'content-length': Buffer.byteLength(large) }, (call) =>
      call.end(large),
    )
    expect(declared.status).toBe(413)
    // No length said: the body is read until it is too long.
    const streamed = await rawRequest({ 'content-type': 'application/json' }, (call) => {
      call.write(large.slice(0, 1000))
      call.write(large.slice(1000))
      call.end()
    })
    expect(streamed.status).toBe(413)
    expect(build).not.toHaveBeenCalled()
  })

  it('answers 400 to a malformed request, without building', async () => {
    const build = vi.fn(async () => ({ status: 'succeeded' as const }))
    await listen(build)
    for (const body of ['{"reason": "test", "record": ', '{"reason": "test"}', JSON.stringify({ reason: 'x'.repeat(501), record: 1 })]) {
      const answer = await rawRequest({ 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, (call) =>
        call.end(body),
      )
      expect(answer.status).toBe(400)
    }
    expect(build).not.toHaveBeenCalled()
  })

  it('answers 408 to a body that does not arrive in time, without building', async () => {
    const build = vi.fn(async () => ({ status: 'succeeded' as const }))
    await listen(build, { bodyTimeoutMs: 200 })
    const answer = await rawRequest({ 'content-type': 'application/json', 'content-length': 40 }, (call) => call.write('{"reason": "te'))
    expect(answer.status).toBe(408)
    expect(build).not.toHaveBeenCalled()
  })

  it('waits for a build however long it takes, past the body’s time limit', async () => {
    await listen(() => new Promise((resolve) => setTimeout(() => resolve({ status: 'failed' }), 600)), { bodyTimeoutMs: 100 })
    expect(await ask()).toBe('failed')
  })

  it('sends a builder that must restart away: the job builds by itself, and the builder is told to stop once it answered', async () => {
    const onRestart = vi.fn()
    await listen(async () => ({ status: 'restarting' }), { onRestart })
    expect(await ask()).toBe('unavailable')
    await vi.waitFor(() => expect(onRestart).toHaveBeenCalledTimes(1))
  })

  it('bounds the reason the job sends to what the builder takes', async () => {
    const build = vi.fn(async () => ({ status: 'succeeded' as const }))
    await listen(build)
    expect(await ask({ reason: 'é'.repeat(800), record: 7 })).toBe('succeeded')
    expect(build).toHaveBeenCalledWith({ reason: 'é'.repeat(500), record: 7 })
  })
})

describe('the CMS job asking the warm builder', () => {
  it('says unavailable when nothing could take the request: no folder, no socket, a path too long, a folder others may enter', async () => {
    expect(await ask()).toBe('unavailable')
    await fs.mkdir(path.dirname(socketPath), { mode: 0o700 })
    expect(await ask()).toBe('unavailable')
    const deep = path.join(scratch, 'd'.repeat(120))
    await fs.mkdir(deep, { mode: 0o700 })
    expect(await ask(undefined, path.join(deep, 'builder.sock'))).toBe('unavailable')
    const build = vi.fn(async () => ({ status: 'succeeded' as const }))
    await listen(build)
    await fs.chmod(path.dirname(socketPath), 0o755)
    expect(await ask()).toBe('unavailable')
    expect(build).not.toHaveBeenCalled()
  })

  /** A stand-in for the builder at socketPath, answering every request with `respond`. */
  const standIn = async (respond: (request: http.IncomingMessage, response: http.ServerResponse) => void) => {
    await fs.mkdir(path.dirname(socketPath), { mode: 0o700 })
    const server = http.createServer(respond)
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(socketPath, resolve))
  }

  it('rejects an answer that is no build status, without throwing outside the promise', async () => {
    const answers = ['<html>not JSON</html>', JSON.stringify({ status: 'done' })]
    await standIn((_request, response) => response.end(answers.shift()))
    await expect(ask()).rejects.toThrow(/something else than JSON/)
    await expect(ask()).rejects.toThrow(/no build status/)
  })

  it('rejects when the builder took the request and then went away: the build is lost, not left to the job', async () => {
    await standIn((request) => request.socket.destroy())
    await expect(ask()).rejects.toThrow()
  })
})

describe('the socket’s path', () => {
  it('is in a folder of its own in the site folder; under the temporary folder when that path is too long for a socket', () => {
    expect(readEnv({}).warmBuilderSocket).toBe(path.join(projectRoot, 'var', 'site', 'builder', 'builder.sock'))
    const deepSite = path.join(projectRoot, 'var', 'd'.repeat(100))
    const fallback = readEnv({ HUB_SITE_DIR: deepSite }).warmBuilderSocket
    expect(path.dirname(path.dirname(fallback))).toBe(os.tmpdir())
    expect(path.relative(os.tmpdir(), fallback)).toMatch(/^hub-site-builder-[0-9a-f]{16}\/builder\.sock$/)
    expect(Buffer.byteLength(fallback)).toBeLessThanOrEqual(107)
    // Two site folders, two builders.
    expect(readEnv({ HUB_SITE_DIR: `${deepSite}2` }).warmBuilderSocket).not.toBe(fallback)
  })
})

describeOnDatabase('a build outcome sent over the socket', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })
  afterAll(() => payload.delete({ collection: 'site-builds', where: { reason: { equals: 'warm builder socket test' } } }))

  /** What scripts/site-builder.ts does with a request, the build itself left out: the outcome goes to the entry the request names. */
  const recordingBuild =
    (log: string) =>
    async ({ reason, record }: BuildRequest): Promise<BuildAnswer> => {
      await siteBuildRecord(async () => payload, { id: record, reason, startedAt: new Date() })({
        status: 'failed',
        finishedAt: new Date().toISOString(),
        durationMs: 1,
        log,
      })
      return { status: 'failed' }
    }

  const entry = (status: 'running' | 'succeeded', log?: string) =>
    payload.create({
      collection: 'site-builds',
      data: { status, reason: 'warm builder socket test', startedAt: new Date().toISOString(), log },
    })

  it('is recorded in a running entry, and never overwrites a finished one', async () => {
    await listen(recordingBuild('written over the socket'))
    const running = await entry('running')
    const finished = await entry('succeeded', 'the build’s own log')
    expect(await ask({ reason: 'warm builder socket test', record: running.id })).toBe('failed')
    expect(await ask({ reason: 'warm builder socket test', record: finished.id })).toBe('failed')
    expect(await payload.findByID({ collection: 'site-builds', id: running.id, depth: 0 })).toMatchObject({
      status: 'failed',
      log: 'written over the socket',
    })
    expect(await payload.findByID({ collection: 'site-builds', id: finished.id, depth: 0 })).toMatchObject({
      status: 'succeeded',
      log: 'the build’s own log',
    })
  })
})
