import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { fontUrl } from '../../tracts/fonts'
import type { LocaleCode } from '../locales'
import { snapshotTypes, sourceCollection } from '../registry'
import type { MediaFile, SnapshotCollection } from '../schema'
import { snapshotCollectionFile } from './collectionFile'
import { eventVersions } from './eventVersions'
import { createSnapshotMapper } from './mapDocuments'
import { publicVersionsReader, type VersionsReader } from './publicReads'
import { readState, type SnapshotDocument, type SnapshotState, snapshotBasis, writeState } from './state'

/**
 * Writes what the public site shows, one JSON file per snapshot type, from the
 * Payload Local API *as an anonymous visitor* (`overrideAccess: false`): the
 * same access rules as the public API decide what leaves the CMS, so drafts
 * and accounts cannot. Each entry is one resource in one language.
 */
export interface SnapshotOptions {
  locales: readonly LocaleCode[]
  outDir: string
  onProgress?: (collection: string, entries: number) => void
}

export interface SnapshotResult {
  entries: Record<SnapshotCollection, number>
  media: MediaFile[]
}

/** Each public document's version, by id: when it last changed (events: see eventVersions). */
const entryVersions = (versionsOf: VersionsReader, payload: Payload, collection: SnapshotCollection) =>
  collection === 'events' ? eventVersions(payload, versionsOf) : versionsOf(sourceCollection(collection))

export async function writeSnapshot(payload: Payload, options: SnapshotOptions): Promise<SnapshotResult> {
  const { mapDocuments } = createSnapshotMapper(payload, options.locales)
  await fs.mkdir(options.outDir, { recursive: true })
  const stateFile = path.join(options.outDir, 'snapshot-state.json')
  const versionsOf = publicVersionsReader(payload)
  const previous = await readState(stateFile, await snapshotBasis(versionsOf, options.locales))
  const state: SnapshotState = { basis: previous.basis, collections: {} }
  const entries = {} as Record<SnapshotCollection, number>
  const media = new Map<string, string>()
  for (const collection of snapshotTypes) {
    const versions = await entryVersions(versionsOf, payload, collection)
    const before = previous.collections[collection] ?? {}
    const changed = [...versions].filter(([id, updatedAt]) => before[id]?.updatedAt !== updatedAt).map(([id]) => id)
    const fresh =
      changed.length === versions.size
        ? await mapDocuments(collection)
        : changed.length
          ? await mapDocuments(collection, changed)
          : new Map()
    const documents: Record<string, SnapshotDocument> = {}
    for (const [id, version] of versions) {
      const read = fresh.get(id)
      // Kept with the version compared above: one changed meanwhile is read again next time.
      const document = read ? { ...read, updatedAt: version } : before[id]
      // Published between the two reads: left for the next snapshot, which its publication queued.
      if (document) documents[id] = document
    }
    state.collections[collection] = documents
    // Language by language, documents in id order: the same file whether read afresh or reused.
    const written = options.locales.flatMap((locale) => Object.values(documents).flatMap((document) => document.entries[locale] ?? []))
    for (const document of Object.values(documents)) for (const [url, from] of document.media) media.set(url, from)
    await fs.writeFile(snapshotCollectionFile(options.outDir, collection), JSON.stringify(written))
    entries[collection] = written.length
    options.onProgress?.(collection, written.length)
  }
  await writeState(stateFile, state)
  // The tract customiser draws with the engine's bundled fonts: served beside the media. Loaded here,
  // where the snapshot runs in Node: the search job, which the admin bundles, maps documents without them.
  const { fontFiles } = await import('../../tracts/node/assets')
  for (const font of fontFiles) media.set(fontUrl(font.id), font.path)
  const mediaFiles = [...media].map(([url, from]) => ({ url, from }))
  await fs.writeFile(path.join(options.outDir, 'media.json'), JSON.stringify(mediaFiles))
  return { entries, media: mediaFiles }
}
