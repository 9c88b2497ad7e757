import { defineCollection } from 'astro:content'
import type { Loader } from 'astro/loaders'

import { snapshotTypes } from '../publication/registry'
import { type SnapshotCollection, type SnapshotSchema, snapshotSchema } from '../publication/schema'
import { snapshotLoader } from './loaders/snapshot'

/**
 * Every collection comes from the snapshot (publication/snapshot/writeSnapshot.ts), one per snapshot type;
 * ids are `<locale>/<slug>`. Typed by type, so that `getCollection('trainings')` gives trainings.
 */
export const collections = Object.fromEntries(
  snapshotTypes.map((type) => [type, defineCollection({ loader: snapshotLoader(type), schema: snapshotSchema(type) })]),
) as { [Type in SnapshotCollection]: { loader: Loader; schema: SnapshotSchema<Type> } }
