import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { serveTestSite } from './siteServerFixture'

/**
 * Threat: one failed file read takes the whole site down (an unhandled stream error ended `npm start`).
 * The reads fail for real: the file is swapped, at the moment the server opens it, for a path that is
 * gone (an old build removed) or for a folder (the read, not the open, fails).
 */
describe('site server: a failed read is one failed answer, the server stays up', () => {
  let site: Awaited<ReturnType<typeof serveTestSite>>
  const createReadStream = fs.createReadStream
  const failNextRead = (swapTo: string) =>
    vi
      .spyOn(fs, 'createReadStream')
      .mockImplementationOnce((_file, options) => createReadStream(swapTo, options as Parameters<typeof createReadStream>[1]))
  const clip = '0123456789'.repeat(1000)

  beforeAll(async () => {
    site = await serveTestSite({ 'fr/index.html': '<h1>Accueil</h1>', 'media/files/clip.mp4': clip })
  })
  afterEach(() => vi.restoreAllMocks())
  afterAll(() => site.close())

  const stillServes = async () => {
    const response = await fetch(`${site.base}/media/files/clip.mp4`)
    expect([response.status, await response.text()]).toEqual([200, clip])
  }

  it('answers 500 when the file cannot be opened, then serves the next request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    failNextRead(path.join(site.dir, 'gone', 'clip.mp4'))
    const response = await fetch(`${site.base}/media/files/clip.mp4`)
    expect([response.status, await response.text()]).toEqual([500, 'Internal error'])
    await stillServes()
  })

  it('cuts the response when reading fails after the headers went out, then serves the next request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    failNextRead(site.dir)
    // The body never arrives whole: the client sees an error, not a short file.
    await expect(fetch(`${site.base}/media/files/clip.mp4`).then((response) => response.text())).rejects.toThrow()
    await stillServes()
  })

  it('logs what failed, not the request: a malformed target is the client’s text and stays out of the log', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { port } = new URL(site.base)
    const rawRequest = (target: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = net.connect(Number(port), '127.0.0.1', () =>
          socket.write(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
        )
        socket.once('data', (chunk: Buffer) => {
          resolve(chunk.toString())
          socket.destroy()
        })
        socket.on('error', reject)
      })
    // The URL parser fails on the first; the second is a path nobody has.
    expect(await rawRequest('http://[')).toMatch(/^HTTP\/1\.1 500/)
    expect(await rawRequest('http://[camille@example.org')).toMatch(/^HTTP\/1\.1 [45]\d\d/)
    const log = logged.mock.calls.flat().map(String).join('\n')
    expect(log).toContain('Site public : erreur')
    expect(log).not.toMatch(/http:\/\/\[|camille/)
    await stillServes()
  })

  it('does the same for a byte range', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    failNextRead(path.join(site.dir, 'gone', 'clip.mp4'))
    const response = await fetch(`${site.base}/media/files/clip.mp4`, { headers: { Range: 'bytes=2-5' } })
    expect(response.status).toBe(500)
    const part = await fetch(`${site.base}/media/files/clip.mp4`, { headers: { Range: 'bytes=2-5' } })
    expect([part.status, await part.text()]).toEqual([206, '2345'])
  })
})
