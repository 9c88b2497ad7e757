import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { z } from 'zod'

/**
 * The hub's configuration: every environment variable the CMS, the site builder, search and the scripts
 * read as a setting, validated here alone. A process with bad settings stops at start with one error
 * naming every bad variable. Imports no file of the project, so that every folder may import it.
 *
 * Not here: variables our own processes set for their children to pass them a value (the site build's
 * HUB_SITE_SNAPSHOT, HUB_SITE_PAGES…, see site/builder/buildSite.ts); they are read where they are used.
 */

export type Environment = Record<string, string | undefined>

/**
 * Where the project lives. Paths are resolved from here, never from
 * `import.meta.url`, because bundlers (Next, Astro) move compiled modules.
 */
const findRoot = (): string => {
  if (process.env.HUB_ROOT) return path.resolve(process.env.HUB_ROOT)
  let dir = process.cwd()
  while (dir !== path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'cms', 'payload.config.ts'))) return dir
    dir = path.dirname(dir)
  }
  return process.cwd()
}

export const projectRoot = findRoot()
export const varDir = path.join(projectRoot, 'var')

let generatedSecret: string | undefined

/** A secret that survives restarts without anyone having to set it: generated once into var/, when first asked for. */
const localSecret = (): string => {
  if (generatedSecret) return generatedSecret
  const file = path.join(varDir, 'payload-secret')
  if (fs.existsSync(file)) return (generatedSecret = fs.readFileSync(file, 'utf8').trim())
  fs.mkdirSync(varDir, { recursive: true })
  generatedSecret = randomBytes(32).toString('hex')
  fs.writeFileSync(file, generatedSecret, { mode: 0o600 })
  return generatedSecret
}

/** Linux holds a Unix socket's path in 108 bytes, its closing NUL included. */
const maxSocketPathBytes = 107

const url = z.url({ error: 'a URL, such as https://example.org' })
const onOff = z.enum(['on', 'off'], { error: 'on or off' }).default('on')
const portNumber = z.coerce
  .number({ error: 'a port number' })
  .int('a port number')
  .min(1, 'a port from 1 to 65535')
  .max(65_535, 'a port from 1 to 65535')

/** Every variable, by its name; README.md's configuration table says what each one does. */
const schema = z.object({
  HUB_ROOT: z.string().optional(),
  DATABASE_URL: z.string().optional(),
  PAYLOAD_SECRET: z.string().min(16, 'PAYLOAD_SECRET must be at least 16 characters').optional(),
  PORT: portNumber.default(3000),
  SITE_PORT: portNumber.default(4321),
  HOST: z.string().default('127.0.0.1'),
  SERVER_URL: url.optional(),
  SITE_URL: url.optional(),
  SITE_LOCALES: z
    .string()
    .regex(/^ *[a-z]{2} *(, *[a-z]{2} *)*$/, 'language codes separated by commas, e.g. fr,en,es')
    .transform((list) => list.split(',').map((code) => code.trim()))
    .optional(),
  UPLOADS_DIR: z.string().optional(),
  HUB_SITE_DIR: z.string().optional(),
  HUB_JOBS: onOff,
  HUB_SITE_REBUILD: onOff,
  HUB_API_CACHE: onOff,
  HUB_BUILD_TIMEOUT_MINUTES: z.coerce.number({ error: 'a number of minutes' }).positive('a number of minutes above 0').default(30),
  HUB_TRUST_PROXY: z.coerce
    .number({ error: 'the number of trusted proxies' })
    .int('a whole number of proxies')
    .min(0, 'at least 0')
    .default(0),
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  MEILISEARCH_HOST: url.optional(),
  MEILISEARCH_ADMIN_KEY: z.string().optional(),
  MEILISEARCH_SEARCH_KEY: z.string().optional(),
  MEILISEARCH_PUBLIC_HOST: url.optional(),
  MEILISEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[\w-]*$/, 'letters, digits, _ and - only')
    .default('resources-'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL, such as smtps://user:password@mail.example.org:465')
    .optional(),
  MAIL_FROM: z.email({ error: 'an email address' }).default('ne-pas-repondre@localhost'),
  MAIL_FROM_NAME: z.string().default('Ressources du mouvement'),
  HUB_MAIL_DIR: z.string().optional(),
  REGISTRATION_RETENTION_DAYS: z.coerce
    .number({ error: 'a number of days' })
    .int('a whole number of days')
    .min(1, 'at least 1 day')
    .default(90),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_/, 'a Stripe secret key, sk_test_… or sk_live_…')
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_/, "the webhook endpoint's signing secret, whsec_…")
    .optional(),
  CHECKOUT_STANDIN_PORT: portNumber.default(4343),
  DONATION_MINIMUM_EUROS: z.coerce.number({ error: 'a number of euros' }).int('whole euros').min(1, 'at least 1 €').default(5),
  DONATION_MAXIMUM_EUROS: z.coerce
    .number({ error: 'a number of euros' })
    .int('whole euros')
    .min(1, 'at least 1 €')
    .max(7500, 'at most 7500 €, the yearly cap')
    .default(7500),
  DONATION_PRESET_EUROS: z
    .string()
    .regex(/^\d{1,4}(,\d{1,4}){0,5}$/, 'whole euros separated by commas, such as 10,20,50,100')
    .default('10,20,50,100'),
  DONATION_RETENTION_YEARS: z.coerce.number({ error: 'a number of years' }).int('whole years').min(1, 'at least 1 year').default(6),
  LEGAL_PUBLISHER: z.string().optional(),
  LEGAL_PUBLISHER_ADDRESS: z.string().optional(),
  LEGAL_PUBLISHER_PHONE: z.string().optional(),
  LEGAL_PUBLICATION_DIRECTOR: z.string().optional(),
  LEGAL_CONTACT_EMAIL: z.email({ error: 'an email address' }).optional(),
  LEGAL_HOST: z.string().optional(),
  LEGAL_HOST_ADDRESS: z.string().optional(),
  LEGAL_HOST_PHONE: z.string().optional(),
  // The codes of publication/licences.ts (publication/licences.test.ts keeps both lists equal).
  LEGAL_CONTENT_LICENCE: z
    .enum(['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'all-rights-reserved'], {
      error: 'CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0 or all-rights-reserved',
    })
    .optional(),
  POSTGRES_URL: z.string().default('postgres://postgres@127.0.0.1:5432/test'),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
})

export const variableNames = Object.keys(schema.shape) as (keyof typeof schema.shape)[]

type Values = z.infer<typeof schema>
type Read = <Name extends keyof Values>(name: Name) => Values[Name]

/** An empty variable counts as unset, as in `DATABASE_URL= npm run seed`. */
const given = (environment: Environment, name: string) => environment[name] || undefined

/** Every variable of `environment`, validated together: one error names every bad one. */
function validate(environment: Environment): Values {
  const parsed = schema.safeParse(Object.fromEntries(variableNames.map((name) => [name, given(environment, name)])))
  if (!parsed.success) throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`)
  return parsed.data
}

const settingsFrom = (read: Read) => ({
  get databaseUrl() {
    return read('DATABASE_URL') ?? `file:${path.join(varDir, 'cms.db')}`
  },
  /** When unset, generated on first read, not on import: the site and search import this module and write nothing. */
  get payloadSecret() {
    return read('PAYLOAD_SECRET') ?? localSecret()
  },
  get port() {
    return read('PORT')
  },
  get sitePort() {
    return read('SITE_PORT')
  },
  get host() {
    return read('HOST')
  },
  get serverUrl() {
    return read('SERVER_URL') ?? `http://localhost:${read('PORT')}`
  },
  get siteUrl() {
    return read('SITE_URL') ?? `http://localhost:${read('SITE_PORT')}`
  },
  /** Unset: every language of the CMS. */
  get siteLocales() {
    return read('SITE_LOCALES')
  },
  get uploadsDir() {
    return path.resolve(projectRoot, read('UPLOADS_DIR') ?? path.join(varDir, 'uploads'))
  },
  get siteDir() {
    return path.resolve(projectRoot, read('HUB_SITE_DIR') ?? path.join(varDir, 'site'))
  },
  /**
   * Where the warm site builder (scripts/site-builder.ts) takes the CMS's build requests: a folder of
   * its own in the site's folder, which only the hub's user may enter (site/builder/warm/builderServer.ts
   * makes it so; the site's folder keeps its mode, for whoever serves the site). A site folder too deep
   * for a socket's path puts it in the system's temporary folder, in a folder named after the site folder.
   */
  get warmBuilderSocket() {
    const socket = path.join(this.siteDir, 'builder', 'builder.sock')
    if (Buffer.byteLength(socket) <= maxSocketPathBytes) return socket
    const siteDirDigest = createHash('sha256').update(this.siteDir).digest('hex').slice(0, 16)
    return path.join(os.tmpdir(), `hub-site-builder-${siteDirDigest}`, 'builder.sock')
  },
  get runJobs() {
    return read('HUB_JOBS') === 'on'
  },
  get rebuildSiteOnChange() {
    return read('HUB_SITE_REBUILD') === 'on'
  },
  get cacheApiResponses() {
    return read('HUB_API_CACHE') === 'on'
  },
  get buildTimeLimitMinutes() {
    return read('HUB_BUILD_TIMEOUT_MINUTES')
  },
  get trustedProxyHops() {
    return read('HUB_TRUST_PROXY')
  },
  get nodeEnv() {
    return read('NODE_ENV')
  },
  get meilisearch() {
    return {
      host: read('MEILISEARCH_HOST'),
      adminKey: read('MEILISEARCH_ADMIN_KEY'),
      searchKey: read('MEILISEARCH_SEARCH_KEY'),
      publicHost: read('MEILISEARCH_PUBLIC_HOST'),
      indexPrefix: read('MEILISEARCH_INDEX_PREFIX'),
    }
  },
  /** Unset: no SMTP server; each email is written as an .eml file under `mailDir` (cms/email/). */
  get smtpUrl() {
    return read('SMTP_URL')
  },
  get mailFrom() {
    return { address: read('MAIL_FROM'), name: read('MAIL_FROM_NAME') }
  },
  get mailDir() {
    return path.resolve(projectRoot, read('HUB_MAIL_DIR') ?? path.join(varDir, 'mail'))
  },
  /** Registrations are erased this many days after their event ended (cms/jobs/retention.ts); counts are kept. */
  get registrationRetentionDays() {
    return read('REGISTRATION_RETENTION_DAYS')
  },
  /**
   * Stripe. Without STRIPE_SECRET_KEY the SDK speaks to the local checkout stand-in (a fake of
   * Stripe's API and checkout page, cms/donations/checkoutStandIn/) on CHECKOUT_STANDIN_PORT, with
   * a webhook secret derived from PAYLOAD_SECRET: the same code runs, no money moves.
   */
  get stripe() {
    const secretKey = read('STRIPE_SECRET_KEY')
    return {
      secretKey,
      webhookSecret: read('STRIPE_WEBHOOK_SECRET'),
      standInPort: read('CHECKOUT_STANDIN_PORT'),
    }
  },
  /** The donation form's rules, in cents; identities are anonymised this many years after the donation. */
  get donations() {
    return {
      minimumCents: read('DONATION_MINIMUM_EUROS') * 100,
      maximumCents: read('DONATION_MAXIMUM_EUROS') * 100,
      presetCents: read('DONATION_PRESET_EUROS')
        .split(',')
        .map((euros) => Number(euros) * 100),
      retentionYears: read('DONATION_RETENTION_YEARS'),
    }
  },
  /**
   * The legal notice's facts (site/pages/[lang]/legal/) and the privacy page's contact: who publishes
   * the site, who hosts it, under which licence its texts are. Each unset one is a demo value, which
   * the pages mark as such (`demo: true`), never passed off as the installation's.
   */
  get legalNotice() {
    const fact = <Name extends keyof Values>(name: Name, demoValue: NonNullable<Values[Name]>) => {
      const value = read(name)
      return value === undefined ? { value: demoValue, demo: true } : { value: value as NonNullable<Values[Name]>, demo: false }
    }
    return {
      publisher: fact('LEGAL_PUBLISHER', 'Ressources du mouvement'),
      publisherAddress: fact('LEGAL_PUBLISHER_ADDRESS', '1 rue de l’Exemple, 75000 Paris, France'),
      publisherPhone: fact('LEGAL_PUBLISHER_PHONE', '+33 1 00 00 00 00'),
      publicationDirector: fact('LEGAL_PUBLICATION_DIRECTOR', 'Camille Exemple'),
      contactEmail: fact('LEGAL_CONTACT_EMAIL', 'contact@example.org'),
      host: fact('LEGAL_HOST', 'Hébergeur Exemple'),
      hostAddress: fact('LEGAL_HOST_ADDRESS', '2 avenue de l’Exemple, 75000 Paris, France'),
      hostPhone: fact('LEGAL_HOST_PHONE', '+33 1 00 00 00 01'),
      contentLicence: fact('LEGAL_CONTENT_LICENCE', 'CC-BY-SA-4.0'),
    }
  },
  get postgresUrl() {
    return read('POSTGRES_URL')
  },
  get chromiumPath() {
    return read('CHROMIUM_PATH')
  },
})

export type Settings = ReturnType<typeof settingsFrom>

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '::1'])

/**
 * Why these settings are a real installation rather than a developer's machine, or null: a
 * production run, an https address, or servers listening beyond this machine (HOST) are real,
 * even when NODE_ENV was forgotten. What a real one must not do (demo accounts, emails left in
 * files) is decided by this one test.
 */
export const realInstallationReason = (settings: Pick<Settings, 'nodeEnv' | 'serverUrl' | 'host'>): string | null => {
  if (settings.nodeEnv === 'production') return 'NODE_ENV=production'
  if (settings.serverUrl.startsWith('https:')) return `SERVER_URL=${settings.serverUrl}`
  if (!loopbackHosts.has(settings.host)) return `HOST=${settings.host}`
  return null
}

/** The settings `environment` gives (tests, a child's environment); throws one error naming every bad variable. */
export function readEnv(environment: Environment): Settings {
  const values = validate(environment)
  return settingsFrom((name) => values[name])
}

/**
 * This process's settings. Each is read from process.env when used, not once on import: tests set
 * variables before importing the modules that read them (the database, the site folder) or while
 * they run (the build's time limit), and the seed turns site rebuilds off for itself.
 */
export const env: Settings = settingsFrom((name) => {
  const parsed = schema.shape[name].safeParse(given(process.env, name))
  // Changed since start to a bad value: the same one error as at start.
  if (!parsed.success) validate(process.env)
  return parsed.data as Values[typeof name]
})

// Checked on import all the same: a process with a bad setting stops at start.
validate(process.env)
