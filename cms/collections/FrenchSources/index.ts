import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/nobody'
import { hasRole } from '../../access/roles'
import { settingsGroup } from '../shared'

/**
 * French texts that translations were made from, by hash: what the document view shows as "the
 * French then" beside the French now, for an outdated translation. Versions could not serve: a
 * document keeps its last 50, and a translation may be older. Public text only; written by the server.
 */
export const FrenchSources: CollectionConfig = {
  slug: 'french-sources',
  labels: { singular: { fr: 'Source française', en: 'French source' }, plural: { fr: 'Sources françaises', en: 'French sources' } },
  admin: { hidden: true, group: settingsGroup },
  graphQL: false,
  access: {
    read: ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'translator'),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'hash', type: 'text', required: true, unique: true },
    { name: 'value', type: 'json', required: true },
  ],
}
