/** The `tract-artwork` upload collection: the background artwork of tract templates. */
import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { staffOrInPublicUse, uploadAccess } from '../../access/uploadReadAccess'
import { env } from '../../../env'
import { servedFileHeaders } from '../../uploads/servedFileHeaders'
import { acceptedMimeTypes, filesFromDeviceOnly, type UploadRules, uploadCollectionHooks } from '../../uploads/validateUpload'
import { tractsGroup } from '../shared'

/** A vector PDF for print, or an image (SVG, PNG, JPEG, WebP) for the preview, the PNG and the PDF without a vector artwork. */
export const tractArtworkRules: UploadRules = {
  maxBytes: 25 * 1024 * 1024,
  binaryTypes: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'],
  textTypes: ['image/svg+xml'],
}

/** The background artwork of tract templates, kept apart from the visuals library (no resized copies: the engine needs the original). */
export const TractArtwork: CollectionConfig = {
  slug: 'tract-artwork',
  labels: { singular: { fr: 'Fond de tract', en: 'Leaflet artwork' }, plural: { fr: 'Fonds de tracts', en: 'Leaflet artwork' } },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'mimeType', 'credit', 'filesize'],
    group: tractsGroup,
    description: {
      fr: 'PDF vectoriel pour l’impression, ou image (SVG, PNG, JPEG, WebP) aux proportions exactes du format du modèle.',
      en: 'A vector PDF for print, or an image (SVG, PNG, JPEG, WebP) with the exact proportions of the template’s format.',
    },
  },
  access: uploadAccess(staffOrInPublicUse('tract-artwork')),
  hooks: uploadCollectionHooks(tractArtworkRules),
  upload: {
    staticDir: path.join(env.uploadsDir, 'tract-artwork'),
    mimeTypes: acceptedMimeTypes(tractArtworkRules),
    modifyResponseHeaders: servedFileHeaders,
    ...filesFromDeviceOnly,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      maxLength: 250,
      label: { fr: 'Texte alternatif', en: 'Alt text' },
      admin: {
        description: {
          fr: 'Décrit le fond pour qui ne le voit pas (galerie des modèles).',
          en: 'Describes the artwork for people who cannot see it (template gallery).',
        },
      },
    },
    { name: 'credit', type: 'text', label: { fr: 'Crédit', en: 'Credit' } },
  ],
}
