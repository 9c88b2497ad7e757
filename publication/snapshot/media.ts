import path from 'node:path'

import type { Payload } from 'payload'

import type { File as UploadedFile, Visual } from '../../cms/payload-types'
import { type ResponsiveFormat, responsiveSizeName, responsiveWidths } from '../responsiveImages'
import type { Download, Picture } from '../schema'
import { populated, type Relation } from './documents'

type UploadCollection = 'visuals' | 'files' | 'tract-artwork'

/** A file the site serves: its URL under /media/, and the uploaded file it is copied (hard-linked) from. */
export type LinkedFile = [url: string, from: string]

/**
 * A focal point's coordinate as the site's schema takes it (percent, 0–100; the middle when unset).
 * The CMS refuses others, but one stored before would otherwise stop every build.
 */
const percentage = (value: number | null | undefined) => Math.min(100, Math.max(0, value ?? 50))

/** Publishes uploaded files under /media/<collection>/: each file's URL, with where the CMS keeps it. */
export function filePublisher(payload: Payload) {
  // Where each upload collection keeps its files, as configured in the CMS.
  const staticDir = (collection: UploadCollection) => {
    const upload = payload.collections[collection].config.upload
    return path.resolve(typeof upload === 'object' && upload.staticDir ? upload.staticDir : collection)
  }
  return (collection: UploadCollection, filename: string | null | undefined): LinkedFile | null =>
    filename ? [`/media/${collection}/${encodeURIComponent(filename)}`, path.join(staticDir(collection), filename)] : null
}
type PublishFile = ReturnType<typeof filePublisher>

/**
 * The media of one document as its entries show them: the URL of each file
 * published is handed out, and the file added to `linked`, the document's own list.
 */
export function documentMedia(publishFile: PublishFile, linked: LinkedFile[]) {
  const publish = (collection: UploadCollection, filename: string | null | undefined): string | null => {
    const file = publishFile(collection, filename)
    if (!file) return null
    linked.push(file)
    return file[0]
  }
  const download = (file: Relation<UploadedFile>): Download | null => {
    const doc = populated(file)
    const url = publish('files', doc?.filename)
    return doc && url ? { url, title: doc.title, mimeType: doc.mimeType ?? 'application/octet-stream', bytes: doc.filesize ?? 0 } : null
  }
  const downloads = (files: Relation<UploadedFile>[] | null | undefined) =>
    (files ?? []).map(download).filter((file): file is Download => file !== null)
  /**
   * A visual as pages show it: its responsive copies, made at upload, or its
   * file itself when it has none (an SVG, a small picture); its alt text, how
   * a card frames it, and its copy for social networks.
   */
  const picture = (visual: Relation<Visual>): Picture | null => {
    const doc = populated(visual)
    if (!doc?.filename || !doc.width || !doc.height) return null
    const copies = (format: ResponsiveFormat) =>
      responsiveWidths.flatMap((width) => {
        const size = doc.sizes?.[responsiveSizeName(format, width) as keyof NonNullable<Visual['sizes']>]
        const url = publish('visuals', size?.filename)
        return url && size?.width && size.height ? [{ url, width: size.width, height: size.height }] : []
      })
    const [avif, webp] = [copies('avif'), copies('webp')]
    return {
      width: doc.width,
      height: doc.height,
      avif,
      webp,
      original: webp.length > 0 ? null : publish('visuals', doc.filename),
      alt: doc.alt,
      framing: {
        focus: { x: percentage(doc.focalX), y: percentage(doc.focalY) },
        whole: doc.keepWhole ?? false,
        background: /^#[\da-f]{6}$/.test(doc.edgeColour ?? '') ? doc.edgeColour! : null,
      },
      social: publish('visuals', doc.sizes?.social?.filename),
    }
  }
  return { publish, download, downloads, picture }
}
export type DocumentMedia = ReturnType<typeof documentMedia>
