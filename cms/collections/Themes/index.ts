import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { publicReadAccess } from '../../access/publicReadAccess'
import { slugField } from '../../fields/slug'
import { restrictTranslators } from '../../hooks/restrictTranslators'
import { hubT } from '../../i18n/hubT'
import { contrastRatio } from '../../utilities/contrast'
import { contentGroup } from '../shared'

const validateColourUnderWhiteText: TextFieldSingleValidation = (value, { req }) => {
  const ratio = value ? contrastRatio(value, '#ffffff') : null
  if (ratio !== null && ratio >= 4.5) return true
  return hubT(req, 'colourInvalid', { ratio: ratio === null ? '?' : ratio.toFixed(1) })
}

/** The taxonomy every resource is filed under. Not drafted: a theme exists or it does not. */
export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: { singular: { fr: 'Thème', en: 'Theme' }, plural: { fr: 'Thèmes', en: 'Themes' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'colour'], group: contentGroup },
  access: publicReadAccess,
  hooks: { beforeValidate: [restrictTranslators] },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: { fr: 'Nom', en: 'Name' } },
    slugField('name'),
    { name: 'description', type: 'textarea', localized: true, label: { fr: 'Description', en: 'Description' } },
    {
      name: 'colour',
      type: 'text',
      required: true,
      defaultValue: '#8a2a1f',
      label: { fr: 'Couleur', en: 'Colour' },
      admin: { description: { fr: 'Fond des étiquettes, sous du texte blanc.', en: 'Background of tags, under white text.' } },
      validate: validateColourUnderWhiteText,
    },
  ],
}
