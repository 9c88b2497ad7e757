import type { Payload } from 'payload'

/** What a build's entry in `site-builds` says once the build has ended. */
export interface BuildOutcome {
  status: 'succeeded' | 'failed'
  finishedAt: string
  durationMs?: number
  pages?: number
  log: string
}

/**
 * Writes `outcome` to the `site-builds` entry `id` only while it is still "running", in one
 * conditional write (UPDATE … WHERE id AND status): an outcome recorded first stays, whoever wrote
 * it (the warm builder, a build process, the job closing a build that died). Says whether it wrote.
 */
export async function finishRunningBuild(payload: Payload, id: number | string, outcome: BuildOutcome): Promise<boolean> {
  const updated: unknown = await payload.db.updateOne({
    collection: 'site-builds',
    where: { and: [{ id: { equals: id } }, { status: { equals: 'running' } }] },
    data: { ...outcome },
  })
  return Boolean(updated)
}
