import { AsyncLocalStorage } from 'node:async_hooks'
import { buildGeneration } from './buildScope'
import { digestOf } from './digest'

/**
 * What a page read from the build's content, for the warm builder (site/builder/warm/): a page of a
 * template without page records (home, FAQ, programme…) is rendered again only when something it
 * read changed. Reads are named by key (`entries:faqs/de`, `agenda:fr`, `kits`); each key has one
 * digest per build, of the value the pages were given.
 *
 * Kept on `globalThis`: the page modules Astro bundled and the builder's own modules each have a
 * copy of this file, and both must see the same reads.
 */
interface Registry {
  /** The keys read by the page being rendered. */
  reading: AsyncLocalStorage<Set<string>>
  /** Per build: each key's digest. */
  digests: { generation: number; byKey: Map<string, Promise<string>> }
  /** Per kind of key: reads it again (whatever page asks, or none), which notes its value. */
  readers: Map<string, (argument: string) => unknown>
}

const registryKey = Symbol.for('hub.pageReads')

const registry = ((globalThis as { [registryKey]?: Registry })[registryKey] ??= {
  reading: new AsyncLocalStorage(),
  digests: { generation: 0, byKey: new Map() },
  readers: new Map(),
})

const digestsOfThisBuild = () => {
  const generation = buildGeneration()
  if (registry.digests.generation !== generation) registry.digests = { generation, byKey: new Map() }
  return registry.digests.byKey
}

/**
 * Notes that the page being rendered reads `key`, whose value in this build is `value` (made once
 * per build, only if no page noted it before). Every memo of content above entriesIn notes its
 * own key: a page given a memoised value must note it as much as the page that made it.
 */
export function noteRead(key: string, value: () => unknown) {
  registry.reading.getStore()?.add(key)
  const digests = digestsOfThisBuild()
  if (!digests.has(key)) digests.set(key, Promise.resolve(value()).then(digestOf))
}

/** Registers how a kind of key (the part before `:`) is read again, for keyDigest. */
export function readKeysOfKind(kind: string, read: (argument: string) => unknown) {
  registry.readers.set(kind, read)
}

/** The digest of `key` in this build; undefined for a kind no module registered (the page is then rendered). */
export async function keyDigest(key: string): Promise<string | undefined> {
  const digests = digestsOfThisBuild()
  if (!digests.has(key)) {
    const separator = key.indexOf(':')
    const read = registry.readers.get(separator === -1 ? key : key.slice(0, separator))
    if (!read) return undefined
    await registry.reading.run(new Set(), async () => read(separator === -1 ? '' : key.slice(separator + 1)))
  }
  return digests.get(key)
}

/** Runs `render`, noting the keys it reads. */
export async function readsOf(render: () => Promise<unknown>): Promise<Set<string>> {
  const reads = new Set<string>()
  await registry.reading.run(reads, render)
  return reads
}

/** One digest of what `keys` hold in this build; undefined when one of them cannot be read again. */
export async function digestOfReads(keys: readonly string[]): Promise<string | undefined> {
  const digests = await Promise.all([...keys].sort().map(async (key) => `${key}=${(await keyDigest(key)) ?? ''}`))
  return digests.some((digest) => digest.endsWith('=')) ? undefined : digestOf(digests)
}
