/** The `tract-templates` collection: editable leaflet and poster templates, checked against the render engine at save. */
import type { CollectionConfig, TextFieldSingleValidation, UploadFieldSingleValidation } from 'payload'

import { publishedAtField } from '../../fields/publishing'
import { slugField } from '../../fields/slug'
import { themesField } from '../../fields/themes'
import { hubT } from '../../i18n/hubT'
import { locales } from '../../../publication/locales'
import { fieldTypes, type FormatName } from '../../../tracts/template'
import { publishable, tractsGroup } from '../shared'
import { boxGroup, colourField, styleGroup } from './fields'
import { validateTemplate } from './hooks/validateTemplate'
import { isPrintSource, type TemplateSource } from '../../../publication/toTractTemplate'

const formatLabels: Record<FormatName, { fr: string; en: string }> = {
  A5: { fr: 'Tract A5 (148 × 210 mm)', en: 'A5 leaflet (148 × 210 mm)' },
  A4: { fr: 'A4 (210 × 297 mm)', en: 'A4 (210 × 297 mm)' },
  A3: { fr: 'Affiche A3 (297 × 420 mm)', en: 'A3 poster (297 × 420 mm)' },
  square: { fr: 'Carré réseaux sociaux (1080 × 1080 px)', en: 'Social square (1080 × 1080 px)' },
  story: { fr: 'Story (1080 × 1920 px)', en: 'Story (1080 × 1920 px)' },
  custom: { fr: 'Sur mesure', en: 'Custom' },
}

const fieldTypeLabels: Record<(typeof fieldTypes)[number], { fr: string; en: string }> = {
  line: { fr: 'Une ligne', en: 'Single line' },
  multiline: { fr: 'Plusieurs lignes', en: 'Multiline' },
  date: { fr: 'Date', en: 'Date' },
  time: { fr: 'Heure', en: 'Time' },
  place: { fr: 'Lieu', en: 'Place' },
  url: { fr: 'Adresse web (imprimée en QR code)', en: 'Web address (printed as a QR code)' },
  logo: { fr: 'Logo (image fournie par la personne)', en: 'Logo (image supplied by the person)' },
}

const validateKey: TextFieldSingleValidation = (value, { req }) => {
  if (!value) return req.t('validation:required')
  return /^[a-z][a-z0-9-]*$/.test(value) || hubT(req, 'tractKeyInvalid')
}

/** The artwork image draws the preview and the PNG: it must be an image, never a PDF. */
const validateArtworkImage: UploadFieldSingleValidation = async (value, { req }) => {
  if (value === null || value === undefined) return true
  const upload =
    typeof value === 'object'
      ? (value as { mimeType?: string | null })
      : await req.payload.findByID({ collection: 'tract-artwork', id: value as number | string, depth: 0, req, disableErrors: true })
  return Boolean(upload?.mimeType?.startsWith('image/')) || hubT(req, 'tractArtworkImageType')
}

/**
 * Tract and poster templates: a format, a background artwork and the fields an
 * activist fills in, placed on the page. Checked at save against the render
 * engine's contract (hooks/validateTemplate), previewed live in the edit view.
 */
export const TractTemplates: CollectionConfig = {
  slug: 'tract-templates',
  typescript: { interface: 'TractTemplateDoc' },
  labels: {
    singular: { fr: 'Modèle de tract', en: 'Leaflet template' },
    plural: { fr: 'Modèles de tracts', en: 'Leaflet templates' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'format', 'languages', '_status'], group: tractsGroup },
  ...publishable,
  hooks: { ...publishable.hooks, beforeChange: [validateTemplate] },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: { fr: 'Nom', en: 'Name' } },
    {
      name: 'preview',
      type: 'ui',
      label: { fr: 'Aperçu', en: 'Preview' },
      admin: { position: 'sidebar', components: { Field: '/cms/collections/TractTemplates/components/TemplatePreview#TemplatePreview' } },
    },
    slugField('name'),
    { name: 'description', type: 'textarea', localized: true, label: { fr: 'Description', en: 'Description' } },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      required: true,
      label: { fr: 'Langues', en: 'Languages' },
      options: locales.map((locale) => ({ value: locale.code, label: locale.label })),
      admin: {
        description: {
          fr: 'Les langues dans lesquelles ce modèle a ses propres textes (libellés, valeurs par défaut) : la galerie filtre par langue.',
          en: 'The languages this template has its own texts in (labels, default values): the gallery filters by language.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'format',
          type: 'select',
          required: true,
          defaultValue: 'A5',
          label: { fr: 'Format', en: 'Format' },
          options: Object.entries(formatLabels).map(([value, label]) => ({ value, label })),
          admin: {
            width: '50%',
            description: {
              fr: 'Les formats imprimés se mesurent en mm et portent la mention légale ; les formats réseaux sociaux en px.',
              en: 'Print formats are measured in mm and carry the legal mention; social formats in px.',
            },
          },
        },
        {
          ...colourField('background', { fr: 'Couleur de fond', en: 'Background colour' }, '#ffffff'),
          admin: {
            width: '50%',
            description: {
              fr: 'Sous le fond graphique, ou tout le fond s’il n’y en a pas (#rrggbb).',
              en: 'Under the artwork, or the whole background without one (#rrggbb).',
            },
          },
        },
      ],
    },
    {
      name: 'customSize',
      type: 'group',
      label: { fr: 'Taille sur mesure', en: 'Custom size' },
      admin: {
        condition: (data) => data.format === 'custom',
        description: {
          fr: 'En mm pour un imprimé (il portera la mention légale), en px pour un visuel de réseau social.',
          en: 'In mm for print (it will carry the legal mention), in px for a social media visual.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'unit',
              type: 'select',
              required: true,
              defaultValue: 'mm',
              label: { fr: 'Unité', en: 'Unit' },
              options: [
                { value: 'mm', label: { fr: 'mm (impression)', en: 'mm (print)' } },
                { value: 'px', label: { fr: 'px (réseaux sociaux)', en: 'px (social media)' } },
              ],
              admin: { width: '33%' },
            },
            { name: 'width', type: 'number', required: true, min: 1, label: { fr: 'Largeur', en: 'Width' }, admin: { width: '33%' } },
            { name: 'height', type: 'number', required: true, min: 1, label: { fr: 'Hauteur', en: 'Height' }, admin: { width: '33%' } },
          ],
        },
      ],
    },
    {
      name: 'artwork',
      type: 'upload',
      relationTo: 'tract-artwork',
      label: { fr: 'Fond graphique', en: 'Artwork' },
      admin: {
        description: {
          fr: 'Dessiné sous les champs, à la taille de la page : un PDF vectoriel (le meilleur pour l’impression), un SVG ou une image aux proportions du format.',
          en: 'Drawn under the fields, at the size of the page: a vector PDF (best for print), an SVG or an image with the format’s proportions.',
        },
      },
    },
    {
      name: 'artworkImage',
      type: 'upload',
      relationTo: 'tract-artwork',
      label: { fr: 'Image du fond', en: 'Artwork image' },
      filterOptions: { mimeType: { in: ['image/svg+xml', 'image/png', 'image/jpeg', 'image/webp'] } },
      validate: validateArtworkImage,
      admin: {
        description: {
          fr: 'Le même fond en image (SVG, PNG, JPEG ou WebP) : il dessine l’aperçu et le PNG. Obligatoire quand le fond graphique est un PDF.',
          en: 'The same artwork as an image (SVG, PNG, JPEG or WebP): it draws the preview and the PNG. Required when the artwork is a PDF.',
        },
      },
    },
    {
      name: 'fields',
      type: 'array',
      label: { fr: 'Champs à remplir', en: 'Fields to fill in' },
      labels: { singular: { fr: 'Champ', en: 'Field' }, plural: { fr: 'Champs', en: 'Fields' } },
      admin: {
        description: {
          fr: 'Ce que la personne remplit, dans l’ordre du formulaire, et où cela s’imprime.',
          en: 'What the person fills in, in the form’s order, and where it is printed.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'key',
              type: 'text',
              required: true,
              label: { fr: 'Clé', en: 'Key' },
              validate: validateKey,
              admin: {
                width: '33%',
                description: {
                  fr: 'Nom du champ dans les fichiers de données et les liens pré-remplis (?groupe=…) : minuscules, chiffres et tirets, unique dans le modèle.',
                  en: 'The field’s name in data files and pre-filled links (?group=…): lowercase letters, digits and hyphens, unique in the template.',
                },
              },
            },
            {
              name: 'label',
              type: 'text',
              localized: true,
              required: true,
              label: { fr: 'Libellé', en: 'Label' },
              admin: { width: '33%' },
            },
            {
              name: 'type',
              type: 'select',
              required: true,
              defaultValue: 'line',
              label: { fr: 'Type', en: 'Type' },
              options: fieldTypes.map((value) => ({ value, label: fieldTypeLabels[value] })),
              admin: { width: '33%' },
            },
          ],
        },
        {
          name: 'help',
          type: 'text',
          localized: true,
          label: { fr: 'Aide', en: 'Help' },
          admin: { description: { fr: 'Affichée sous le champ dans le formulaire.', en: 'Shown under the field in the form.' } },
        },
        boxGroup({ legal: false }),
        styleGroup({ minSize: 8, maxSize: 16 }),
        {
          type: 'row',
          fields: [
            {
              name: 'maxLength',
              type: 'number',
              required: true,
              defaultValue: 80,
              min: 1,
              label: { fr: 'Longueur maximale', en: 'Maximum length' },
              admin: { width: '25%', step: 1, description: { fr: 'En caractères.', en: 'In characters.' } },
            },
            {
              name: 'required',
              type: 'checkbox',
              defaultValue: false,
              label: { fr: 'Obligatoire', en: 'Required' },
              admin: { width: '25%' },
            },
            {
              name: 'defaultValue',
              type: 'text',
              localized: true,
              label: { fr: 'Valeur par défaut', en: 'Default value' },
              admin: {
                width: '50%',
                description: {
                  fr: 'Pré-remplie dans le formulaire. Date : AAAA-MM-JJ ; heure : HH:MM ; adresse web : https://…',
                  en: 'Pre-filled in the form. Date: YYYY-MM-DD; time: HH:MM; web address: https://…',
                },
              },
            },
          ],
        },
      ],
    },
    {
      name: 'legal',
      type: 'group',
      label: { fr: 'Mention légale', en: 'Legal mention' },
      admin: {
        condition: (data) => isPrintSource(data as TemplateSource),
        description: {
          fr: 'Obligatoire sur les formats imprimés : « IPNS — Imprimé par nos soins » ou le nom et l’adresse de l’imprimeur (au choix de la personne), puis « Ne pas jeter sur la voie publique ». Prévoyez deux ou trois lignes.',
          en: 'Required on print formats: “IPNS — Imprimé par nos soins” or the printer’s name and address (the person chooses), then “Ne pas jeter sur la voie publique”. Allow two or three lines.',
        },
      },
      fields: [boxGroup({ legal: true }), styleGroup({ minSize: 5, maxSize: 7 })],
    },
    themesField,
    publishedAtField,
  ],
}
