import type { CollectionKey } from 'astro:content'

/**
 * What one build of the site reads once and shares between its pages (the entries of a language,
 * the agenda, the kits, the build's time). `astro build` runs once per process: one scope. The warm
 * builder (site/builder/warm/) renders build after build with the same page modules: it installs
 * a content source with a new generation for each, and every value below is made again.
 */
export interface WarmContentSource {
  /** A new number for each build. */
  generation: number
  /** The snapshot folder of this build (its kits list is there). */
  snapshotDir: string
  /** A collection's entries, parsed by its schema as Astro's loader would (`entry.data`). */
  entries: (collection: CollectionKey) => Promise<unknown[]>
}

const sourceKey = Symbol.for('hub.warmContentSource')

type WithSource = { [sourceKey]?: WarmContentSource }

/** Installs the content of the warm builder's next build (site/builder/warm/snapshotContent.ts); undefined: Astro's. */
export const setWarmContentSource = (source: WarmContentSource | undefined) => {
  ;(globalThis as WithSource)[sourceKey] = source
}

/** The warm builder's content, or undefined inside `astro build` (Astro's content layer then). */
export const warmContentSource = (): WarmContentSource | undefined => (globalThis as WithSource)[sourceKey]

/** A value made once per build, on first use. */
export function perBuild<Value>(make: () => Value): () => Value {
  let made: { generation: number | undefined; value: Value } | undefined
  return () => {
    const generation = warmContentSource()?.generation
    if (!made || made.generation !== generation) made = { generation, value: make() }
    return made.value
  }
}
