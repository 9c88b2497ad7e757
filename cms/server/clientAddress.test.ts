import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { clientAddressHeader, withClientAddress } from './clientAddress'

/** The admin server's wrapper around a stub app that answers with the client address it was given (or "none"). */
const servers: Server[] = []
const listen = (hops: number) =>
  new Promise<number>((resolve) => {
    const server = createServer(withClientAddress((req, res) => res.end(String(req.headers[clientAddressHeader] ?? 'none')), hops))
    servers.push(server)
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  })

/** What the app saw, for a request with these headers (repeated headers as [name, value] pairs, as a client may send them). */
const addressSeen = (port: number, headers: [string, string][]) =>
  new Promise<string>((resolve, reject) => {
    const call = request({ host: '127.0.0.1', port, headers: [['host', 'localhost'], ...headers].flat() }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve(body))
    })
    call.on('error', reject)
    call.end()
  })

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

describe('the admin server’s client address', () => {
  it('is the connection’s: what a client writes in X-Forwarded-For or in our header is ignored', async () => {
    const port = await listen(0)
    expect(
      await addressSeen(port, [
        ['x-forwarded-for', '192.0.2.1'],
        [clientAddressHeader, '192.0.2.2'],
      ]),
    ).toBe('127.0.0.1')
  })

  it('behind one trusted proxy, is the entry it appended, not what the client wrote before it', async () => {
    const port = await listen(1)
    expect(await addressSeen(port, [['x-forwarded-for', '10.9.9.9, 203.0.113.7']])).toBe('203.0.113.7')
    // Repeated headers count in the order received: the last one's entry is the proxy's.
    expect(
      await addressSeen(port, [
        ['x-forwarded-for', '10.9.9.9'],
        ['x-forwarded-for', '203.0.113.8'],
      ]),
    ).toBe('203.0.113.8')
  })

  it('behind two trusted proxies, is the entry the outer one appended', async () => {
    const port = await listen(2)
    expect(await addressSeen(port, [['x-forwarded-for', '10.9.9.9, 203.0.113.7, 198.51.100.1']])).toBe('203.0.113.7')
  })

  it('is unknown, not the proxy’s nor the client’s choice, when the proxy appended nothing usable', async () => {
    const port = await listen(1)
    expect(await addressSeen(port, [[clientAddressHeader, '192.0.2.2']])).toBe('none')
    expect(await addressSeen(port, [['x-forwarded-for', '10.9.9.9, not-an-address']])).toBe('none')
    expect(await addressSeen(await listen(2), [['x-forwarded-for', '203.0.113.7']])).toBe('none')
  })
})
