import path from 'node:path'

import { projectRoot } from '../../env'

/**
 * Where the site's interface strings are: `<locale>.json`, one file per language (the CMS's
 * Translations dashboard reads the same folder). A module of its own so that a test can give
 * the site a language without writing into this folder, which other tests read.
 */
export const interfaceStringsDir = path.join(projectRoot, 'site', 'i18n')
