import { getTranslation } from '@payloadcms/translations'
import type { CollectionConfig, LabelFunction, StaticLabel } from 'payload'

type Label = LabelFunction | StaticLabel | undefined

/** A per-language label (`{ fr, en }`) as a function Payload calls with the admin's language. */
const resolvedPerLanguage = (label: Label): Label =>
  label && typeof label === 'object' ? ({ i18n }) => getTranslation(label, i18n) : label

/**
 * A collection whose names reach the admin's browser as text in the editor's language.
 *
 * Payload hands `{ fr, en }` collection labels to its client components as they are, and a few
 * put them into text without translating them: the relationship field's "+" was read by screen
 * readers as « Créer : [object Object] » (the document drawer's toggler, Payload 3.90). A label
 * function is resolved once per language when Payload builds the admin's client config, so every
 * component receives a string; the server resolves it as it does the object.
 */
export const withLabelsPerLanguage = (collection: CollectionConfig): CollectionConfig =>
  collection.labels
    ? {
        ...collection,
        labels: { singular: resolvedPerLanguage(collection.labels.singular), plural: resolvedPerLanguage(collection.labels.plural) },
      }
    : collection
