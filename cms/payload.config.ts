import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { translations } from '@payloadcms/translations/all'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { meilisearchConfig } from '../search/config'

import { hasRole } from './access/roles'
import { collections } from './collections'
import { adminDateFormat, adminTimeZone } from './components/admin/adminDates'
import { databaseAdapter, databaseKind, refreshPlannerStatistics } from './database'
import { emailAdapter } from './email/adapter'
import { eventTimeZones } from './fields/eventTime'
import { publicEndpoints } from './endpoints'
import { treasuryEndpoints } from './endpoints/treasury'
import { env, projectRoot, varDir } from '../env'
import { hubTranslations } from './i18n/translations'
import { donationEmailTask } from './jobs/donationEmails'
import { anonymiseOldDonorsTask } from './jobs/donationRetention'
import { rebuildSiteTask } from './jobs/rebuildSite'
import { emailQueue, registrationEmailTask } from './jobs/registrationEmails'
import { sendRemindersTask } from './jobs/reminders'
import { eraseOldRegistrationsTask } from './jobs/retention'
import { stripeActionTask } from './jobs/stripeActions'
import { translationDigestTask } from './jobs/translationDigest'
import { removePastSearchEventsTask, syncSearchTask } from './jobs/syncSearch'
import { defaultLocale, locales } from '../publication/locales'
import { plugins } from './plugins'

const staffCanManageJobs = ({ req }: { req: { user?: unknown } }) => hasRole(req.user, 'admin', 'editor')

/** The admin speaks every content language that Payload has a translation for. */
const adminLanguages = Object.fromEntries(locales.flatMap(({ code }) => (code in translations ? [[code, translations[code]]] : [])))

export default buildConfig({
  serverURL: env.serverUrl,
  secret: env.payloadSecret,
  db: await databaseAdapter(env.databaseUrl),
  editor: lexicalEditor(),
  email: emailAdapter(),
  sharp,
  collections,
  endpoints: [...publicEndpoints, ...treasuryEndpoints],
  plugins,
  admin: {
    user: 'users',
    // No Gravatar: the admin makes no request to another origin.
    avatar: 'default',
    meta: { titleSuffix: ' · Ressources du mouvement' },
    importMap: { baseDir: projectRoot, importMapFile: `${projectRoot}/cms/app/(payload)/admin/importMap.js` },
    dateFormat: adminDateFormat,
    // One zone for every date the admin shows, whatever the editor's browser says.
    timezones: { supportedTimezones: eventTimeZones, defaultTimezone: adminTimeZone },
    components: {
      beforeDashboard: [
        '/cms/components/SiteStatus#SiteStatus',
        '/cms/components/organisers/NextEvents#NextEvents',
        '/cms/components/treasury/TreasuryDashboard#TreasuryDashboard',
        '/cms/components/treasury/GroupAccounts#GroupAccounts',
      ],
    },
  },
  localization: {
    locales: locales.map(({ code, label, dir }) => ({ code, label, rtl: dir === 'rtl' })),
    defaultLocale,
    fallback: true,
  },
  i18n: {
    supportedLanguages: adminLanguages,
    fallbackLanguage: defaultLocale,
    translations: hubTranslations,
  },
  // Staff cookies are honoured only from the admin's own origin: a script on the public site must
  // never act with a visiting editor's session. The site's pages call only the endpoints built
  // with publicEndpoint (cms/endpoints/publicCors.ts), which allow its origin without credentials.
  cors: [env.serverUrl],
  csrf: [env.serverUrl],
  upload: {
    // The largest per-collection limit; each collection refuses above its own, in the user's language.
    limits: { fileSize: 500 * 1024 * 1024 },
    // Uploads stream to disk rather than into memory: a large video costs no RAM.
    useTempFiles: true,
    tempFileDir: `${varDir}/tmp/uploads`,
  },
  jobs: {
    access: { run: staffCanManageJobs, queue: staffCanManageJobs, cancel: staffCanManageJobs },
    tasks: [
      rebuildSiteTask,
      syncSearchTask,
      removePastSearchEventsTask,
      registrationEmailTask,
      donationEmailTask,
      stripeActionTask,
      sendRemindersTask,
      eraseOldRegistrationsTask,
      anonymiseOldDonorsTask,
      translationDigestTask,
    ],
    // One build of the public site at a time; a newer request replaces a waiting one.
    enableConcurrencyControl: true,
    autoRun: [
      // Scheduled publication: due jobs every minute.
      { cron: '* * * * *', queue: 'default', limit: 50 },
      // Site rebuilds: looked for every second, so that a publication is live within seconds.
      { cron: '* * * * * *', queue: 'site', limit: 1, silent: true },
      // Search server updates, when Meilisearch is configured (nothing is queued otherwise).
      ...(meilisearchConfig() ? [{ cron: '*/5 * * * * *', queue: 'search', limit: 20, silent: true }] : []),
      // Registration emails (a sign-up's is out within seconds), the reminders', retention's and translation digests' schedules; failed sends are logged (ids only).
      { cron: '*/5 * * * * *', queue: emailQueue, limit: 20, silent: { info: true } },
    ],
    shouldAutoRun: () => env.runJobs,
  },
  // Types are generated on demand (`npm run generate:types`): left on, every script and test
  // that starts Payload would spawn a generator (≈400 MB) and rewrite the committed file.
  typescript: { outputFile: `${projectRoot}/cms/payload-types.ts`, autoGenerate: false },
  graphQL: { disablePlaygroundInProduction: true },
  // A SQLite file may have grown since the last start: give its planner fresh statistics.
  onInit: async (payload) => {
    if (databaseKind(env.databaseUrl) === 'sqlite') await refreshPlannerStatistics(payload)
  },
  // A refused login or request is expected traffic: one info line (no stack trace, never the email), not an error.
  loggingLevels: { AuthenticationError: 'info', LockedAuth: 'info', ...({ TooManyAttempts: 'info' } as Record<string, 'info'>) },
  telemetry: false,
})
