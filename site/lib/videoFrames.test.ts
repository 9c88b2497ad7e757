import { describe, expect, it } from 'vitest'

import { videoFrameSource } from './videoFrames'

describe('videoFrameSource', () => {
  it("allows a PeerTube video's own instance", () => {
    expect(videoFrameSource({ source: 'peertube', providerId: 'video.insoumis.online/c27f84e0' })).toBe(
      'frame-src https://video.insoumis.online',
    )
  })

  it('adds nothing for the providers every page allows, nor for uploads', () => {
    expect(videoFrameSource({ source: 'youtube', providerId: 'abc' })).toBeNull()
    expect(videoFrameSource({ source: 'upload', providerId: null })).toBeNull()
  })

  it('refuses a provider id that would add directives to the policy', () => {
    expect(videoFrameSource({ source: 'peertube', providerId: "x.org; script-src 'unsafe-inline'/id" })).toBeNull()
    expect(videoFrameSource({ source: 'peertube', providerId: '' })).toBeNull()
  })
})
