import { execFileSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

/**
 * In a process of its own (its memory alone, collected on demand): 240 MB in 60,000 small buffers,
 * seven in eight freed between those kept, as a build leaves its heap.
 */
const fragmentedThenTrimmed = `
import { giveFreedMemoryBack } from './site/builder/warm/freedMemory.ts'
const resident = () => process.memoryUsage().rss
let kept = Array.from({ length: 60000 }, () => Buffer.allocUnsafeSlow(4000))
kept = kept.filter((_, index) => index % 8 === 0)
globalThis.gc()
// Buffers' memory is released by a thread of V8's after the collection.
await new Promise((resolve) => setTimeout(resolve, 200))
const freed = resident()
const trimmed = await giveFreedMemoryBack()
console.log(JSON.stringify({ freed, trimmed, after: resident(), kept: kept.length }))
`

describe('the memory a build freed', () => {
  // glibc's malloc_trim: elsewhere (musl, macOS) there is nothing to give back this way.
  const glibc =
    process.platform === 'linux' &&
    Boolean((process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header?.glibcVersionRuntime)

  it.skipIf(!glibc)('goes back to the system: what the C library kept between blocks still in use is released', () => {
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', fragmentedThenTrimmed], {
      encoding: 'utf8',
    })
    const { freed, trimmed, after } = JSON.parse(output) as { freed: number; trimmed: boolean; after: number }
    expect(trimmed).toBe(true)
    // About 210 MB were freed between the 30 MB kept; most of it leaves the process.
    expect(freed - after).toBeGreaterThan(100 * 2 ** 20)
  })
})
