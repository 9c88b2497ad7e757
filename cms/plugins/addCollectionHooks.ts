import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook, Config } from 'payload'

/** `config` with `afterChange` and `afterDelete` (and `beforeOperation`) hooks appended to the collections named in `slugs`. */
export const addCollectionHooks = (
  config: Config,
  slugs: readonly string[],
  hooks: {
    afterChange: CollectionAfterChangeHook
    afterDelete: CollectionAfterDeleteHook
    beforeOperation?: CollectionBeforeOperationHook
  },
): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    slugs.includes(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeOperation: [...(collection.hooks?.beforeOperation ?? []), ...(hooks.beforeOperation ? [hooks.beforeOperation] : [])],
            afterChange: [...(collection.hooks?.afterChange ?? []), hooks.afterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), hooks.afterDelete],
          },
        }
      : collection,
  ),
})
