import type { Stats } from 'node:fs'

import { z } from 'zod'

/**
 * What the CMS's rebuild job (cms/jobs/rebuildSite.ts) and the warm site builder (scripts/site-builder.ts)
 * say to each other over the builder's local socket (env.warmBuilderSocket).
 */

/** The longest reason the builder takes: a publication's reason names one document. */
export const maxReasonLength = 500

export const buildRequestSchema = z.object({
  reason: z.string().max(maxReasonLength),
  /** The `site-builds` entry the job created: the builder records the outcome there. */
  record: z.union([z.number().int(), z.string().min(1)]),
})

export type BuildRequest = z.infer<typeof buildRequestSchema>

export const buildAnswerSchema = z.object({
  /**
   * The build's outcome, recorded in its entry before this answer; or 'restarting': the builder's code
   * changed since it started, so it built nothing and stops, and the job builds in processes of its own.
   */
  status: z.enum(['succeeded', 'failed', 'restarting']),
})

export type BuildAnswer = z.infer<typeof buildAnswerSchema>

/** The folder holding the builder's socket: its user's alone, so that no one else can ask for builds or answer them. */
export const socketDirectoryMode = 0o700

/** Whether `stats` are those of a directory (not a link) this process's user owns, with socketDirectoryMode. */
export const isPrivateSocketDirectory = (stats: Stats) =>
  stats.isDirectory() && stats.uid === process.getuid?.() && (stats.mode & 0o777) === socketDirectoryMode

/** The reason the builder's first build is recorded with (what changed while no builder ran). */
export const warmBuilderStartReason = 'constructeur du site : démarrage'

/** What the builder prints once it takes requests, after its first build. */
export const warmBuilderReadyLine = 'Constructeur du site prêt'
