import type { NextConfig } from 'next'
import loadCustomRoutes from 'next/dist/lib/load-custom-routes'
import { buildCustomRoute } from 'next/dist/server/lib/router-utils/filesystem'
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

describe('the admin server’s configured headers', () => {
  it.each([
    '/api/visuals/file/affiche.svg',
    '/api/files/file/tract.pdf',
    '/api/tract-artwork/file/fond.png',
    '/api/visuals/file/affiche.svg/',
  ])('leave the Content-Security-Policy of an uploaded file (%s) to its route, and still send nosniff and DENY', async (pathname) => {
    const sent = await headersSentFor(pathname)
    expect(sent['content-security-policy']).toBeUndefined()
    expect(sent['x-content-type-options']).toBe('nosniff')
    expect(sent['x-frame-options']).toBe('DENY')
  })

  it.each([
    '/',
    '/admin',
    '/admin/collections/visuals/12',
    '/api/users',
    '/api/users/me',
    '/api/visuals',
    '/api/visuals/12',
    '/api/graphql',
    '/api/visuals/filename',
  ])('forbid framing %s, with nosniff, a referrer policy and HSTS', async (pathname) => {
    const sent = await headersSentFor(pathname)
    expect(sent['content-security-policy']).toBe("frame-ancestors 'none'")
    expect(sent['x-frame-options']).toBe('DENY')
    expect(sent['x-content-type-options']).toBe('nosniff')
    expect(sent['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(sent['strict-transport-security']).toMatch(/^max-age=\d{8,}/)
  })
})
