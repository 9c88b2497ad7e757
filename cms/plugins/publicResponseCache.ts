import type { Plugin } from 'payload'

import { invalidatePublicResponses } from '../cache/publicResponses'

/** Empties the public API cache whenever any document is saved or deleted (scheduled publications included). */
export const publicResponseCache: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), () => invalidatePublicResponses()],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), () => invalidatePublicResponses()],
    },
  })),
})
