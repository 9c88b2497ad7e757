/** How long a site build may run before it is stopped: `HUB_BUILD_TIMEOUT_MINUTES`, 30 by default. */
export const buildTimeLimitMinutes = (): number => {
  const setting = process.env.HUB_BUILD_TIMEOUT_MINUTES
  if (!setting) return 30
  const minutes = Number(setting)
  if (!(minutes > 0)) throw new Error(`HUB_BUILD_TIMEOUT_MINUTES takes a number of minutes above 0 (got "${setting}")`)
  return minutes
}
