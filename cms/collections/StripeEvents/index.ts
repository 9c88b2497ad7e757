import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/nobody'
import { adminsAndTreasurers } from '../../access/treasurers'
import { moneyGroup } from '../shared'

/**
 * The Stripe events the webhook route has processed: their ids (unique) and types, nothing of
 * their content. An event Stripe delivers again is answered at once and changes nothing; the
 * treasurer can tell what Stripe said when, for the reconciliation. Written by the server alone.
 */
export const StripeEvents: CollectionConfig = {
  slug: 'stripe-events',
  labels: { singular: { fr: 'Événement Stripe', en: 'Stripe event' }, plural: { fr: 'Événements Stripe', en: 'Stripe events' } },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['eventId', 'type', 'createdAt'],
    group: moneyGroup,
    hidden: true,
  },
  graphQL: false,
  defaultSort: '-createdAt',
  access: { read: adminsAndTreasurers, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'eventId', type: 'text', required: true, unique: true, label: { fr: 'Identifiant', en: 'Id' } },
    { name: 'type', type: 'text', required: true, label: 'Type' },
  ],
}
