import path from 'node:path'

import type { CollectionConfig } from 'payload'

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

/** Documents that are not images: printable PDFs, subtitles (WebVTT), video files, high-resolution downloads. */
export const Files: CollectionConfig = {
  slug: 'files',
  labels: { singular: { fr: 'Fichier', en: 'File' }, plural: { fr: 'Fichiers', en: 'Files' } },
  admin: { useAsTitle: 'title', defaultColumns: ['filename', 'title', 'mimeType', 'filesize'], group: libraryGroup },
  access: uploadAccess(staffOrInPublicUse('files')),
  hooks: uploadCollectionHooks(uploadRules),
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
