import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config } from 'payload'

/** `config` with `afterChange` and `afterDelete` hooks appended to the collections named in `slugs`. */
export const addCollectionHooks = (
  config: Config,
  slugs: readonly string[],
  hooks: { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook },
): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    slugs.includes(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), hooks.afterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), hooks.afterDelete],
          },
        }
      : collection,
  ),
})
