import path from 'node:path'

import type { CollectionConfig, ImageSize } from 'payload'

import { staffOrPublicVisual, uploadAccess } from '../../access/uploadReadAccess'
import { themesField } from '../../fields/themes'
import { env } from '../../../env'
import { type LicenceCode, licenceCodes } from '../../../publication/licences'
import { responsiveImageSizes } from '../../../publication/responsiveImages'
import { servedFileHeaders } from '../../uploads/servedFileHeaders'
import { acceptedMimeTypes, filesFromDeviceOnly, type UploadRules, uploadCollectionHooks } from '../../uploads/validateUpload'
import { libraryGroup } from '../shared'
import { hideUnpublishedFiles } from './hooks/hideUnpublishedFiles'

/** How editors see each licence of publication/licences.ts (the site names them as cited). */
const licenceLabels: Record<LicenceCode, string | Record<string, string>> = {
  'CC-BY-4.0': 'CC BY 4.0',
  'CC-BY-SA-4.0': 'CC BY-SA 4.0',
  'CC0-1.0': 'CC0 (domaine public)',
  'all-rights-reserved': { fr: 'Tous droits réservés', en: 'All rights reserved' },
}
const licences = licenceCodes.map((code) => ({ value: code, label: licenceLabels[code] }))

const uploadRules: UploadRules = {
  maxBytes: 25 * 1024 * 1024,
  binaryTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
  textTypes: ['image/svg+xml'],
}

const webp = { format: 'webp', options: { quality: 82 } } as const

/** The sizes the visuals library offers for download (social networks, print, slides), the original apart. */
const downloadSizes = [
  { name: 'thumbnail', width: 320, height: 320, formatOptions: webp },
  { name: 'card', width: 800, height: 500, formatOptions: webp },
  { name: 'social', width: 1200, height: 630, withoutEnlargement: false, formatOptions: { format: 'jpeg', options: { quality: 85 } } },
  { name: 'square', width: 1080, height: 1080, withoutEnlargement: false, formatOptions: webp },
  { name: 'full', width: 2400, withoutEnlargement: true, formatOptions: webp },
] as const satisfies ImageSize[]

/**
 * The library of reusable images, cut by sharp into the sizes people download
 * and into the responsive copies the site's pictures are made of.
 */
export const Visuals: CollectionConfig = {
  slug: 'visuals',
  labels: { singular: { fr: 'Visuel', en: 'Visual' }, plural: { fr: 'Visuels', en: 'Visuals' } },
  admin: { useAsTitle: 'title', defaultColumns: ['filename', 'title', 'licence', 'downloadable'], group: libraryGroup },
  access: uploadAccess(staffOrPublicVisual),
  hooks: { ...uploadCollectionHooks(uploadRules), afterRead: [hideUnpublishedFiles] },
  upload: {
    staticDir: path.join(env.uploadsDir, 'visuals'),
    mimeTypes: acceptedMimeTypes(uploadRules),
    modifyResponseHeaders: servedFileHeaders,
    ...filesFromDeviceOnly,
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [...downloadSizes, ...responsiveImageSizes],
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { fr: 'Titre', en: 'Title' } },
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      maxLength: 250,
      label: { fr: 'Texte alternatif', en: 'Alt text' },
      admin: { description: { fr: 'Décrit l’image pour qui ne la voit pas.', en: 'Describes the image for people who cannot see it.' } },
    },
    { name: 'credit', type: 'text', required: true, label: { fr: 'Crédit', en: 'Credit' } },
    {
      name: 'licence',
      type: 'select',
      required: true,
      defaultValue: 'CC-BY-SA-4.0',
      options: licences,
      label: { fr: 'Licence', en: 'Licence' },
    },
    {
      name: 'downloadable',
      type: 'checkbox',
      defaultValue: true,
      label: { fr: 'Téléchargeable par le public', en: 'Downloadable by the public' },
    },
    themesField,
  ],
}
