import type { CollectionConfig } from 'payload'

import { publicReadAccess } from '../../access/publicReadAccess'
import { slugField } from '../../fields/slug'
import { restrictTranslators } from '../../hooks/restrictTranslators'
import { mobilisationGroup } from '../shared'

/** The kinds of event (public meeting, street action, door-to-door…): a list editors keep. */
export const EventTypes: CollectionConfig = {
  slug: 'event-types',
  labels: { singular: { fr: 'Type d’événement', en: 'Event type' }, plural: { fr: 'Types d’événement', en: 'Event types' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order'], group: mobilisationGroup },
  access: publicReadAccess,
  defaultSort: 'order',
  hooks: { beforeValidate: [restrictTranslators] },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, maxLength: 60, label: { fr: 'Nom', en: 'Name' } },
    slugField('name'),
    { name: 'order', type: 'number', defaultValue: 1, min: 0, label: { fr: 'Ordre', en: 'Order' } },
  ],
}
