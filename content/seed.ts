/**
 * `npm run seed [-- --scale N [--locales fr,en] [--through adapter|local-api]] [--if-empty]`: brings
 * the database schema up to date, then adds the demo content (and N synthetic trainings with
 * --scale, in fr, en and es unless --locales says otherwise, written through the database adapter
 * unless --through says local-api: see seed/scale.ts). Idempotent: adds what is missing, so an
 * interrupted demo can be completed; never into a real installation (an account that is not a demo
 * account). With --if-empty (`npm start`), only into a database that holds no document and no
 * account. Demo accounts are never created with NODE_ENV=production (see seed/users.ts).
 */
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { migrateDatabase, refreshPlannerStatistics } from '../cms/database'
import config from '../cms/payload.config'
import { firstCollectionInUse, firstRealAccount } from './seed/emptyDatabase'
import { seedDemoContent } from './seed/index'
import { createProgress } from './seed/progress'
import { createSeedContext } from './seed/context'
import { demoOrganiser } from './seed/organiser'
import { type SyntheticLocale, type SyntheticPath, seedScale, syntheticLocales, syntheticPaths } from './seed/scale'
import { demoUsers } from './seed/users'

const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    locales: { type: 'string' },
    through: { type: 'string', default: 'adapter' },
    'if-empty': { type: 'boolean', default: false },
  },
})
const scale = values.scale === undefined ? 0 : Number(values.scale)
if (!Number.isInteger(scale) || scale < 0) {
  console.error(`--scale takes a whole number of synthetic trainings (got "${values.scale}")`)
  process.exit(2)
}
const scaleLocales = values.locales?.split(',').map((locale) => locale.trim()) ?? [...syntheticLocales]
const isSyntheticLocale = (locale: string): locale is SyntheticLocale => (syntheticLocales as readonly string[]).includes(locale)
if (!scaleLocales.every(isSyntheticLocale) || !scaleLocales.includes('fr')) {
  console.error(`--locales takes a comma list of ${syntheticLocales.join(', ')}, fr included (got "${values.locales}")`)
  process.exit(2)
}
const isSyntheticPath = (value: string): value is SyntheticPath => (syntheticPaths as string[]).includes(value)
const through = values.through
if (!isSyntheticPath(through)) {
  console.error(`--through takes ${syntheticPaths.join(' or ')} (got "${through}")`)
  process.exit(2)
}

// The seed builds nothing itself: `npm start` builds the site once after it.
// Set, not read: the default of this process's own CMS hooks (env.ts reads it when they run).
// eslint-disable-next-line no-restricted-syntax
process.env.HUB_SITE_REBUILD ||= 'off'
const started = performance.now()
const payload = await getPayload({ config })
await migrateDatabase(payload)
// The content itself is looked at, not a flag: a database filled by other means is never given the demo.
const inUse = values['if-empty'] ? await firstCollectionInUse(payload) : null
if (inUse) {
  console.log(
    `Base non vide (${inUse}) : ni contenu ni compte de démonstration ajouté. Pour compléter une démo interrompue : npm run seed.`,
  )
  process.exit(0)
}
// Ids only: an account's email is personal data and stays out of the output.
const realAccount = await firstRealAccount(
  payload,
  [...demoUsers, demoOrganiser].map((user) => user.email),
)
if (realAccount !== null) {
  console.error(
    `Base réelle (le compte n° ${realAccount} n’est pas un compte de démonstration) : ni contenu ni compte de démonstration ajouté.`,
  )
  process.exit(values['if-empty'] ? 0 : 1)
}
const progress = createProgress()
console.log('Contenu de démonstration :')
await seedDemoContent(payload, progress)
if (scale > 0) await seedScale(await createSeedContext(payload, progress), scale, scaleLocales, through)
await refreshPlannerStatistics(payload)
console.log(`Terminé en ${((performance.now() - started) / 1000).toFixed(1)} s.`)
process.exit(0)
