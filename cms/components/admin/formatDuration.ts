type Translate = (key: string, vars?: Record<string, unknown>) => string

/** A duration stored in milliseconds, said in seconds, or minutes and seconds past a minute. */
export const formatDuration = (milliseconds: number, t: Translate): string => {
  const seconds = Math.round(milliseconds / 1000)
  if (seconds < 60) return t('hub:durationSeconds', { seconds })
  return t('hub:durationMinutes', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })
}
