import { describe, expect, it } from 'vitest'

import { formatDuration } from './formatDuration'

const t = (key: string, vars?: Record<string, unknown>) => `${key} ${JSON.stringify(vars)}`

describe('formatDuration', () => {
  it('says seconds under a minute, rounded', () => {
    expect(formatDuration(12_400, t)).toBe('hub:durationSeconds {"seconds":12}')
  })

  it('says minutes and seconds from a minute on', () => {
    expect(formatDuration(59_600, t)).toBe('hub:durationMinutes {"minutes":1,"seconds":0}')
    expect(formatDuration(125_000, t)).toBe('hub:durationMinutes {"minutes":2,"seconds":5}')
  })
})
