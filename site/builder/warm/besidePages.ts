import fs from 'node:fs/promises'
import { Worker } from 'node:worker_threads'

import type { BesidePagesTask } from './besidePagesWorker'

/**
 * Writes the search index into `task.indexDir` and the calendars into `task.calendarsDir`, from the
 * snapshot, in a worker thread (besidePagesWorker.ts): at 10,000 trainings the index alone takes a
 * second of processor, which the builder's own thread spends rendering pages meanwhile. Both folders
 * are emptied first; the index's record count is given back.
 */
export async function writeBesidePages(task: BesidePagesTask): Promise<{ records: number; bytes: number }> {
  await Promise.all([task.indexDir, task.calendarsDir].map((dir) => fs.rm(dir, { recursive: true, force: true })))
  // The worker's TypeScript is loaded as the builder's is (tsx), whatever started this process and wherever.
  const worker = new Worker(new URL('./besidePagesWorker.ts', import.meta.url), {
    workerData: task,
    execArgv: ['--import', import.meta.resolve('tsx')],
  })
  // Settled once the thread has ended, never before: nothing of it goes on writing after a failure.
  return new Promise((resolve, reject) => {
    let written: { records: number; bytes: number } | undefined
    let failure: unknown
    worker.once('message', (index: { records: number; bytes: number }) => (written = index))
    worker.once('error', (error) => (failure = error))
    worker.once('exit', (code) => {
      if (written && code === 0) resolve(written)
      else
        reject(failure ?? new Error(`L’index de recherche et les calendriers n’ont pas été écrits (fil de travail terminé, code ${code}).`))
    })
  })
}
