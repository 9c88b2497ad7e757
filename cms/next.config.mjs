import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Sent with every answer of the admin server (pages, API, files). HSTS is sent
 * whatever SERVER_URL says: browsers ignore it over plain http (RFC 6797 §8.1),
 * and these headers are fixed when the admin is built, not when it starts.
 */
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
]

/**
 * Every path but the API's (`/api/…`), in Next's path-to-regexp syntax. The
 * API answers JSON or a stored file, never a page, and a file sends its own,
 * stricter policy (cms/uploads/servedFileHeaders.ts), which a config header of
 * the same name would replace (Next keeps it over the route's). Matched on the
 * path as sent: any spelling that reaches a file (`/api/visuals/fil%65/…`,
 * `/api/%76isuals/file/…`) starts with `/api/`, the only prefix Next's router
 * sends to the API.
 */
const everyPathButTheApi = '/:path((?!api/).*)'

/** @type {import('next').NextConfig} */
const nextConfig = {
  headers: async () => [
    { source: '/:path*', headers: securityHeaders },
    // No other site may frame the admin (clickjacking); a full CSP is not possible with Next's inline scripts.
    { source: everyPathButTheApi, headers: [{ key: 'Content-Security-Policy', value: "frame-ancestors 'none'" }] },
  ],
  // The repo root holds the lockfile and node_modules; trace files from there.
  outputFileTracingRoot: root,
  turbopack: { root },
  poweredByHeader: false,
  images: { unoptimized: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
