import type { Plugin } from 'payload'

import { queueRebuildAfterChange, queueRebuildAfterDelete } from '../hooks/queueSiteRebuild'
import { addCollectionHooks } from './addCollectionHooks'

/** Collections whose documents the public site shows. */
const siteCollections = ['trainings', 'videos', 'infographics', 'bibliographies', 'sheets', 'faqs', 'programme', 'themes', 'visuals', 'files', 'tract-templates', 'tract-artwork']

/** Queues a debounced rebuild of the public site after a change it shows (see hooks/queueSiteRebuild). */
export const rebuildSiteOnPublish: Plugin = (config) =>
  addCollectionHooks(config, siteCollections, { afterChange: queueRebuildAfterChange, afterDelete: queueRebuildAfterDelete })
