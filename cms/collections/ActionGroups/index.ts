import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { editorsAndAdmins } from '../../access/editorsAndAdmins'
import { editorsOrTranslatorsInTheirLocales } from '../../access/editorsOrTranslatorsInTheirLocales'
import { editorWithoutUploads } from '../../fields/editorWithoutUploads'
import { coordinateFields, departmentField, postcodeField } from '../../fields/place'
import { slugField } from '../../fields/slug'
import { themesField } from '../../fields/themes'
import { urlField } from '../../fields/url'
import { restrictTranslators } from '../../hooks/restrictTranslators'
import { mobilisationGroup } from '../shared'

export const groupKinds = [
  { value: 'local', label: { fr: 'Local', en: 'Local' } },
  { value: 'thematic', label: { fr: 'Thématique', en: 'Thematic' } },
]

/**
 * Groupes d'action: the movement's local and thematic groups. Public, and never a person's own
 * data: the contact address is the group's. Not drafted; an inactive group leaves the site.
 */
export const ActionGroups: CollectionConfig = {
  slug: 'action-groups',
  labels: { singular: { fr: 'Groupe d’action', en: 'Action group' }, plural: { fr: 'Groupes d’action', en: 'Action groups' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'city', 'department', 'active'], group: mobilisationGroup },
  access: {
    read: anyone,
    create: editorsAndAdmins,
    update: editorsOrTranslatorsInTheirLocales,
    delete: editorsAndAdmins,
  },
  hooks: { beforeValidate: [restrictTranslators] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { fr: 'Nom', en: 'Name' } },
    slugField('name'),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'local',
          index: true,
          options: groupKinds,
          label: { fr: 'Type', en: 'Kind' },
        },
        { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: { fr: 'Actif', en: 'Active' } },
      ],
    },
    {
      name: 'description',
      type: 'richText',
      editor: editorWithoutUploads,
      localized: true,
      label: { fr: 'Présentation', en: 'Description' },
    },
    {
      type: 'row',
      fields: [{ name: 'city', type: 'text', maxLength: 120, label: { fr: 'Ville', en: 'City' } }, postcodeField, departmentField()],
    },
    { type: 'row', fields: coordinateFields },
    themesField,
    {
      name: 'contactEmail',
      type: 'email',
      label: { fr: 'Adresse de contact du groupe', en: 'Group contact address' },
      admin: {
        description: {
          fr: 'Publiée sur le site : l’adresse du groupe, jamais celle d’une personne.',
          en: 'Published on the site: the group’s address, never a person’s own.',
        },
      },
    },
    {
      name: 'socialLinks',
      type: 'array',
      maxRows: 8,
      label: { fr: 'Réseaux', en: 'Social links' },
      labels: { singular: { fr: 'Lien', en: 'Link' }, plural: { fr: 'Liens', en: 'Links' } },
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 40, label: { fr: 'Nom du réseau', en: 'Network' } },
        urlField({ name: 'url', required: true, label: { fr: 'Adresse', en: 'Address' } }),
      ],
    },
    { name: 'logo', type: 'upload', relationTo: 'visuals', label: { fr: 'Logo', en: 'Logo' }, admin: { position: 'sidebar' } },
  ],
}
