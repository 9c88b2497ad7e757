import path from 'node:path'

import { type Access, type CollectionBeforeOperationHook, type CollectionConfig, Forbidden } from 'payload'

import { hasRole, translatorLocales } from '../../access/roles'
import { staffOrInPublicUse, uploadAccess } from '../../access/uploadReadAccess'
import { env } from '../../../env'
import { servedFileHeaders } from '../../uploads/servedFileHeaders'
import { acceptedMimeTypes, filesFromDeviceOnly, type UploadRules, uploadCollectionHooks } from '../../uploads/validateUpload'
import { libraryGroup } from '../shared'

const uploadRules: UploadRules = {
  maxBytes: 500 * 1024 * 1024,
  binaryTypes: ['application/pdf', 'video/mp4', 'video/webm', 'image/png', 'image/jpeg', 'application/zip'],
  textTypes: ['text/vtt'],
}

/**
 * Adding a file: editors and admins; translators, subtitles alone (the WebVTT tracks of their
 * languages), while working in one of their languages, as the title they give is that language's.
 * validateUpload has already typed the upload by its content (beforeOperation runs before access),
 * so `text/vtt` is a checked WebVTT file. Without a file in hand, the admin is asking whether to
 * offer the upload button.
 */
const editorsOrSubtitlesFromTranslators: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!hasRole(req.user, 'translator') || !translatorLocales(req.user).some((code) => code === req.locale)) return false
  return !req.file || req.file.mimetype === 'text/vtt'
}

/**
 * A translator adds the subtitles they upload, never a copy of a stored file: a duplicate has no
 * file in hand, so the create access above would let it through.
 */
const noDuplicatesByTranslators: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const { duplicateFromID } = args as { duplicateFromID?: unknown }
  if (operation === 'create' && duplicateFromID != null && !hasRole(req.user, 'admin', 'editor')) throw new Forbidden(req.t)
  return args
}

const uploadHooks = uploadCollectionHooks(uploadRules)

/** Documents that are not images: printable PDFs, subtitles (WebVTT), video files, high-resolution downloads. */
export const Files: CollectionConfig = {
  slug: 'files',
  labels: { singular: { fr: 'Fichier', en: 'File' }, plural: { fr: 'Fichiers', en: 'Files' } },
  admin: { useAsTitle: 'title', defaultColumns: ['filename', 'title', 'mimeType', 'filesize'], group: libraryGroup },
  access: { ...uploadAccess(staffOrInPublicUse('files')), create: editorsOrSubtitlesFromTranslators },
  hooks: { ...uploadHooks, beforeOperation: [...uploadHooks.beforeOperation, noDuplicatesByTranslators] },
  upload: {
    staticDir: path.join(env.uploadsDir, 'files'),
    mimeTypes: acceptedMimeTypes(uploadRules),
    modifyResponseHeaders: servedFileHeaders,
    ...filesFromDeviceOnly,
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { fr: 'Titre', en: 'Title' } },
    { name: 'description', type: 'textarea', localized: true, label: { fr: 'Description', en: 'Description' } },
  ],
}
