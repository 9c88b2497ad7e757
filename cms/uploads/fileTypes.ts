/**
 * The file types the CMS stores, each with the extensions it may be stored
 * under (the first is the one given to a misnamed file). A stored file is
 * always named for its detected type: static servers, the site's included,
 * choose the `Content-Type` from the extension.
 */
export const extensionsByType = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/avif': ['avif'],
  'image/gif': ['gif'],
  'image/svg+xml': ['svg'],
  'application/pdf': ['pdf'],
  'video/mp4': ['mp4', 'm4v'],
  'video/webm': ['webm'],
  'application/zip': ['zip'],
  'text/vtt': ['vtt'],
} as const satisfies Record<string, readonly [string, ...string[]]>

export type StoredFileType = keyof typeof extensionsByType

export const isStoredFileType = (mime: string): mime is StoredFileType => Object.hasOwn(extensionsByType, mime)

/** `name` with an extension of `type`: kept when it already is one, replaced (or added) otherwise. */
export const nameForType = (name: string, type: StoredFileType): string => {
  const dot = name.lastIndexOf('.')
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1).toLowerCase()] : [name, '']
  const allowed: readonly string[] = extensionsByType[type]
  return allowed.includes(extension) ? name : `${stem}.${allowed[0]}`
}
