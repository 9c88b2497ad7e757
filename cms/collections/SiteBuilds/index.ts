import type { CollectionConfig } from 'payload'

import { authenticated } from '../../access/authenticated'
import { nobody } from '../../access/nobody'
import { adminDateFormat } from '../../components/admin/adminDates'
import { siteGroup } from '../shared'

/** Times in the document as on the dashboard: one zone, the same format (the list's cells: cms/plugins/parisDates.ts). */
const shownAsAdminDate = {
  Field: '/cms/components/admin/AdminDate#AdminDateField',
}

export const siteBuildStatuses = ['running', 'succeeded', 'failed'] as const

/**
 * One row per build of the public site: when, why, how long, how many pages,
 * and the build's log. Written by the build only (`overrideAccess`), read by
 * staff; the dashboard shows the latest (components/SiteStatus).
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: { fr: 'Publication du site', en: 'Site build' }, plural: { fr: 'Publications du site', en: 'Site builds' } },
  admin: {
    useAsTitle: 'startedAt',
    defaultColumns: ['startedAt', 'status', 'reason', 'pages', 'durationMs'],
    group: siteGroup,
    description: {
      fr: 'Le site public se reconstruit seul quelques secondes après chaque publication, dépublication ou suppression. Le site précédent reste en ligne pendant la construction, et aussi si elle échoue.',
      en: 'The public site rebuilds itself a few seconds after every publish, unpublish or delete. The previous site stays online during the build, and if it fails.',
    },
  },
  defaultSort: '-startedAt',
  access: { read: authenticated, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: [
        { value: 'running', label: { fr: 'En cours', en: 'Running' } },
        { value: 'succeeded', label: { fr: 'En ligne', en: 'Live' } },
        { value: 'failed', label: { fr: 'Échec', en: 'Failed' } },
      ],
      label: { fr: 'État', en: 'Status' },
    },
    { name: 'reason', type: 'text', label: { fr: 'Déclenchée par', en: 'Triggered by' } },
    {
      name: 'startedAt',
      type: 'date',
      required: true,
      index: true,
      label: { fr: 'Début', en: 'Started' },
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: adminDateFormat }, components: shownAsAdminDate },
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: { fr: 'Fin', en: 'Finished' },
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: adminDateFormat }, components: shownAsAdminDate },
    },
    // Stored in milliseconds (scripts/build-site.ts, jobs/rebuildSite.ts), shown in seconds or minutes.
    {
      name: 'durationMs',
      type: 'number',
      label: { fr: 'Durée', en: 'Duration' },
      admin: {
        components: { Cell: '/cms/components/admin/Duration#DurationCell', Field: '/cms/components/admin/Duration#DurationField' },
      },
    },
    { name: 'pages', type: 'number', label: { fr: 'Pages', en: 'Pages' } },
    { name: 'log', type: 'code', admin: { language: 'plaintext' }, label: { fr: 'Journal', en: 'Log' } },
  ],
}
