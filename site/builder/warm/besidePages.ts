import fs from 'node:fs/promises'
import { Worker } from 'node:worker_threads'

import type { writeStaticIndex } from '../../../search/staticIndex'
import type { BesidePagesTask } from './besidePagesWorker'

type Written = Awaited<ReturnType<typeof writeStaticIndex>>

/** A worker thread with its modules loaded (besidePagesWorker.ts), waiting for its one task. */
function startWorker(): { worker: Worker; alive: () => boolean } {
  // The worker's TypeScript is loaded as the builder's is (tsx), whatever started this process and wherever.
  const worker = new Worker(new URL('./besidePagesWorker.ts', import.meta.url), { execArgv: ['--import', import.meta.resolve('tsx')] })
  let alive = true
  worker.once('exit', () => (alive = false))
  // A worker that failed while waiting is replaced when a task comes: its replacement's failure, if any, is the one told.
  worker.on('error', () => undefined)
  // Waiting, it does not keep the builder's process alive.
  worker.unref()
  return { worker, alive: () => alive }
}

/**
 * Writes the search index into `task.indexDir` and the calendars into `task.calendarsDir`, from the
 * snapshot, in a worker thread (besidePagesWorker.ts): at 10,000 trainings the index alone takes a
 * second of processor, which the builder's own thread spends rendering pages meanwhile. Each build
 * has a worker of its own: the first is started with the builder, the next as soon as the last one
 * has ended, and it waits, resident, with its modules loaded (half a second of loading no publication
 * waits for). Both folders are emptied first; what writeStaticIndex says of the
 * index is given back.
 */
export function besidePagesWriter() {
  let ready = startWorker()
  return async (task: BesidePagesTask): Promise<Written> => {
    await Promise.all([task.indexDir, task.calendarsDir].map((dir) => fs.rm(dir, { recursive: true, force: true })))
    const { worker } = ready.alive() ? ready : startWorker()
    try {
      worker.ref()
      // Settled once the thread has ended, never before: nothing of it goes on writing after a failure.
      return await new Promise<Written>((resolve, reject) => {
        let written: Written | undefined
        let failure: unknown
        worker.once('message', (index: Written) => (written = index))
        worker.once('error', (error) => (failure = error))
        worker.once('exit', (code) => {
          if (written && code === 0) resolve(written)
          else
            reject(
              failure ?? new Error(`L’index de recherche et les calendriers n’ont pas été écrits (fil de travail terminé, code ${code}).`),
            )
        })
        worker.postMessage(task)
      })
    } finally {
      ready = startWorker()
    }
  }
}
