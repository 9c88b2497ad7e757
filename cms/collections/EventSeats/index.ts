import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/nobody'

/**
 * Each event's confirmed seats, guests included: the one row sign-ups and cancellations change
 * with a conditional update (cms/registrations/seats.ts), so that capacity holds under any
 * concurrency. Kept apart from the event, whose saves (drafts, versions) would write it back.
 * No API: the sign-up endpoint and the admin's counts read it through the Local API. Once the
 * event's registrations are erased (retention), it keeps how many people were in each state.
 */
export const EventSeats: CollectionConfig = {
  slug: 'event-seats',
  labels: { singular: { fr: 'Places d’un événement', en: 'Event seats' }, plural: { fr: 'Places des événements', en: 'Event seats' } },
  admin: { hidden: true },
  graphQL: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, unique: true, index: true },
    { name: 'confirmedSeats', type: 'number', required: true, defaultValue: 0, min: 0 },
    // What is left of the registrations once erased after the event (cms/jobs/retention.ts): counts, never people.
    { name: 'confirmedPeople', type: 'number', min: 0 },
    { name: 'waitlistedPeople', type: 'number', min: 0 },
    { name: 'cancelledPeople', type: 'number', min: 0 },
    { name: 'attendedPeople', type: 'number', min: 0 },
    { name: 'erasedAt', type: 'date' },
  ],
}
