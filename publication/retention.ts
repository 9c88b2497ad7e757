/**
 * How long personal data is kept where the period is the code's rather than the deployer's: the
 * jobs that erase it (cms/jobs/) and the privacy page that states it (site/pages/[lang]/privacy.astro)
 * read the same figure. The deployer's periods are settings of env.ts (REGISTRATION_RETENTION_DAYS,
 * DONATION_RETENTION_YEARS).
 */

/** A donation never paid, or a monthly donation never started, is anonymised this long after its creation. */
export const abandonedRetentionDays = 30
