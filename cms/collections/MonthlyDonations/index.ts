import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/nobody'
import { hasRole } from '../../access/roles'
import { adminsAndTreasurers } from '../../access/treasurers'
import { amountFields, donorFields, momentField } from '../../fields/donation'
import { moneyGroup } from '../shared'

/**
 * Dons mensuels: a Stripe subscription, its amount and its split. Each month's payment is a
 * donation of its own (`donations`, with this split as it was that month). The donor changes the
 * split or cancels from a signed link in their email (only its hash is kept). Read by admins and
 * treasurers only, written by the server alone.
 */
export const MonthlyDonations: CollectionConfig = {
  slug: 'monthly-donations',
  labels: { singular: { fr: 'Don mensuel', en: 'Monthly donation' }, plural: { fr: 'Dons mensuels', en: 'Monthly donations' } },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['id', 'amountCents', 'status', 'nextPaymentAt'],
    group: moneyGroup,
    hidden: ({ user }) => !hasRole(user, 'admin', 'treasurer'),
  },
  graphQL: false,
  defaultSort: '-createdAt',
  access: { read: adminsAndTreasurers, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'pending',
          index: true,
          options: [
            { value: 'pending', label: { fr: 'En attente du premier paiement', en: 'Awaiting the first payment' } },
            { value: 'active', label: { fr: 'Actif', en: 'Active' } },
            { value: 'past-due', label: { fr: 'Paiement en échec', en: 'Payment failed' } },
            { value: 'cancelled', label: { fr: 'Arrêté', en: 'Cancelled' } },
          ],
          label: { fr: 'État', en: 'Status' },
        },
        momentField('nextPaymentAt', { fr: 'Prochain paiement', en: 'Next payment' }),
        momentField('cancelledAt', { fr: 'Arrêté le', en: 'Cancelled on' }),
      ],
    },
    // The donor's earlier monthly donation this one replaces: stopped when this one's first payment succeeds.
    {
      name: 'replaces',
      type: 'relationship',
      relationTo: 'monthly-donations',
      label: { fr: 'Remplace le don mensuel', en: 'Replaces the monthly donation' },
    },
    ...amountFields,
    ...donorFields,
    {
      name: 'stripe',
      type: 'group',
      label: 'Stripe',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'checkoutSessionId', type: 'text', unique: true, label: { fr: 'Session de paiement', en: 'Checkout session' } },
            { name: 'subscriptionId', type: 'text', unique: true, label: 'Subscription' },
            { name: 'customerId', type: 'text', index: true, label: 'Customer' },
          ],
        },
      ],
    },
    // The donor's link to change or stop it: only a hash, never readable, as the cancel links of sign-ups.
    { name: 'manageTokenHash', type: 'text', unique: true, access: { read: nobody }, admin: { hidden: true } },
  ],
}
