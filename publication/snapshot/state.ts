import fs from 'node:fs/promises'

import type { LocaleCode } from '../locales'
import { referencedCollections } from '../registry'
import type { SnapshotCollection } from '../schema'
import type { LinkedFile } from './media'
import type { VersionsReader } from './publicReads'

/**
 * What the previous snapshot made of each document, so that the next one reads
 * again only documents changed since (an editor's publication at 10,000
 * resources: 2 s instead of 20). Documents point to themes, pictures, files and
 * videos: a change to any of those, or to the languages, starts afresh.
 */
export interface SnapshotDocument {
  /** Its version when read: when it last changed (an event's: and its seats and linked resources, eventVersions.ts). */
  updatedAt: string
  entries: Partial<Record<LocaleCode, object>>
  /** The files its entries link, which the site serves. */
  media: LinkedFile[]
}
export interface SnapshotState {
  basis: string
  collections: Partial<Record<SnapshotCollection, Record<string, SnapshotDocument>>>
}

/** Bumped when the mapping changes, so that the next snapshot reads everything again. */
const snapshotVersion = 5

/** What every entry depends on beyond its own document: the mapping, the languages, and the documents entries show parts of. */
export async function snapshotBasis(versionsOf: VersionsReader, locales: readonly LocaleCode[]) {
  const related = await Promise.all(referencedCollections.map(async (collection) => [...(await versionsOf(collection))]))
  return JSON.stringify({ snapshotVersion, locales, related })
}

/** The previous snapshot's state, if it was made on the same basis; otherwise an empty one: everything is read again. */
export async function readState(file: string, basis: string): Promise<SnapshotState> {
  try {
    const state = JSON.parse(await fs.readFile(file, 'utf8')) as SnapshotState
    if (state.basis === basis) return state
  } catch {
    // No earlier snapshot, or an unreadable one: read everything.
  }
  return { basis, collections: {} }
}

export const writeState = (file: string, state: SnapshotState) => fs.writeFile(file, JSON.stringify(state))
