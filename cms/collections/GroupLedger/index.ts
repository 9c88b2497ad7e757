import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/nobody'
import { hasRole } from '../../access/roles'
import { treasurersOrTheGroupsOrganisers } from '../../access/treasurers'
import { moneyGroup } from '../shared'

/**
 * Each action group's account, as a ledger: a share of a donation is credited when its payment
 * succeeds, reversed by a row of its own on a refund or a dispute, and credited again when the
 * organisation wins the dispute. No row is ever edited or deleted, not even by an admin; a group's
 * balance is the sum of its rows. One row per share and reason (unique), however often Stripe
 * tells of the same payment. Rows carry
 * amounts and dates, never a donor: an organiser reads their own groups' rows.
 */
export const GroupLedger: CollectionConfig = {
  slug: 'group-ledger',
  labels: {
    singular: { fr: 'Écriture de compte de groupe', en: 'Group account entry' },
    plural: { fr: 'Comptes des groupes', en: 'Group accounts' },
  },
  admin: {
    defaultColumns: ['group', 'kind', 'reason', 'cents', 'createdAt'],
    group: moneyGroup,
    hidden: ({ user }) => !hasRole(user, 'admin', 'treasurer', 'organiser'),
  },
  graphQL: false,
  defaultSort: '-createdAt',
  // A share is credited once per reason (its payment; a dispute won) and reversed once per reason (a refund, a dispute).
  indexes: [{ fields: ['donation', 'group', 'kind', 'reason'], unique: true }],
  access: { read: treasurersOrTheGroupsOrganisers, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'group',
          type: 'relationship',
          relationTo: 'action-groups',
          required: true,
          index: true,
          label: { fr: 'Groupe', en: 'Group' },
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: [
            { value: 'credit', label: { fr: 'Crédit', en: 'Credit' } },
            { value: 'reversal', label: { fr: 'Annulation', en: 'Reversal' } },
          ],
          label: { fr: 'Nature', en: 'Kind' },
        },
        {
          name: 'reason',
          type: 'select',
          required: true,
          options: [
            { value: 'payment', label: { fr: 'Don reçu', en: 'Donation received' } },
            { value: 'refund', label: { fr: 'Remboursement', en: 'Refund' } },
            { value: 'dispute', label: { fr: 'Contestation', en: 'Dispute' } },
            { value: 'dispute-won', label: { fr: 'Contestation gagnée', en: 'Dispute won' } },
          ],
          label: { fr: 'Motif', en: 'Reason' },
        },
        // Credited: above zero; a reversal: below zero.
        { name: 'cents', type: 'number', required: true, label: { fr: 'Montant (centimes)', en: 'Amount (cents)' } },
      ],
    },
    // The donation's id only: an organiser who reads this row cannot read the donation.
    { name: 'donation', type: 'relationship', relationTo: 'donations', required: true, index: true, label: { fr: 'Don', en: 'Donation' } },
  ],
}
