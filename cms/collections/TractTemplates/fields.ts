/** The geometry and text-style fields of tract templates, with their checks and the editor's explanations of units. */
import type { GroupField, NumberField, NumberFieldSingleValidation, TextField, TextFieldSingleValidation } from 'payload'
import { number } from 'payload/shared'

import { hubT } from '../../i18n/hubT'
import { alignments, type FontId, fontIds } from '../../../tracts/template'

export const isHexColour = (value: unknown): boolean => typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)

const validateColour: TextFieldSingleValidation = (value, { req, required }) => {
  if (!value) return required ? req.t('validation:required') : true
  return isHexColour(value) || hubT(req, 'tractColourInvalid')
}

/** A colour as the engine reads it: `#rrggbb`. */
export const colourField = (name: string, label: TextField['label'], defaultValue: string): TextField => ({
  name,
  type: 'text',
  required: true,
  defaultValue,
  label,
  validate: validateColour,
  admin: { width: '25%', placeholder: '#000000', description: { fr: 'Au format #rrggbb.', en: 'As #rrggbb.' } },
})

const validatePositive: NumberFieldSingleValidation = (value, options) => {
  const base = number(value, options)
  if (base !== true) return base
  return value === null || value === undefined || (value as number) > 0 || hubT(options.req, 'tractPositive')
}

/**
 * A legal zone is either absent (which the template check refuses on print
 * formats when publishing) or placed: as soon as one of its numbers is filled,
 * all four are needed.
 */
const validateLegalBoxNumber =
  (positive: boolean): NumberFieldSingleValidation =>
  (value, options) => {
    const box = (options.siblingData ?? {}) as Record<string, unknown>
    const started = ['x', 'y', 'width', 'height'].some((key) => typeof box[key] === 'number')
    if ((value === null || value === undefined) && started) return options.req.t('validation:required')
    return positive ? validatePositive(value, options) : number(value, options)
  }

const boxNumber = (name: 'x' | 'y' | 'width' | 'height', label: NumberField['label'], legal: boolean): NumberField => {
  const positive = name === 'width' || name === 'height'
  return {
    name,
    type: 'number',
    required: !legal,
    min: 0,
    label,
    admin: { width: '25%', step: 0.5 },
    ...(legal ? { validate: validateLegalBoxNumber(positive) } : positive ? { validate: validatePositive } : {}),
  }
}

/** Where a text goes, in the page's unit, from the top-left corner of the trimmed page. */
export const boxGroup = ({ legal }: { legal: boolean }): GroupField => ({
  name: 'box',
  type: 'group',
  label: { fr: 'Cadre', en: 'Box' },
  admin: {
    description: {
      fr: 'En mm pour les formats imprimés (A5, A4, A3, sur mesure en mm), en px pour les formats réseaux sociaux (carré, story, sur mesure en px). Mesuré depuis le coin haut gauche de la page rognée (fond perdu exclu) ; le cadre doit tenir dans la page.',
      en: 'In mm for print formats (A5, A4, A3, custom in mm), in px for social formats (square, story, custom in px). Measured from the top-left corner of the trimmed page (bleed excluded); the box must fit in the page.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        boxNumber('x', { fr: 'x (depuis la gauche)', en: 'x (from the left)' }, legal),
        boxNumber('y', { fr: 'y (depuis le haut)', en: 'y (from the top)' }, legal),
        boxNumber('width', { fr: 'Largeur', en: 'Width' }, legal),
        boxNumber('height', { fr: 'Hauteur', en: 'Height' }, legal),
      ],
    },
  ],
})

const fontLabels: Record<FontId, string> = {
  inter: 'Inter',
  'inter-bold': 'Inter Bold',
  'inter-black': 'Inter Black',
  anton: 'Anton',
  'noto-sans-arabic': 'Noto Sans Arabic',
  'noto-sans-arabic-bold': 'Noto Sans Arabic Bold',
}

const alignmentLabels = {
  start: { fr: 'Début de ligne', en: 'Start of line' },
  center: { fr: 'Centré', en: 'Centred' },
  end: { fr: 'Fin de ligne', en: 'End of line' },
}

const sizeField = (name: 'minSize' | 'maxSize', label: NumberField['label'], defaultValue: number): NumberField => ({
  name,
  type: 'number',
  required: true,
  min: 0,
  defaultValue,
  label,
  validate: validatePositive,
  admin: { width: '25%', step: 0.5 },
})

/** How a text is set: a bundled font, a size range to shrink within, a colour and an alignment. */
export const styleGroup = (defaults: { minSize: number; maxSize: number }): GroupField => ({
  name: 'style',
  type: 'group',
  label: { fr: 'Texte', en: 'Text' },
  admin: {
    description: {
      fr: 'Tailles en points (pt) pour les formats imprimés, en pixels (px) pour les réseaux sociaux. Le texte part de la taille maximale et rétrécit jusqu’à la minimale pour tenir dans son cadre ; au-delà, la personne est prévenue avant de télécharger. « Début de ligne » est la gauche en français, la droite en arabe.',
      en: 'Sizes in points (pt) for print formats, in pixels (px) for social formats. Text starts at the maximum size and shrinks down to the minimum to fit its box; beyond that, the person is warned before downloading. “Start of line” is the left in English, the right in Arabic.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'font',
          type: 'select',
          required: true,
          defaultValue: 'inter',
          label: { fr: 'Police', en: 'Font' },
          options: fontIds.map((id) => ({ value: id, label: fontLabels[id] })),
          admin: { width: '50%' },
        },
        {
          name: 'align',
          type: 'select',
          required: true,
          defaultValue: 'start',
          label: { fr: 'Alignement', en: 'Alignment' },
          options: alignments.map((value) => ({ value, label: alignmentLabels[value] })),
          admin: { width: '50%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        sizeField('minSize', { fr: 'Taille minimale', en: 'Minimum size' }, defaults.minSize),
        sizeField('maxSize', { fr: 'Taille maximale', en: 'Maximum size' }, defaults.maxSize),
        colourField('colour', { fr: 'Couleur', en: 'Colour' }, '#000000'),
      ],
    },
  ],
})
