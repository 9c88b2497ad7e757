import { once } from 'node:events'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import { staticIndexDir } from '../../search/staticIndexFormat'

/**
 * Serves the live static site (what a CDN or any static host would do):
 * directory indexes, localized 404 pages with a 404 status, compression,
 * long caching for fingerprinted assets, byte ranges for video, and the
 * security headers (see docs/SECURITY.md). The root is resolved on every
 * request, so a swapped `current` link takes effect at once.
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
  '.ics': 'text/calendar; charset=utf-8',
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

/**
 * Sent with every answer. The pages' script and style policy is the <meta> CSP that Astro writes with the
 * hashes of its own inline scripts (astro.config.mjs); frame-ancestors only works as a header.
 */
const siteHeaders: http.OutgoingHttpHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(self), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
}
/** An SVG opened by itself is a document: no script, no request, in a sandbox. */
const svgPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'"
/**
 * What the browser may show in place from /media/ (the CMS's uploads): anything else there (an uploaded
 * .html, .xml or .txt, an unknown type) is a download, never a page of the site's origin.
 */
const showsInPlace = /^(image\/|video\/|audio\/|application\/pdf|text\/vtt)/

// TrueType fonts (the tract customiser's) are not compressed inside, unlike WOFF2: they shrink by half.
/** Built assets and the search index's versioned files are named by their content: cached for good. */
const versionedIndexFile = new RegExp(`^/${staticIndexDir}/[^/]+/[0-9a-f]{12}/`)
/**
 * So are the uploads whose name is new with each content: the copies of fixed proportions (a random
 * suffix, cms/collections/Visuals/sizes.ts) and the tract previews (named by a digest). Not the other
 * uploads, named after the file sent: deleting an upload frees its name, and its copies' (width ×
 * height), for the next file sent under it, which caches holding the old one for good would never
 * fetch (a picture withdrawn, of a person who asked, kept on show). Nor the theme kits, the tract
 * fonts and artwork, rewritten under their names.
 */
const unchangingMedia = /^\/media\/(visuals\/[^/]+-\d+x\d+-[0-9a-f]{10}\.\w+|tract-previews\/[0-9a-f]+-[^/]+)$/
const neverChanges = (pathname: string) =>
  pathname.startsWith('/_astro/') || versionedIndexFile.test(pathname) || unchangingMedia.test(pathname)

/** A validator from the file's size and time: weak, as the compressed bodies share it. */
const entityTag = (stat: fs.Stats) => `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`

/** Whether the client's copy is current: If-None-Match when sent (RFC 9110 § 13.2.2), else If-Modified-Since. */
function clientHasIt(req: http.IncomingMessage, tag: string, stat: fs.Stats): boolean {
  const noneMatch = req.headers['if-none-match']
  if (noneMatch) {
    const weakly = (candidate: string) => candidate.trim().replace(/^W\//, '')
    return noneMatch.trim() === '*' || noneMatch.split(',').some((candidate) => weakly(candidate) === weakly(tag))
  }
  const modifiedSince = req.headers['if-modified-since']
  return Boolean(modifiedSince) && new Date(modifiedSince!).getTime() >= Math.floor(stat.mtimeMs / 1000) * 1000
}

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
  const body =
    encoding === 'br'
      ? await brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality } })
      : await gzip(raw, { level: 9 })
  if (compressedCache.size >= maxCachedBodies) compressedCache.delete(compressedCache.keys().next().value as string)
  compressedCache.set(key, body)
  return body
}

const statOf = (file: string) => fs.promises.stat(file).catch(() => null)

const isInside = (dir: string, file: string) => {
  const relative = path.relative(dir, file)
  return !relative.startsWith('..') && !path.isAbsolute(relative)
}

/** The headers that depend on what the file is and where it lies in the build. */
function fileHeaders(dir: string, file: string, type: string): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = { 'Content-Type': type }
  if (type.startsWith('image/svg+xml')) headers['Content-Security-Policy'] = svgPolicy
  if (path.relative(dir, file).split(path.sep)[0] === 'media' && !showsInPlace.test(type)) headers['Content-Disposition'] = 'attachment'
  return headers
}

/**
 * Streams a file (or a byte range of it). Opening fails before anything is sent (the file went with an old
 * build): the caller answers 500. A read error after the headers cuts the response, so that the client
 * sees it incomplete rather than a short body that looks whole.
 */
async function sendFile(
  res: http.ServerResponse,
  file: string,
  status: number,
  headers: http.OutgoingHttpHeaders,
  range?: { start: number; end: number },
) {
  const stream = fs.createReadStream(file, range)
  await once(stream, 'ready')
  res.writeHead(status, headers)
  await pipeline(stream, res)
}

/** The client going away mid-response is no error of the server's. */
const clientLeft = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE'

export function createSiteServer({ root, locales, defaultLocale }: SiteServerOptions): http.Server {
  return http.createServer(async (req, res) => {
    try {
      const dir = await root()
      if (!dir) {
        res.writeHead(503, { ...siteHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '10' })
        res.end('Le site est en cours de construction. / The site is being built.')
        return
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...siteHeaders, Allow: 'GET, HEAD' }).end()
        return
      }
      // An origin-form target is a path: in `//fr`, `fr` is no host.
      const target = req.url ?? '/'
      const url = new URL(target.startsWith('/') ? `http://localhost${target}` : target, 'http://localhost')
      let pathname: string
      try {
        pathname = decodeURIComponent(url.pathname)
      } catch {
        pathname = '/__invalid__'
      }
      // One leading slash, no `.`, `..` or empty segment: the path every use below (file, redirect) starts from.
      const sitePath = path.posix.normalize(`/${pathname}`)
      let file = path.join(dir, sitePath)
      if (!isInside(dir, file)) file = path.join(dir, '__outside__')
      let stat = await statOf(file)
      if (stat?.isDirectory()) {
        if (!sitePath.endsWith('/')) {
          // Built from the normalised path, so that no Location leaves the site (`/.//fr` is not `//fr/`).
          res.writeHead(301, { ...siteHeaders, Location: `${encodeURI(sitePath)}/${url.search}` }).end()
          return
        }
        file = path.join(file, 'index.html')
        stat = await statOf(file)
      }
      let status = 200
      if (!stat?.isFile()) {
        const first = sitePath.split('/')[1] ?? ''
        file = path.join(dir, locales.includes(first) ? first : defaultLocale, '404', 'index.html')
        stat = (await statOf(file)) ?? (await statOf((file = path.join(dir, '404.html'))))
        status = 404
        if (!stat) {
          res.writeHead(404, { ...siteHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
          return
        }
      }
      const type = types[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
      const tag = entityTag(stat)
      const headers: http.OutgoingHttpHeaders = {
        ...siteHeaders,
        ...fileHeaders(dir, file, type),
        // A missing file's 404 is never cached for good: the name may yet be published.
        'Cache-Control':
          status === 200 && neverChanges(sitePath) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
        'Last-Modified': stat.mtime.toUTCString(),
        ETag: tag,
        Vary: 'Accept-Encoding',
      }
      if (status === 200 && clientHasIt(req, tag, stat)) {
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
          res.writeHead(416, { ...siteHeaders, 'Content-Range': `bytes */${stat.size}` }).end()
          return
        }
        const partHeaders = {
          ...headers,
          'Accept-Ranges': 'bytes',
          'Content-Range': `bytes ${start}-${end}/${stat.size}`,
          'Content-Length': end - start + 1,
        }
        if (req.method === 'HEAD') res.writeHead(206, partHeaders).end()
        else await sendFile(res, file, 206, partHeaders, { start, end })
        return
      }
      const wholeHeaders = { ...headers, 'Accept-Ranges': 'bytes', 'Content-Length': stat.size }
      if (req.method === 'HEAD') res.writeHead(status, wholeHeaders).end()
      else await sendFile(res, file, status, wholeHeaders)
    } catch (error) {
      if (res.headersSent) {
        res.destroy()
        if (clientLeft(error)) return
      }
      // The error's kind and code, not its message: a malformed request's message quotes the URL the client wrote.
      const { name, code } = error as NodeJS.ErrnoException
      console.error(`Site public : erreur ${name}${code ? ` (${code})` : ''} en servant une requête`)
      if (!res.headersSent) res.writeHead(500, { ...siteHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end('Internal error')
    }
  })
}
