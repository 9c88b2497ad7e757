import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import { staticIndexDir } from '../../search/staticIndexFormat'

/**
 * Serves the live static site (what a CDN or any static host would do):
 * directory indexes, localized 404 pages with a 404 status, compression,
 * long caching for fingerprinted assets, byte ranges for video. The root is
 * resolved on every request, so a swapped `current` link takes effect at once.
 */
export interface SiteServerOptions {
  /** Returns the folder to serve (null before the first build). */
  root: () => Promise<string | null>
  locales: readonly string[]
  defaultLocale: string
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.vtt': 'text/vtt; charset=utf-8',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.zip': 'application/zip',
}
// TrueType fonts (the tract customiser's) are not compressed inside, unlike WOFF2: they shrink by half.
/** Built assets and the search index's versioned files are named by their content: cached for good. */
const versionedIndexFile = new RegExp(`^/${staticIndexDir}/[^/]+/[0-9a-f]{12}/`)
const neverChanges = (pathname: string) => pathname.startsWith('/_astro/') || versionedIndexFile.test(pathname)

const compressible = /^(text\/|application\/(json|xml|javascript)|image\/svg|font\/ttf)/

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/** Brotli's quality 5 is ~10× faster than 9 for 1–2 % more bytes: the first visitor of each file waits less (measured in docs/BENCHMARKS.md's search section). */
const brotliQuality = 5

/** Compressed bodies, by file and mtime: a page is compressed once per build, not per request. */
const compressedCache = new Map<string, Buffer>()
const maxCachedBodies = 2000

async function compressed(file: string, mtimeMs: number, encoding: 'br' | 'gzip'): Promise<Buffer> {
  const key = `${encoding}:${file}:${mtimeMs}`
  const hit = compressedCache.get(key)
  if (hit) return hit
  const raw = await fs.promises.readFile(file)
  const body = encoding === 'br' ? await brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality } }) : await gzip(raw, { level: 9 })
  if (compressedCache.size >= maxCachedBodies) compressedCache.delete(compressedCache.keys().next().value as string)
  compressedCache.set(key, body)
  return body
}

const statOf = (file: string) => fs.promises.stat(file).catch(() => null)

export function createSiteServer({ root, locales, defaultLocale }: SiteServerOptions): http.Server {
  return http.createServer(async (req, res) => {
    try {
      const dir = await root()
      if (!dir) {
        res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '10' })
        res.end('Le site est en cours de construction. / The site is being built.')
        return
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end()
        return
      }
      const url = new URL(req.url ?? '/', 'http://localhost')
      let pathname: string
      try {
        pathname = decodeURIComponent(url.pathname)
      } catch {
        pathname = '/__invalid__'
      }
      let file = path.join(dir, path.normalize(pathname))
      if (!file.startsWith(dir)) file = path.join(dir, '__outside__')
      let stat = await statOf(file)
      if (stat?.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end()
          return
        }
        file = path.join(file, 'index.html')
        stat = await statOf(file)
      }
      let status = 200
      if (!stat?.isFile()) {
        const first = pathname.split('/')[1] ?? ''
        file = path.join(dir, locales.includes(first) ? first : defaultLocale, '404', 'index.html')
        stat = (await statOf(file)) ?? (await statOf((file = path.join(dir, '404.html'))))
        status = 404
        if (!stat) {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
          return
        }
      }
      const type = types[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
      const headers: http.OutgoingHttpHeaders = {
        'Content-Type': type,
        'Cache-Control': neverChanges(pathname) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
        'Last-Modified': stat.mtime.toUTCString(),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        Vary: 'Accept-Encoding',
      }
      if (status === 200 && req.headers['if-modified-since'] && new Date(req.headers['if-modified-since']).getTime() >= Math.floor(stat.mtimeMs / 1000) * 1000) {
        res.writeHead(304, headers).end()
        return
      }
      const accepted = String(req.headers['accept-encoding'] ?? '')
      const encoding = compressible.test(type) ? (/\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null) : null
      if (encoding) {
        const body = await compressed(file, stat.mtimeMs, encoding)
        res.writeHead(status, { ...headers, 'Content-Encoding': encoding, 'Content-Length': body.length })
        res.end(req.method === 'HEAD' ? undefined : body)
        return
      }
      const range = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ''))
      if (range && status === 200 && (range[1] || range[2])) {
        const start = range[1] ? Number(range[1]) : Math.max(0, stat.size - Number(range[2]))
        const end = range[1] && range[2] ? Math.min(Number(range[2]), stat.size - 1) : stat.size - 1
        if (start > end || start >= stat.size) {
          res.writeHead(416, { 'Content-Range': `bytes */${stat.size}` }).end()
          return
        }
        res.writeHead(206, { ...headers, 'Accept-Ranges': 'bytes', 'Content-Range': `bytes ${start}-${end}/${stat.size}`, 'Content-Length': end - start + 1 })
        if (req.method === 'HEAD') res.end()
        else fs.createReadStream(file, { start, end }).pipe(res)
        return
      }
      res.writeHead(status, { ...headers, 'Accept-Ranges': 'bytes', 'Content-Length': stat.size })
      if (req.method === 'HEAD') res.end()
      else fs.createReadStream(file).pipe(res)
    } catch (error) {
      console.error(error)
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('Internal error')
    }
  })
}
