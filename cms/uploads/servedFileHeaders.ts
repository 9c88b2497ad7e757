import type { UploadConfig } from 'payload'

/**
 * What a browser may do with a file served from the CMS's own origin. A file
 * it would render as a document (HTML, XML, SVG…) could run script with an
 * editor's session: SVG is shown as an image but under a policy that forbids
 * script, and any other document type is only ever downloaded.
 */
export const inertDocumentPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox"

/** Types shown in the browser: pictures, media, PDF (the browser's own viewer) and subtitles. */
const shownInline = (type: string): boolean =>
  /^(?:image|video|audio)\//.test(type) || type === 'application/pdf' || type === 'text/vtt'

/**
 * `upload.modifyResponseHeaders` of every upload collection. Payload has
 * already set the `Content-Type` from the file's bytes (or its extension,
 * which validateUpload makes match them).
 */
export const servedFileHeaders: NonNullable<UploadConfig['modifyResponseHeaders']> = ({ headers }) => {
  headers.set('X-Content-Type-Options', 'nosniff')
  const type = headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase()
  // A "range not satisfiable" answer has no body, hence no type.
  if (!type) return headers
  if (type === 'image/svg+xml' || !shownInline(type)) headers.set('Content-Security-Policy', inertDocumentPolicy)
  if (!shownInline(type)) headers.set('Content-Disposition', 'attachment')
  return headers
}
