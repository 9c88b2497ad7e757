/**
 * The warm builder's worker thread for what a build writes from the snapshot alone: the search index
 * and the calendars (besidePages.ts starts it). It loads its modules, waits for its task, runs on the
 * machine's other core while the builder's thread renders pages, and ends with its task: what the task
 * made goes with it, and only a waiting thread's modules stay between builds.
 */
import { parentPort } from 'node:worker_threads'

import type { LocaleCode } from '../../../publication/locales'
import { readSnapshotRecords } from '../../../search/snapshotRecords'
import { writeStaticIndex } from '../../../search/staticIndex'
import { writeCalendars } from '../calendars'

export interface BesidePagesTask {
  snapshotDir: string
  indexDir: string
  /** The live build, whose index versions are taken as they are (search/staticIndex.ts). */
  liveBuild?: string
  calendarsDir: string
  locales: readonly LocaleCode[]
  siteUrl: string
}

// One task: once it is done, nothing keeps the thread alive.
parentPort?.once('message', async (task: BesidePagesTask) => {
  const index = await writeStaticIndex(await readSnapshotRecords(task.snapshotDir), task.indexDir, { liveBuild: task.liveBuild })
  await writeCalendars(task.snapshotDir, task.locales, task.calendarsDir, new URL(task.siteUrl))
  parentPort?.postMessage(index)
})
