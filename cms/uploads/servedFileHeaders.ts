import type { UploadConfig } from 'payload'

/**
 * What a browser may do with a file served from the CMS's own origin. A file
 * it would render as a document (HTML, XML, SVG…) could run script with an
 * editor's session: every file is shown under a policy that forbids script
 * and framing, and any other document type is only ever downloaded.
 * next.config.mjs leaves these paths' CSP to this one (Next keeps a config
 * header over a route's).
 */
export const inertDocumentPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'"

/**
 * PDFs run in the browser's own viewer, isolated from the origin; Chromium
 * refuses to open that viewer in a sandboxed document, so they are only kept
 * from being framed.
 */
export const pdfPolicy = "frame-ancestors 'none'"

/** Types shown in the browser: pictures, media, PDF (the browser's own viewer) and subtitles. */
const shownInline = (type: string): boolean => /^(?:image|video|audio)\//.test(type) || type === 'application/pdf' || type === 'text/vtt'

/**
 * `upload.modifyResponseHeaders` of every upload collection. Payload has
 * already set the `Content-Type` from the file's bytes (or its extension,
 * which validateUpload makes match them).
 */
export const servedFileHeaders: NonNullable<UploadConfig['modifyResponseHeaders']> = ({ headers }) => {
  headers.set('X-Content-Type-Options', 'nosniff')
  const type = headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase()
  headers.set('Content-Security-Policy', type === 'application/pdf' ? pdfPolicy : inertDocumentPolicy)
  // A "range not satisfiable" answer has no body, hence no type.
  if (type && !shownInline(type)) headers.set('Content-Disposition', 'attachment')
  return headers
}
