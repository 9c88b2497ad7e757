import fs from 'node:fs/promises'

import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook, type PayloadRequest, type UploadConfig, ValidationError } from 'payload'

import { restrictTranslators } from '../hooks/restrictTranslators'
import { hubT } from '../i18n/hubT'
import { checkSvg } from '../utilities/svgSafety'
import { checkWebVtt } from '../utilities/webvtt'
import { formatBytes } from '../utilities/formatBytes'
import { isCompleteIsoMedia, isCompletePdf, isoMediaTypes } from './fileIntegrity'
import { isStoredFileType, nameForType, type StoredFileType } from './fileTypes'

/** What an upload collection accepts, checked on the bytes rather than the file name. */
export interface UploadRules {
  maxBytes: number
  /** MIME types recognised from content (`image/png`, `application/pdf`, `video/mp4`…). */
  binaryTypes: Exclude<StoredFileType, 'image/svg+xml' | 'text/vtt'>[]
  /** Text formats recognised by parsing: SVG (checked for active content) and WebVTT. */
  textTypes: ('image/svg+xml' | 'text/vtt')[]
}

type UploadedFile = NonNullable<PayloadRequest['file']> & { tempFilePath?: string; truncated?: boolean }

const readBytes = async (file: UploadedFile): Promise<Buffer> =>
  file.data?.length ? file.data : file.tempFilePath ? fs.readFile(file.tempFilePath) : Buffer.alloc(0)

/**
 * Refuses the upload. The error's own message (the one the admin shows) is the
 * reason, in the editor's language, rather than Payload's English "The
 * following field is invalid: file".
 */
const fail = (req: PayloadRequest, message: string): never => {
  const error = new ValidationError({ errors: [{ message, path: 'file' }] }, req.t)
  error.message = message
  throw error
}

/**
 * A name no upload may keep: a copy's of fixed proportions (`-1080x1080-3fa9c01b2e.png`), which
 * the site caches for good (site/server/serveSite.ts). A copy downloaded, edited (a face blurred)
 * and sent again under its name gets `-original` added, or caches would keep the first one.
 */
const notNamedLikeACopy = (name: string) => name.replace(/(-\d+x\d+-[\da-f]{10})(\.\w+)$/, '$1-original$2')

/** Stores the file as what its bytes are: named with that type's extension, with that MIME type. */
const storeAs = (file: UploadedFile, type: StoredFileType) => {
  file.name = notNamedLikeACopy(nameForType(file.name, type))
  file.mimetype = type
}

/** The MIME types a collection accepts, for Payload's own `upload.mimeTypes` check. */
export const acceptedMimeTypes = (rules: UploadRules): string[] => [...rules.binaryTypes, ...rules.textTypes]

/** `image/avif` → `AVIF`. */
const formatName = (type: string): string => type.split('/')[1]?.toUpperCase() ?? type

const acceptedFormats = (rules: UploadRules): string => acceptedMimeTypes(rules).map(formatName).join(', ')

/**
 * Refuses, with a translated reason, any upload that is too large, is not
 * what it claims to be, is damaged (a truncated PDF, MP4 or AVIF), is an SVG
 * that can run code, or is broken WebVTT;
 * renames an accepted file whose extension is not its type's (`x.html` that
 * is an SVG is stored as `x.svg`). Runs before Payload stores anything, so a
 * refused upload writes nothing.
 */
export const validateUpload =
  (rules: UploadRules): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file as UploadedFile | undefined
    if (!file) return args
    const language = req.i18n?.language ?? 'fr'

    if (file.truncated || file.size > rules.maxBytes) {
      fail(req, hubT(req, 'fileTooLarge', { size: formatBytes(file.size, language), max: formatBytes(rules.maxBytes, language) }))
    }

    const bytes = await readBytes(file)
    const detected = await fileTypeFromBuffer(bytes)
    // file-type also recognises some text formats (WebVTT, XML); those are parsed below instead.
    const isText = !detected || detected.mime === 'application/xml' || (rules.textTypes as string[]).includes(detected.mime)
    if (detected && !isText) {
      const type = detected.mime
      if (!isStoredFileType(type) || !(rules.binaryTypes as string[]).includes(type)) {
        return fail(req, hubT(req, 'fileTypeNotAllowed', { detected: type, accepted: acceptedFormats(rules) }))
      }
      if (type === 'application/pdf' && !isCompletePdf(bytes)) fail(req, hubT(req, 'damagedPdf', { name: file.name }))
      if (isoMediaTypes.includes(type) && !isCompleteIsoMedia(bytes)) {
        fail(req, hubT(req, 'damagedMedia', { name: file.name, format: formatName(type) }))
      }
      storeAs(file, type)
      return args
    }

    const text = bytes.toString('utf8')
    const name = file.name.toLowerCase()
    // Subtitles must also be named .vtt: a static host serves files by their extension.
    if (rules.textTypes.includes('text/vtt') && name.endsWith('.vtt')) {
      const vtt = checkWebVtt(text)
      if (!vtt.valid) {
        fail(req, hubT(req, 'invalidWebVtt', { line: vtt.line, reason: hubT(req, `vtt_${vtt.problem}`) }))
      }
      storeAs(file, 'text/vtt')
      return args
    }
    if (rules.textTypes.includes('image/svg+xml') && (name.endsWith('.svg') || /<svg[\s>]/i.test(text.slice(0, 4096)))) {
      const svg = checkSvg(text)
      if (!svg.safe) fail(req, hubT(req, svg.unreadable ? 'invalidSvg' : 'unsafeSvg', { reason: svg.reason }))
      storeAs(file, 'image/svg+xml')
      return args
    }
    // Text that is neither subtitles nor SVG, whatever it is named or announced as.
    return fail(req, hubT(req, 'fileContentNotAllowed', { name: file.name, accepted: acceptedFormats(rules) }))
  }

/** A JSON `{ filename, url }`, with which Payload fetches the file itself rather than receive it. */
const namesFileByUrl = (data: unknown): boolean => {
  const { filename, url } = (typeof data === 'object' && data !== null ? data : {}) as { filename?: unknown; url?: unknown }
  return typeof filename === 'string' && filename !== '' && typeof url === 'string' && url !== ''
}

/**
 * Refuses, with a translated reason, a creation that would have Payload fetch
 * its file from a URL: that file would skip validateUpload (which checks the
 * file a request carries) and be stored under the editor's name. Payload has
 * already taken `url` out of `args.data` for a request with access checks,
 * hence `req.data`, the body as sent. An update never fetches a URL it is sent
 * (Payload reads the stored file), and the admin's forms send the stored one.
 */
export const refuseFileFromUrl: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' && !req.file && (namesFileByUrl(args.data) || namesFileByUrl(req.data))) {
    fail(req, hubT(req, 'fileFromUrlRefused'))
  }
  return args
}

/**
 * The `upload` options that keep every file coming from the editor's device:
 * no "paste a URL" in the admin, and no fetch by the server, whatever asks for
 * it (Payload calls `externalFileHeaderFilter` before each such fetch; the
 * GraphQL API, for one, does not pass through refuseFileFromUrl's `req.data`).
 */
export const filesFromDeviceOnly = {
  pasteURL: false,
  externalFileHeaderFilter: () => {
    throw new APIError('Files are never fetched from a URL: upload the file itself.', 400)
  },
} satisfies Pick<UploadConfig, 'pasteURL' | 'externalFileHeaderFilter'>

/** The hooks of a media collection: its upload checks, and the translators' limits on its metadata. */
export const uploadCollectionHooks = (rules: UploadRules) => ({
  beforeOperation: [refuseFileFromUrl, validateUpload(rules)],
  beforeValidate: [restrictTranslators],
})
