import { hash } from 'node:crypto'

const digests = new WeakMap<object, string>()

// One call, no Hash object: a build digests every page (72,000 at 10,000 trainings).
const sha1 = (text: string) => hash('sha1', text, 'base64url')

/**
 * A digest of a value, for the build's page records (changedPages.ts, pageReads.ts). An object is
 * digested once however many pages show it: entries are never changed once parsed, and the warm
 * builder keeps an unchanged entry's object from one build to the next (builder/warm/snapshotContent.ts).
 * A list is digested from its items' digests: 10,000 trainings, of which one changed, cost one.
 */
export function digestOf(value: unknown): string {
  if (Array.isArray(value)) return sha1(value.map(digestOf).join())
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined'
  let digest = digests.get(value)
  if (!digest) {
    digest = sha1(JSON.stringify(value))
    digests.set(value, digest)
  }
  return digest
}

/**
 * `make`, run once per object (`rest` being the same for one object): an unchanged entry is the same
 * object from build to build (builder/warm/snapshotContent.ts), so what is made of it is too, and
 * its digest is not made again.
 */
export function oncePerObject<Key extends object, Rest extends unknown[], Value>(make: (key: Key, ...rest: Rest) => Value) {
  const made = new WeakMap<Key, Value>()
  return (key: Key, ...rest: Rest): Value => {
    if (!made.has(key)) made.set(key, make(key, ...rest))
    return made.get(key) as Value
  }
}
