/**
 * What must be undone however the run ends (temporary databases, servers):
 * run last-registered first, each at most once, errors reported but not fatal.
 */
const tasks: { label: string; task: () => Promise<void> }[] = []

export const onCleanup = (label: string, task: () => Promise<void>): (() => Promise<void>) => {
  const entry = { label, task }
  tasks.push(entry)
  return async () => {
    const index = tasks.indexOf(entry)
    if (index === -1) return
    tasks.splice(index, 1)
    await task()
  }
}

export const cleanupAll = async (): Promise<void> => {
  for (let entry = tasks.pop(); entry; entry = tasks.pop()) {
    try {
      await entry.task()
    } catch (error) {
      console.error(`Cleanup "${entry.label}" failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}
