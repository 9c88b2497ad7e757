import type { DateField, Field } from 'payload'

import { locales } from '../../publication/locales'

/**
 * What a donation and a monthly donation share: its money (in euro cents, whole numbers) and its
 * split, the donor's identity as the law needs it (loi 88-227, art. 11-4; kept for the CNCCFP's
 * checks, then anonymised), and the language the donor reads. Every field is written by the
 * server (the donation endpoint, Stripe's webhooks), never through the API.
 */

/** When something happened to a donation, to the minute. */
export const momentField = (name: string, label: { fr: string; en: string }, options: { index?: boolean } = {}): DateField => ({
  name,
  type: 'date',
  index: options.index ?? false,
  admin: { date: { pickerAppearance: 'dayAndTime' } },
  label,
})

export const amountFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'amountCents', type: 'number', required: true, min: 1, label: { fr: 'Montant (centimes)', en: 'Amount (cents)' } },
      {
        name: 'nationalCents',
        type: 'number',
        required: true,
        min: 0,
        label: { fr: 'Part nationale (centimes)', en: 'National share (cents)' },
      },
    ],
  },
  {
    name: 'shares',
    type: 'array',
    label: { fr: 'Parts fléchées vers des groupes', en: 'Shares earmarked to groups' },
    fields: [
      { name: 'group', type: 'relationship', relationTo: 'action-groups', required: true, label: { fr: 'Groupe', en: 'Group' } },
      { name: 'cents', type: 'number', required: true, min: 1, label: { fr: 'Montant (centimes)', en: 'Amount (cents)' } },
    ],
  },
]

export const donorFields: Field[] = [
  {
    name: 'donor',
    type: 'group',
    label: { fr: 'Donatrice ou donateur', en: 'Donor' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'firstName', type: 'text', maxLength: 80, label: { fr: 'Prénom', en: 'First name' } },
          { name: 'lastName', type: 'text', maxLength: 80, label: { fr: 'Nom', en: 'Last name' } },
          // Not Payload's email type: an anonymised donation keeps no address.
          { name: 'email', type: 'text', maxLength: 254, index: true, label: { fr: 'E-mail', en: 'Email' } },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'address', type: 'text', maxLength: 200, label: { fr: 'Adresse', en: 'Address' } },
          { name: 'postcode', type: 'text', maxLength: 10, label: { fr: 'Code postal', en: 'Postcode' } },
          { name: 'city', type: 'text', maxLength: 100, label: { fr: 'Ville', en: 'City' } },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'nationality', type: 'text', maxLength: 2, label: { fr: 'Nationalité (ISO)', en: 'Nationality (ISO)' } },
          {
            name: 'residesInFrance',
            type: 'checkbox',
            label: { fr: 'Résidence fiscale en France', en: 'Fiscal residence in France' },
          },
          { name: 'phone', type: 'text', maxLength: 30, label: { fr: 'Téléphone', en: 'Phone' } },
        ],
      },
      {
        // The same person under another address: their name and postcode, lower-cased without accents (cms/donations/).
        name: 'personKey',
        type: 'text',
        index: true,
        admin: { hidden: true },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'language',
        type: 'select',
        required: true,
        defaultValue: 'fr',
        options: locales.map(({ code, label }) => ({ value: code, label })),
        label: { fr: 'Langue', en: 'Language' },
      },
      momentField('certifiedAt', { fr: 'Certification (personne physique, fonds propres)', en: 'Certified (natural person, own money)' }),
      momentField('anonymisedAt', { fr: 'Identité effacée le', en: 'Identity erased on' }),
    ],
  },
]
