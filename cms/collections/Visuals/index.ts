import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/nobody'
import { staffOrPublicVisual, uploadAccess } from '../../access/uploadReadAccess'
import { themesField } from '../../fields/themes'
import { env } from '../../../env'
import { type LicenceCode, licenceCodes } from '../../../publication/licences'
import { servedFileHeaders } from '../../uploads/servedFileHeaders'
import { acceptedMimeTypes, filesFromDeviceOnly, type UploadRules, uploadCollectionHooks } from '../../uploads/validateUpload'
import { libraryGroup } from '../shared'
import { focalPointInPicture } from './hooks/focalPointInPicture'
import { frameWholePictures, removeReplacedCopies } from './hooks/frameWholePictures'
import { hideUnpublishedFiles } from './hooks/hideUnpublishedFiles'
import { visualImageSizes } from './sizes'

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

const uploadHooks = uploadCollectionHooks(uploadRules)

/**
 * The library of reusable images, cut by sharp into the sizes people download
 * and into the responsive copies the site's pictures are made of.
 */
export const Visuals: CollectionConfig = {
  slug: 'visuals',
  labels: { singular: { fr: 'Visuel', en: 'Visual' }, plural: { fr: 'Visuels', en: 'Visuals' } },
  admin: { useAsTitle: 'title', defaultColumns: ['filename', 'title', 'licence', 'downloadable'], group: libraryGroup },
  access: uploadAccess(staffOrPublicVisual),
  hooks: {
    ...uploadHooks,
    beforeValidate: [...uploadHooks.beforeValidate, focalPointInPicture],
    beforeChange: [frameWholePictures],
    afterChange: [removeReplacedCopies],
    afterRead: [hideUnpublishedFiles],
  },
  upload: {
    staticDir: path.join(env.uploadsDir, 'visuals'),
    mimeTypes: acceptedMimeTypes(uploadRules),
    modifyResponseHeaders: servedFileHeaders,
    ...filesFromDeviceOnly,
    focalPoint: true,
    // A crop would write the cropped picture under the file's own name: framing is the focal point's job.
    crop: false,
    adminThumbnail: 'thumbnail',
    imageSizes: visualImageSizes,
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
    {
      name: 'keepWhole',
      type: 'checkbox',
      defaultValue: false,
      label: {
        fr: 'Texte dans l’image : ne pas recadrer',
        en: 'Text in the picture: do not crop',
        es: 'Texto en la imagen: no recortar',
        de: 'Text im Bild: nicht zuschneiden',
        it: 'Testo nell’immagine: non ritagliare',
        pt: 'Texto na imagem: não recortar',
        ar: 'نص داخل الصورة: لا تقصّها',
      },
      admin: {
        description: {
          fr: 'Les formats carré, réseaux sociaux et vignettes montrent alors l’image entière sur sa propre couleur de fond, au lieu d’un recadrage autour du point focal. Coché d’office pour une infographie.',
          en: 'The square, social and thumbnail formats then show the whole picture on its own background colour, instead of a crop around the focal point. Ticked by default for an infographic.',
          es: 'Los formatos cuadrado, redes sociales y miniaturas muestran entonces la imagen entera sobre su propio color de fondo, en lugar de un recorte alrededor del punto focal. Marcado por defecto para una infografía.',
          de: 'Die quadratischen, Social-Media- und Vorschauformate zeigen dann das ganze Bild auf seiner eigenen Hintergrundfarbe statt eines Ausschnitts um den Fokuspunkt. Bei einer Infografik standardmäßig angekreuzt.',
          it: 'I formati quadrato, social e miniature mostrano allora l’immagine intera sul suo colore di fondo, invece di un ritaglio attorno al punto focale. Spuntato di default per un’infografica.',
          pt: 'Os formatos quadrado, redes sociais e miniaturas mostram então a imagem inteira sobre a sua própria cor de fundo, em vez de um recorte à volta do ponto focal. Marcado por defeito para uma infografia.',
          ar: 'تعرض عندئذٍ الصيغ المربعة وصيغ الشبكات الاجتماعية والمصغّرات الصورة كاملة على لون خلفيتها، بدل قصّها حول النقطة المحورية. يُحدَّد تلقائيًا للرسوم البيانية.',
        },
      },
    },
    {
      // The colour of the picture's edge, measured when its copies are fitted: the site fits it on the same colour.
      name: 'edgeColour',
      type: 'text',
      // Written by frameWholePictures alone: the site's cards take it as a CSS colour.
      access: { create: nobody, update: nobody },
      admin: { hidden: true, readOnly: true },
    },
    themesField,
  ],
}
