import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/nobody'
import { hasRole } from '../../access/roles'
import { adminsAndTreasurers } from '../../access/treasurers'
import { amountFields, donorFields, momentField } from '../../fields/donation'
import { moneyGroup } from '../shared'

export const donationStatuses = [
  { value: 'pending', label: { fr: 'En attente du paiement', en: 'Awaiting payment' } },
  { value: 'succeeded', label: { fr: 'Réussi', en: 'Succeeded' } },
  { value: 'failed', label: { fr: 'Échoué', en: 'Failed' } },
  { value: 'expired', label: { fr: 'Abandonné', en: 'Abandoned' } },
  { value: 'refunded', label: { fr: 'Remboursé', en: 'Refunded' } },
  { value: 'disputed', label: { fr: 'Contesté', en: 'Disputed' } },
]

/**
 * Dons: one payment each, a one-off donation or one month of a monthly donation (with that
 * monthly donation's split). Personal data and money: read by admins and treasurers only, written
 * by the server alone (the donation endpoint, Stripe's webhooks); never exported to the site,
 * never indexed, not in GraphQL. Stripe's metadata holds only this row's id.
 */
export const Donations: CollectionConfig = {
  slug: 'donations',
  labels: { singular: { fr: 'Don', en: 'Donation' }, plural: { fr: 'Dons', en: 'Donations' } },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['id', 'amountCents', 'frequency', 'status', 'succeededAt'],
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
          name: 'frequency',
          type: 'select',
          required: true,
          options: [
            { value: 'once', label: { fr: 'Ponctuel', en: 'One-off' } },
            { value: 'monthly', label: { fr: 'Mensuel', en: 'Monthly' } },
          ],
          label: { fr: 'Fréquence', en: 'Frequency' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'pending',
          index: true,
          options: donationStatuses,
          label: { fr: 'État', en: 'Status' },
        },
        {
          name: 'monthlyDonation',
          type: 'relationship',
          relationTo: 'monthly-donations',
          index: true,
          admin: { condition: (data) => data.frequency === 'monthly' },
          label: { fr: 'Don mensuel', en: 'Monthly donation' },
        },
      ],
    },
    ...amountFields,
    {
      type: 'row',
      fields: [
        momentField('succeededAt', { fr: 'Payé le', en: 'Paid on' }, { index: true }),
        // The calendar year in France the payment counts in, for the law's yearly cap.
        { name: 'capYear', type: 'number', index: true, label: { fr: 'Année (plafond légal)', en: 'Year (legal cap)' } },
        {
          name: 'refundedBecause',
          type: 'select',
          options: [
            // Confirmed by Stripe after another of the person's payments: the law's yearly cap would be crossed.
            { value: 'over-cap', label: { fr: 'Plafond légal dépassé', en: 'Over the legal cap' } },
            { value: 'stripe', label: { fr: 'Remboursé depuis Stripe', en: 'Refunded from Stripe' } },
            // The card holder's bank took the money back.
            { value: 'dispute', label: { fr: 'Contestation perdue', en: 'Dispute lost' } },
          ],
          admin: { condition: (data) => data.status === 'refunded' },
          label: { fr: 'Motif du remboursement', en: 'Refund reason' },
        },
      ],
    },
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
            { name: 'paymentIntentId', type: 'text', index: true, label: 'PaymentIntent' },
            // A monthly payment: one row per invoice, whatever how often Stripe tells of it.
            { name: 'invoiceId', type: 'text', unique: true, label: { fr: 'Facture', en: 'Invoice' } },
          ],
        },
      ],
    },
  ],
}
