/**
 * What must be undone however the run ends (temporary databases, servers):
 * run last-registered first, each at most once, errors reported but not fatal.
 * cleanupAll also waits for the tasks already under way, so that an interrupt
 * cannot exit halfway through dropping a database.
 */
interface Entry {
  label: string
  task: () => Promise<void>
  done?: Promise<void>
}

const pending: Entry[] = []
const started = new Set<Entry>()

const runEntry = (entry: Entry): Promise<void> => {
  if (!entry.done) {
    pending.splice(pending.indexOf(entry), 1)
    started.add(entry)
    entry.done = entry.task().finally(() => started.delete(entry))
  }
  return entry.done
}

/** Registers a task; the returned function runs it now (at most once) and unregisters it. */
export const onCleanup = (label: string, task: () => Promise<void>): (() => Promise<void>) => {
  const entry: Entry = { label, task }
  pending.push(entry)
  return () => runEntry(entry)
}

export const cleanupAll = async (): Promise<void> => {
  for (let entry = pending.at(-1); entry; entry = pending.at(-1)) {
    try {
      await runEntry(entry)
    } catch (error) {
      console.error(`Cleanup "${entry.label}" failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  await Promise.allSettled([...started].map((entry) => entry.done))
}
