import type { CollectionAfterReadHook } from 'payload'

import { visualCopiesOnPages } from '../../../access/uploadReadAccess'

interface FileData {
  url?: string | null
  filename?: string | null
}
type VisualData = FileData & {
  downloadable?: boolean | null
  thumbnailURL?: string | null
  sizes?: Record<string, FileData | null | undefined>
}

/**
 * Of a visual that is not downloadable, the public sees the URLs of the files
 * pages show and no other (the files themselves are refused by the read
 * access): the original only when the visual has no copies, no download size.
 * The names stay: the site's export reads them to know a visual has a file.
 */
export const hideUnpublishedFiles: CollectionAfterReadHook = ({ doc, req }) => {
  const visual = doc as VisualData
  if (req.user || visual.downloadable !== false) return doc
  const hasCopies = Boolean(visual.sizes?.webp320?.filename)
  const sizes = Object.fromEntries(
    Object.entries(visual.sizes ?? {}).map(([name, size]) => [
      name,
      visualCopiesOnPages.includes(name) || !size ? size : { ...size, url: null },
    ]),
  )
  return { ...visual, url: hasCopies ? null : visual.url, thumbnailURL: null, sizes }
}
