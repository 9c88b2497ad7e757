import type { Video } from '../../../cms/payload-types'
import { populated, richTextToHtml } from '../documents'
import type { Mapper } from './context'
import { resourceFields } from './resource'

export const videos: Mapper<'videos', Video> = (doc, context) => ({
  ...resourceFields(doc, context, doc.title, doc.poster),
  source: doc.source,
  providerId: doc.providerId ?? null,
  file: doc.source === 'upload' ? context.media.download(doc.file) : null,
  durationSeconds: doc.durationSeconds,
  // Each track's WebVTT file, published beside the pages (same origin: a <track> needs no CORS). A file
  // replaced since by one of another type is left out: a player would fail on it.
  subtitles: (doc.subtitles ?? []).flatMap((track) => {
    const file = populated(track.file)
    const url = file?.mimeType === 'text/vtt' ? context.media.publish('files', file.filename) : null
    return url ? [{ language: track.language, url }] : []
  }),
  transcriptHtml: richTextToHtml(doc.transcript),
})
