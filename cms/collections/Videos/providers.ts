/** External video platforms and what their ids look like. */
export const videoProviders = {
  peertube: {
    label: 'PeerTube',
    pattern: /^[a-z0-9.-]+\.[a-z]{2,}\/[0-9a-zA-Z-]{8,}$/,
    example: 'video.example.org/9c9de5e8-0a1b-4c3d-8e2f-1a2b3c4d5e6f',
  },
  youtube: { label: 'YouTube', pattern: /^[0-9A-Za-z_-]{11}$/, example: 'dQw4w9WgXcQ' },
  vimeo: { label: 'Vimeo', pattern: /^\d{6,12}$/, example: '76979871' },
} as const

export type VideoProvider = keyof typeof videoProviders
export type VideoSource = 'upload' | VideoProvider

export const isVideoProvider = (value: unknown): value is VideoProvider => typeof value === 'string' && value in videoProviders
