import fs from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { createSiteServer } from './serveSite'

/** For the server's tests: a build made of the given files, served on a free port of 127.0.0.1. */
export async function serveTestSite(files: Record<string, string>, { outside = {} }: { outside?: Record<string, string> } = {}) {
  // The build is a folder inside another, so that files can lie just outside it.
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-site-server-'))
  const dir = path.join(parent, 'site')
  const write = async (base: string, entries: Record<string, string>) => {
    for (const [name, body] of Object.entries(entries)) {
      await fs.mkdir(path.dirname(path.join(base, name)), { recursive: true })
      await fs.writeFile(path.join(base, name), body)
    }
  }
  await write(dir, files)
  await write(parent, outside)
  const server = createSiteServer({ root: async () => dir, locales: ['fr', 'ar'], defaultLocale: 'fr' })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    dir,
    base: `http://127.0.0.1:${port}`,
    /** Sends the request target byte for byte (fetch would normalise `/../` and `/./` first). */
    raw: (target: string) => rawGet(port, target),
    close: async () => {
      await new Promise((resolve) => server.close(resolve))
      await fs.rm(parent, { recursive: true, force: true })
    },
  }
}

export interface RawResponse {
  status: number
  headers: Record<string, string>
  body: string
}

function rawGet(port: number, target: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`),
    )
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const [head = '', ...body] = text.split('\r\n\r\n')
      const [statusLine = '', ...lines] = head.split('\r\n')
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      )
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: body.join('\r\n\r\n') })
    })
  })
}
