import type { NextConfig } from 'next'
import loadCustomRoutes from 'next/dist/lib/load-custom-routes'
import { buildCustomRoute } from 'next/dist/server/lib/router-utils/filesystem'
import { getRouteMatcher } from 'next/dist/shared/lib/router/utils/route-matcher'
import { getNamedRouteRegex } from 'next/dist/shared/lib/router/utils/route-regex'
import { describe, expect, it } from 'vitest'

import nextConfig from './next.config.mjs'

/**
 * Threat: an uploaded SVG runs script on the CMS's origin because the server
 * drops its sandbox policy. Next sets next.config's headers first and then
 * keeps them over a route's header of the same name, so a config CSP on a
 * file's path replaces the policy servedFileHeaders gives it. The rules are
 * read and matched as Next does (its own loader and matcher).
 */
const headersSentFor = async (pathname: string): Promise<Record<string, string>> => {
  const { headers: rules } = await loadCustomRoutes({ ...(nextConfig as NextConfig), basePath: '' })
  const sent: Record<string, string> = {}
  // As router-utils/resolve-routes: every matching rule in order, a later one overriding an earlier one.
  for (const rule of rules.map((header) => buildCustomRoute('header', header, '', false))) {
    if (!rule.match(pathname)) continue
    for (const { key, value } of rule.headers) sent[key.toLowerCase()] = value
  }
  return sent
}

/**
 * The path Payload answers for a request, or null when Next's router does not send it to the
 * API route (cms/app/(payload)/api/[...slug]): the segments Next decodes, encoded again
 * (@payloadcms/next's REST handler).
 */
const apiRoute = getRouteMatcher(getNamedRouteRegex('/api/[...slug]', { prefixRouteKeys: true, includePrefix: true, includeSuffix: true }))
const payloadPathFor = (pathname: string): string | null => {
  const params = apiRoute(pathname)
  const slug = params ? (Object.values(params)[0] as string[]) : null
  return slug ? `/api/${slug.map((segment) => encodeURIComponent(segment)).join('/')}` : null
}
const isStoredFile = (path: string | null) => path !== null && /^\/api\/(?:visuals|files|tract-artwork)\/file\//i.test(path)

/** Spellings of a stored file's path; `fetch` and browsers would normalise some, a raw request does not. */
const fileSpellings = [
  '/api/visuals/file/affiche.svg',
  '/api/files/file/tract.pdf',
  '/api/tract-artwork/file/fond.png',
  '/api/visuals/file/affiche.svg/',
  '/api/visuals/fil%65/affiche.svg',
  '/api/visuals/%66ile/affiche.svg',
  '/api/visuals/%66%69%6c%65/affiche.svg',
  '/api/%76isuals/file/affiche.svg',
  '/api/visuals/FILE/affiche.svg',
  '/api/visuals/file/affiche.svg/suite',
  '/api/visuals/file/%61ffiche.svg',
]

describe('the admin server’s configured headers', () => {
  it.each(fileSpellings)(
    'leave the Content-Security-Policy of an uploaded file (%s) to its route, and still send nosniff and DENY',
    async (pathname) => {
      // Next sends it to the API route, and Payload to a stored file.
      expect(isStoredFile(payloadPathFor(pathname))).toBe(true)
      const sent = await headersSentFor(pathname)
      expect(sent['content-security-policy']).toBeUndefined()
      expect(sent['x-content-type-options']).toBe('nosniff')
      expect(sent['x-frame-options']).toBe('DENY')
    },
  )

  it.each(['/%61pi/visuals/file/affiche.svg', '/API/visuals/file/affiche.svg', '/./api/visuals/file/affiche.svg'])(
    'never send %s to the API: only paths starting with /api/ reach a file',
    (pathname) => expect(payloadPathFor(pathname)).toBeNull(),
  )

  it.each(['/', '/admin', '/admin/collections/visuals/12', '/admin/login', '/api', '/%61pi/visuals/file/affiche.svg'])(
    'forbid framing %s, with nosniff, a referrer policy and HSTS',
    async (pathname) => {
      const sent = await headersSentFor(pathname)
      expect(sent['content-security-policy']).toBe("frame-ancestors 'none'")
      expect(sent['x-frame-options']).toBe('DENY')
      expect(sent['x-content-type-options']).toBe('nosniff')
      expect(sent['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(sent['strict-transport-security']).toMatch(/^max-age=\d{8,}/)
    },
  )

  // The API answers JSON or files, never a page: X-Frame-Options alone keeps it out of frames.
  it.each(['/api/users', '/api/users/me', '/api/visuals', '/api/visuals/12', '/api/graphql', '/api/visuals/filename'])(
    'forbid framing the API answer %s with X-Frame-Options, and send nosniff',
    async (pathname) => {
      const sent = await headersSentFor(pathname)
      expect(sent['x-frame-options']).toBe('DENY')
      expect(sent['x-content-type-options']).toBe('nosniff')
      expect(sent['strict-transport-security']).toMatch(/^max-age=\d{8,}/)
    },
  )
})
