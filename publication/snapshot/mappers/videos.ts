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
  subtitles: (doc.subtitles ?? []).flatMap((track) => {
    const url = context.media.publish('files', populated(track.file)?.filename)
    return url ? [{ language: track.language, url }] : []
  }),
  transcriptHtml: richTextToHtml(doc.transcript),
})
