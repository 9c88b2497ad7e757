import type { CollectionKey } from 'astro:content'

/**
 * What one build of the site reads once and shares between its pages (the entries of a language,
 * the agenda, the kits, the build's time). `astro build` in a process of its own: one scope. The
 * warm builder (site/builder/warm/) builds again and again with the same page modules: each of its
 * builds starts a new scope (a new generation), with its content source, and every value below is
 * made again.
 */
export interface WarmContentSource {
  /** The snapshot folder of this build (its kits list is there). */
  snapshotDir: string
  /** A collection's entries, parsed by its schema as Astro's loader would (`entry.data`). */
  entries: (collection: CollectionKey) => Promise<unknown[]>
}

interface Scope {
  generation: number
  source: WarmContentSource | undefined
}

const scopeKey = Symbol.for('hub.buildScope')

// On globalThis: the page modules Astro bundled and the builder's own modules each have a copy of this file.
const scope = ((globalThis as { [scopeKey]?: Scope })[scopeKey] ??= { generation: 0, source: undefined })

/**
 * Starts the scope of the warm builder's next build: with its content (site/builder/warm/snapshotContent.ts),
 * or undefined for Astro's content layer (its in-process `astro build`).
 */
export const startBuildScope = (source: WarmContentSource | undefined) => {
  scope.generation += 1
  scope.source = source
}

/** The warm builder's content, or undefined inside `astro build` (Astro's content layer then). */
export const warmContentSource = (): WarmContentSource | undefined => scope.source

/** Which build this is, in this process. */
export const buildGeneration = (): number => scope.generation

/** A value made once per build, on first use. */
export function perBuild<Value>(make: () => Value): () => Value {
  let made: { generation: number; value: Value } | undefined
  return () => {
    const generation = buildGeneration()
    if (!made || made.generation !== generation) made = { generation, value: make() }
    return made.value
  }
}
