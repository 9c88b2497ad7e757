import type { CollectionConfig } from 'payload'

import { admins, adminsField } from '../../access/admins'
import { nobody } from '../../access/nobody'
import { adminsOrOrganisersOfTheEvent } from '../../access/organisers'
import { hasRole } from '../../access/roles'
import { locales } from '../../../publication/locales'
import { exportRegistrations } from '../../registrations/registrationsCsv'
import { seatsOfParty } from '../../registrations/seats'
import { mobilisationGroup } from '../shared'
import { moveSeatsWithStatus } from './hooks/moveSeatsWithStatus'

export const registrationStatuses = [
  { value: 'confirmed', label: { fr: 'Confirmée', en: 'Confirmed' } },
  { value: 'waitlisted', label: { fr: 'En liste d’attente', en: 'Waitlisted' } },
  { value: 'cancelled', label: { fr: 'Annulée', en: 'Cancelled' } },
  { value: 'attended', label: { fr: 'Présente', en: 'Attended' } },
]

/**
 * Inscriptions: personal data (a person's name, email and, by signing up, a political opinion).
 * Written by the public sign-up endpoint, read by admins and the event's organisers only; never
 * exported to the site, never indexed, not in GraphQL. Organisers change the status alone.
 */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: { fr: 'Inscription', en: 'Registration' }, plural: { fr: 'Inscriptions', en: 'Registrations' } },
  admin: {
    useAsTitle: 'firstName',
    defaultColumns: ['firstName', 'event', 'status', 'seats', 'createdAt'],
    group: mobilisationGroup,
    hidden: ({ user }) => !hasRole(user, 'admin', 'organiser'),
    // Filtered on one event: its counts and CSV export above the list.
    components: { beforeList: ['/cms/components/organisers/RegistrationsOfEvent#RegistrationsOfEvent'] },
  },
  graphQL: false,
  defaultSort: 'createdAt',
  // One registration per person and event: a second sign-up finds the first.
  indexes: [{ fields: ['event', 'email'], unique: true }],
  access: {
    read: adminsOrOrganisersOfTheEvent,
    create: admins,
    update: adminsOrOrganisersOfTheEvent,
    delete: admins,
  },
  // A status changed by staff moves the person's seats with it, or is refused.
  hooks: { beforeChange: [moveSeatsWithStatus] },
  endpoints: [exportRegistrations],
  fields: [
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      required: true,
      index: true,
      access: { update: nobody },
      label: { fr: 'Événement', en: 'Event' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'firstName',
          type: 'text',
          required: true,
          maxLength: 80,
          access: { update: adminsField },
          label: { fr: 'Prénom', en: 'First name' },
        },
        { name: 'email', type: 'email', required: true, access: { update: nobody }, label: { fr: 'E-mail', en: 'Email' } },
        { name: 'phone', type: 'text', maxLength: 30, access: { update: adminsField }, label: { fr: 'Téléphone', en: 'Phone' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'guests',
          type: 'number',
          min: 0,
          max: 10,
          defaultValue: 0,
          access: { update: nobody },
          label: { fr: 'Accompagnant·es', en: 'Guests' },
        },
        {
          name: 'seats',
          type: 'number',
          min: 1,
          access: { update: nobody },
          hooks: { beforeChange: [({ siblingData }) => seatsOfParty(Number((siblingData as { guests?: number }).guests ?? 0))] },
          label: { fr: 'Places', en: 'Seats' },
          admin: { readOnly: true, description: { fr: 'La personne et ses accompagnant·es.', en: 'The person and their guests.' } },
        },
        {
          name: 'language',
          type: 'select',
          required: true,
          options: locales.map((locale) => ({ value: locale.code, label: locale.label })),
          access: { update: nobody },
          label: { fr: 'Langue', en: 'Language' },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'confirmed',
      options: registrationStatuses,
      label: { fr: 'État', en: 'Status' },
    },
    {
      name: 'consent',
      type: 'group',
      access: { update: nobody },
      label: { fr: 'Consentement', en: 'Consent' },
      fields: [
        { name: 'text', type: 'textarea', required: true, label: { fr: 'Texte accepté', en: 'Text agreed to' } },
        {
          name: 'at',
          type: 'date',
          required: true,
          label: { fr: 'Date', en: 'Date' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      // The personal cancel link's token, hashed (SHA-256): a leak of the table does not let anyone cancel.
      name: 'cancelTokenHash',
      type: 'text',
      required: true,
      unique: true,
      access: { read: nobody, update: nobody },
      admin: { hidden: true },
    },
    {
      // When the reminder was queued: set by one conditional update (cms/jobs/reminders.ts), so it is sent once.
      name: 'remindedAt',
      type: 'date',
      access: { update: nobody },
      admin: { hidden: true },
    },
  ],
}
