import { z } from 'zod'

/**
 * What the CMS's rebuild job (cms/jobs/rebuildSite.ts) and the warm site builder (scripts/site-builder.ts)
 * say to each other over the builder's local socket (env.warmBuilderSocket).
 */
export const buildRequestSchema = z.object({
  reason: z.string(),
  /** The `site-builds` entry the job created: the builder records the outcome there. */
  record: z.union([z.number().int(), z.string().min(1)]),
})

export type BuildRequest = z.infer<typeof buildRequestSchema>

/** The build's outcome, recorded in its entry before this answer. */
export interface BuildAnswer {
  status: 'succeeded' | 'failed'
}

/** The reason the builder's first build is recorded with (what changed while no builder ran). */
export const warmBuilderStartReason = 'constructeur du site : démarrage'

/** What the builder prints once it takes requests, after its first build. */
export const warmBuilderReadyLine = 'Constructeur du site prêt'
