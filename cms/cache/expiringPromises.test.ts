import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { type ExpiringPromisesOptions, expiringPromises } from './expiringPromises'

const globalKey = '__hubExpiringPromisesTest'
const kept = (options: Partial<ExpiringPromisesOptions> = {}) =>
  expiringPromises<string>({ globalKey, freshForMs: 1000, maxEntries: 3, ...options })

const keptKeys = () => [...(globalThis as unknown as Record<typeof globalKey, { entries: Map<string, unknown> }>)[globalKey].entries.keys()]

/** A read whose calls are counted and whose answer names the key and the call. */
const countedRead = (key: string) => {
  let calls = 0
  return vi.fn(() => Promise.resolve(`${key}#${++calls}`))
}

/** A read still running, which the test makes fail when it chooses. */
const pending = () => {
  let reject!: (reason: Error) => void
  const promise = new Promise<string>((_, rejectWith) => (reject = rejectWith))
  return { promise, reject }
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 })
})

afterEach(() => {
  vi.useRealTimers()
  delete (globalThis as Record<string, unknown>)[globalKey]
})

describe('expiringPromises', () => {
  it('shares one read between requests, while it runs and until it expires', async () => {
    const { get } = kept()
    const read = countedRead('a')
    const first = get('a', read)
    expect(get('a', read)).toBe(first)
    expect(await first).toBe('a#1')
    vi.setSystemTime(999)
    expect(await get('a', read)).toBe('a#1')
    vi.setSystemTime(1000)
    expect(await get('a', read)).toBe('a#2')
    expect(read).toHaveBeenCalledTimes(2)
  })

  it('gives the read the time of the request', async () => {
    vi.setSystemTime(1234)
    const read = vi.fn((now: number) => Promise.resolve(String(now)))
    expect(await kept().get('a', read)).toBe('1234')
  })

  it('drops a failed read, but not the newer read that replaced it', async () => {
    const { get } = kept()
    const failing = pending()
    const failed = get('a', () => failing.promise)
    failing.reject(new Error('database down'))
    await expect(failed).rejects.toThrow('database down')
    expect(await get('a', countedRead('a'))).toBe('a#1')

    const slow = pending()
    const slowFailure = get('b', () => slow.promise)
    vi.setSystemTime(1000)
    const newer = get('b', countedRead('b'))
    slow.reject(new Error('timeout'))
    await expect(slowFailure).rejects.toThrow('timeout')
    expect(get('b', countedRead('b'))).toBe(newer)
  })

  it('keeps at most maxEntries, dropping the oldest first', async () => {
    const { get } = kept()
    const reads = { a: countedRead('a'), b: countedRead('b'), c: countedRead('c'), d: countedRead('d') }
    await get('a', reads.a)
    vi.setSystemTime(100)
    await get('b', reads.b)
    await get('c', reads.c)
    // Read again once expired, `a` becomes the newest: `b` is now the oldest, and goes for `d`.
    vi.setSystemTime(1000)
    await get('a', reads.a)
    await get('d', reads.d)
    expect(keptKeys()).toEqual(['c', 'a', 'd'])
    for (const key of ['c', 'a', 'd'] as const) await get(key, reads[key])
    expect(await get('b', reads.b)).toBe('b#2')
    expect([reads.a, reads.b, reads.c, reads.d].map((read) => read.mock.calls.length)).toEqual([2, 2, 1, 1])
  })

  it('drops expired entries, however few there are', async () => {
    const { get } = kept({ maxEntries: 1000 })
    await get('a', countedRead('a'))
    vi.setSystemTime(500)
    await get('b', countedRead('b'))
    vi.setSystemTime(1000)
    await get('c', countedRead('c'))
    expect(keptKeys()).toEqual(['b', 'c'])
  })

  it('drops every entry when the generation changes', async () => {
    let generation = 0
    const { get } = kept({ generation: () => generation })
    const read = countedRead('a')
    await get('a', read)
    expect(await get('a', read)).toBe('a#1')
    generation += 1
    expect(await get('a', read)).toBe('a#2')
    expect(await get('a', read)).toBe('a#2')
  })

  it('shares its entries through globalThis, however many times its module is loaded', async () => {
    const read = countedRead('a')
    await kept().get('a', read)
    expect(await kept().get('a', read)).toBe('a#1')
  })
})
