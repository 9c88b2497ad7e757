/**
 * Reads kept per key for a short while, as promises: every request arriving while a value is read,
 * or soon after, shares that one read. A failed read is not kept, so the next request tries again;
 * expired entries and, past `maxEntries`, the oldest ones go first.
 */

interface Entry<T> {
  expires: number
  /** Shared by every request arriving while it is read. */
  value: Promise<T>
}

interface Store<T> {
  /** The `generation()` the entries were read under. */
  generation: number
  /** Oldest first. */
  entries: Map<string, Entry<T>>
}

export interface ExpiringPromisesOptions {
  /** The property of globalThis that holds the entries: Next may load a module more than once. */
  globalKey: string
  freshForMs: number
  /** However many keys are asked for, the entries stay few. */
  maxEntries: number
  /** When it returns another number, every entry is dropped at once (say, public content was saved). */
  generation?: () => number
}

export interface ExpiringPromises<T> {
  /** The value kept under `key`, else `read(now)`'s, kept from now on; `now` is the request's time. */
  get: (key: string, read: (now: number) => Promise<T>) => Promise<T>
}

export const expiringPromises = <T>({ globalKey, freshForMs, maxEntries, generation }: ExpiringPromisesOptions): ExpiringPromises<T> => {
  const globalStore = globalThis as unknown as Record<string, Store<T> | undefined>
  const store = (globalStore[globalKey] ??= { generation: -1, entries: new Map<string, Entry<T>>() })
  const { entries } = store

  const get = (key: string, read: (now: number) => Promise<T>): Promise<T> => {
    if (generation) {
      const current = generation()
      if (store.generation !== current) {
        entries.clear()
        store.generation = current
      }
    }
    const now = Date.now()
    const hit = entries.get(key)
    if (hit && hit.expires > now) return hit.value
    const value = read(now)
    const entry = { expires: now + freshForMs, value }
    // Deleted first so that the new entry goes last: the map stays oldest first.
    entries.delete(key)
    entries.set(key, entry)
    // A failed read is not kept, so the next request tries again; a newer read that replaced it stays.
    value.catch(() => entries.get(key) === entry && entries.delete(key))
    for (const [oldKey, kept] of entries) {
      if (entries.size <= maxEntries && kept.expires > now) break
      entries.delete(oldKey)
    }
    return value
  }

  return { get }
}
