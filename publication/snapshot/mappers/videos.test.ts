import { describe, expect, it } from 'vitest'

import type { File, Video } from '../../../cms/payload-types'
import { snapshotSchema } from '../../schema'
import { documentMedia, type LinkedFile } from '../media'
import type { MapContext } from './context'
import { videos } from './videos'

const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', publishedAt: '2026-01-01T00:00:00.000Z' }

const file = (id: number, filename: string, mimeType: string): File => ({
  id,
  title: filename,
  filename,
  mimeType,
  filesize: 100,
  ...stamps,
})

const video = (overrides: Partial<Video>): Video => ({
  id: 1,
  title: 'Décoder la dette',
  slug: 'decoder-la-dette',
  summary: 'La dette en cinq minutes.',
  source: 'upload',
  file: file(10, 'dette.mp4', 'video/mp4'),
  durationSeconds: 188,
  ...stamps,
  ...overrides,
})

/** Maps the video in English, and lists the files the build copies beside the pages. */
const mapped = (doc: Video) => {
  const linked: LinkedFile[] = []
  const context: MapContext = {
    locale: 'en',
    translation: { translated: true, outdated: false, titleTranslated: true, summaryTranslated: true, partTranslated: () => true },
    media: documentMedia(
      (collection, filename) => (filename ? [`/media/${collection}/${filename}`, `/uploads/${collection}/${filename}`] : null),
      linked,
    ),
    facts: { calendarDomain: 'cms.example.org', seatsTaken: () => 0 },
  }
  const entry = videos(doc, context)
  return { entry: snapshotSchema('videos').parse(entry), linked }
}

describe('a video’s subtitles in the snapshot', () => {
  it('lists each track’s WebVTT file under /media/, and has the build copy it beside the pages', () => {
    const { entry, linked } = mapped(
      video({
        subtitles: [
          { language: 'fr', file: file(11, 'dette.fr.vtt', 'text/vtt') },
          { language: 'ar', file: file(12, 'dette.ar.vtt', 'text/vtt') },
        ],
      }),
    )
    expect(entry.subtitles).toEqual([
      { language: 'fr', url: '/media/files/dette.fr.vtt' },
      { language: 'ar', url: '/media/files/dette.ar.vtt' },
    ])
    expect(linked).toEqual(
      expect.arrayContaining([
        ['/media/files/dette.fr.vtt', '/uploads/files/dette.fr.vtt'],
        ['/media/files/dette.ar.vtt', '/uploads/files/dette.ar.vtt'],
      ]),
    )
  })

  it('does the same for a video on a platform', () => {
    const { entry } = mapped(
      video({
        source: 'youtube',
        providerId: 'q3Vd8LmX2Kp',
        file: null,
        subtitles: [{ language: 'es', file: file(13, 'dette.es.vtt', 'text/vtt') }],
      }),
    )
    expect(entry.file).toBeNull()
    expect(entry.subtitles).toEqual([{ language: 'es', url: '/media/files/dette.es.vtt' }])
  })

  it('leaves out a track whose file is no longer WebVTT, or could not be read', () => {
    const { entry, linked } = mapped(
      video({
        subtitles: [
          { language: 'fr', file: file(11, 'dette.fr.vtt', 'text/vtt') },
          { language: 'en', file: file(14, 'remplacee.pdf', 'application/pdf') },
          { language: 'de', file: 15 },
        ],
      }),
    )
    expect(entry.subtitles).toEqual([{ language: 'fr', url: '/media/files/dette.fr.vtt' }])
    expect(linked.map(([url]) => url)).not.toContain('/media/files/remplacee.pdf')
  })
})
