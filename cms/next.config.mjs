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
  // No other site may frame the admin (clickjacking); a full CSP is not possible with Next's inline scripts.
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  headers: async () => [{ source: '/:path*', headers: securityHeaders }],
  // The repo root holds the lockfile and node_modules; trace files from there.
  outputFileTracingRoot: root,
  turbopack: { root },
  poweredByHeader: false,
  images: { unoptimized: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
