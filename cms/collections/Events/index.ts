import type { CollectionConfig, DateFieldValidation, FieldHook } from 'payload'

import { authenticated } from '../../access/authenticated'
import { authenticatedOrPublished } from '../../access/authenticatedOrPublished'
import { editorsAndAdmins } from '../../access/editorsAndAdmins'
import { editorsAdminsOrOrganisers, editorsTranslatorsOrTheirOrganisers } from '../../access/organisers'
import { editorWithoutUploads } from '../../fields/editorWithoutUploads'
import { eventTimeField } from '../../fields/eventTime'
import { coordinateFields, departmentField, postcodeField } from '../../fields/place'
import { publishedAtField } from '../../fields/publishing'
import { slugField } from '../../fields/slug'
import { themesField } from '../../fields/themes'
import { urlField } from '../../fields/url'
import { hubT } from '../../i18n/hubT'
import { publishable, mobilisationGroup } from '../shared'
import { raiseCalendarSequence } from './hooks/calendarSequence'
import { checkEvent } from './hooks/checkEvent'
import { eraseRegistrations } from './hooks/eraseRegistrations'
import { notifyRegistrants } from './hooks/notifyRegistrants'

export const eventStatuses = [
  { value: 'scheduled', label: { fr: 'Prévu', en: 'Scheduled' } },
  { value: 'postponed', label: { fr: 'Reporté', en: 'Postponed' } },
  { value: 'cancelled', label: { fr: 'Annulé', en: 'Cancelled' } },
]

export const registrationModes = [
  { value: 'site', label: { fr: 'Sur ce site', en: 'On this site' } },
  { value: 'none', label: { fr: 'Sans inscription', en: 'No registration' } },
  { value: 'external', label: { fr: 'Lien externe', en: 'External link' } },
]

const endsAfterStart: DateFieldValidation = (value, { req, siblingData }) => {
  const startsAt = (siblingData as { startsAt?: string }).startsAt
  if (!value) return req.t('validation:required')
  return !startsAt || new Date(value) > new Date(startsAt) || hubT(req, 'eventEndsBeforeStart')
}

const closesAfterOpening: DateFieldValidation = (value, { req, siblingData }) => {
  const opensAt = (siblingData as { opensAt?: string | null }).opensAt
  return !value || !opensAt || new Date(value) > new Date(opensAt) || hubT(req, 'registrationClosesBeforeOpening')
}

/** What an anonymous reader gets instead of a link sent to registrants only: that there is one. */
const onlineLinkForRegistrants = 'registrants-only'

/**
 * The online link, given to staff (signed in), to internal reads (overrideAccess: the emails that
 * send it to registrants) and to anyone when it is public. Anyone else (the public API, the site's
 * snapshot) learns only that the event has one, so the site can say "sent to registrants": not
 * field access, which would drop the field and with it that the event is online. Reads without
 * access never save (an update needs a user or overrideAccess), so the stand-in is never written.
 */
const staffOrPublicLink: FieldHook = ({ overrideAccess, req, siblingData, value }) =>
  !value || overrideAccess || req.user || (siblingData as { visibility?: string } | undefined)?.visibility === 'public'
    ? value
    : onlineLinkForRegistrants

const whenRegisteringHere = (_: unknown, sibling: { mode?: string }) => sibling.mode === 'site'

/**
 * Événements: what the agenda lists and people sign up to. Drafted, versioned and scheduled like
 * other content; organisers create and publish their groups' events (cms/access/organisers.ts).
 */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: { fr: 'Événement', en: 'Event' }, plural: { fr: 'Événements', en: 'Events' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'startsAt', 'eventStatus', '_status'], group: mobilisationGroup },
  defaultSort: 'startsAt',
  ...publishable,
  access: {
    read: authenticatedOrPublished,
    readVersions: authenticated,
    create: editorsAdminsOrOrganisers,
    update: editorsTranslatorsOrTheirOrganisers,
    delete: editorsAndAdmins,
  },
  hooks: {
    ...publishable.hooks,
    beforeValidate: [...publishable.hooks.beforeValidate, checkEvent],
    beforeChange: [raiseCalendarSequence],
    afterChange: [notifyRegistrants],
    beforeDelete: [eraseRegistrations],
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 140, label: { fr: 'Titre', en: 'Title' } },
    slugField(),
    { name: 'summary', type: 'textarea', localized: true, required: true, maxLength: 300, label: { fr: 'Résumé', en: 'Summary' } },
    {
      name: 'description',
      type: 'richText',
      editor: editorWithoutUploads,
      localized: true,
      label: { fr: 'Description', en: 'Description' },
    },
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'relationship', relationTo: 'event-types', required: true, index: true, label: { fr: 'Type', en: 'Type' } },
        {
          // Not `status`: Payload's drafts own that name's database type (`_status`).
          name: 'eventStatus',
          type: 'select',
          required: true,
          defaultValue: 'scheduled',
          index: true,
          options: eventStatuses,
          label: { fr: 'État', en: 'Status' },
        },
      ],
    },
    {
      name: 'organisers',
      type: 'relationship',
      relationTo: 'action-groups',
      hasMany: true,
      required: true,
      minRows: 1,
      index: true,
      label: { fr: 'Groupes organisateurs', en: 'Organising groups' },
    },
    {
      type: 'row',
      fields: [
        eventTimeField({ name: 'startsAt', required: true, label: { fr: 'Début', en: 'Starts' } }),
        eventTimeField({ name: 'endsAt', required: true, label: { fr: 'Fin', en: 'Ends' }, validate: endsAfterStart }),
      ],
    },
    {
      name: 'place',
      type: 'group',
      label: { fr: 'Lieu', en: 'Place' },
      admin: { description: { fr: 'Un lieu, un lien en ligne, ou les deux.', en: 'A place, an online link, or both.' } },
      fields: [
        { name: 'venue', type: 'text', maxLength: 140, label: { fr: 'Nom du lieu', en: 'Venue' } },
        { name: 'address', type: 'text', maxLength: 200, label: { fr: 'Adresse', en: 'Address' } },
        {
          type: 'row',
          fields: [
            postcodeField,
            { name: 'city', type: 'text', maxLength: 120, label: { fr: 'Ville', en: 'City' } },
            departmentField(),
            { name: 'country', type: 'text', defaultValue: 'FR', maxLength: 2, label: { fr: 'Pays (code)', en: 'Country (code)' } },
          ],
        },
        { type: 'row', fields: coordinateFields },
      ],
    },
    {
      name: 'online',
      type: 'group',
      label: { fr: 'En ligne', en: 'Online' },
      fields: [
        {
          ...urlField({ name: 'url', label: { fr: 'Lien de connexion', en: 'Link to join' } }),
          hooks: { afterRead: [staffOrPublicLink] },
        },
        {
          name: 'visibility',
          type: 'select',
          defaultValue: 'registrants',
          options: [
            { value: 'registrants', label: { fr: 'Envoyé aux inscrit·es seulement', en: 'Sent to registrants only' } },
            { value: 'public', label: { fr: 'Public, sur la page', en: 'Public, on the page' } },
          ],
          label: { fr: 'Qui voit le lien', en: 'Who sees the link' },
        },
      ],
    },
    { name: 'accessibility', type: 'textarea', localized: true, maxLength: 600, label: { fr: 'Accessibilité', en: 'Accessibility' } },
    { name: 'image', type: 'upload', relationTo: 'visuals', label: { fr: 'Image', en: 'Image' } },
    {
      name: 'registration',
      type: 'group',
      label: { fr: 'Inscriptions', en: 'Registration' },
      fields: [
        {
          name: 'mode',
          type: 'select',
          required: true,
          defaultValue: 'site',
          options: registrationModes,
          label: { fr: 'Inscription', en: 'Registration' },
        },
        urlField({ name: 'externalUrl', label: { fr: 'Lien d’inscription externe', en: 'External registration link' } }),
        {
          type: 'row',
          admin: { condition: whenRegisteringHere },
          fields: [
            {
              name: 'capacity',
              type: 'number',
              min: 1,
              label: { fr: 'Places', en: 'Seats' },
              admin: { description: { fr: 'Vide : sans limite.', en: 'Empty: unlimited.' } },
            },
            {
              name: 'maxGuests',
              type: 'number',
              min: 0,
              max: 10,
              defaultValue: 0,
              label: { fr: 'Accompagnant·es par personne', en: 'Guests per person' },
            },
            { name: 'waitlist', type: 'checkbox', defaultValue: true, label: { fr: 'Liste d’attente', en: 'Waitlist' } },
            {
              name: 'askPhone',
              type: 'checkbox',
              defaultValue: false,
              label: { fr: 'Demander le téléphone', en: 'Ask for a phone number' },
            },
          ],
        },
        {
          type: 'row',
          admin: { condition: whenRegisteringHere },
          fields: [
            { name: 'opensAt', type: 'date', label: { fr: 'Ouverture', en: 'Opens' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            {
              name: 'closesAt',
              type: 'date',
              label: { fr: 'Clôture', en: 'Closes' },
              admin: {
                date: { pickerAppearance: 'dayAndTime' },
                description: { fr: 'Vide : au début de l’événement.', en: 'Empty: when the event starts.' },
              },
              validate: closesAfterOpening,
            },
          ],
        },
      ],
    },
    {
      name: 'resources',
      type: 'relationship',
      relationTo: ['trainings', 'tract-templates', 'videos', 'sheets'],
      hasMany: true,
      label: { fr: 'Ressources liées', en: 'Linked resources' },
      admin: {
        description: {
          fr: 'Une session de formation renvoie à sa formation, une action de rue à son tract.',
          en: 'A training session links its training, a street action its leaflet.',
        },
      },
    },
    themesField,
    publishedAtField,
    {
      // iCalendar's SEQUENCE, set by raiseCalendarSequence alone: calendars replace their entry when it rises.
      name: 'calendarSequence',
      type: 'number',
      defaultValue: 0,
      min: 0,
      admin: { hidden: true, readOnly: true },
    },
    {
      // Counts, the registrations list and the CSV export, for those who may see them (a ui field: no column).
      name: 'registrationsPanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/cms/components/organisers/EventRegistrationsField#EventRegistrationsField' } },
    },
  ],
}
