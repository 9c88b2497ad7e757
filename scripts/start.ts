/**
 * `npm start`: the whole hub on one machine. Brings the database up to date,
 * seeds it when empty, builds the public site (the first time before serving
 * it), starts the warm site builder (scripts/site-builder.ts: it rebuilds after each publication),
 * builds the admin if its sources changed, then serves the CMS (admin + APIs,
 * scripts/serve-cms.ts) on :3000 and the public site on :4321, both on 127.0.0.1 unless HOST says
 * otherwise. Ctrl-C stops everything.
 * `npm run dev` does the same with Next.js in development mode.
 */
import { parseArgs } from 'node:util'

import { env, realInstallationReason } from '../env'
import { type CheckoutStandIn, startCheckoutStandIn } from '../cms/donations/checkoutStandIn/server'
import { paymentsAvailable, standInSecretKey, usesCheckoutStandIn, webhookSecret } from '../cms/donations/stripeClient'
import { donationEndpointPaths } from '../publication/donation'
import { defaultLocale } from '../publication/locales'
import { demoOrganiser } from '../content/seed/organiser'
import { demoPassword, demoUsers, noDemoAccountsReason } from '../content/seed/users'
import { allocatorsGivingMemoryBack } from '../site/builder/buildSite'
import { liveBuildDir } from '../site/builder/paths'
import { siteLocaleCodes } from '../publication/locales'
import { createSiteServer } from '../site/server/serveSite'
import { buildAdmin } from './lib/adminBuild'
import { firstPortProblem } from './lib/ports'
import { childEnv, run, serve, serveScript, stopAll } from './lib/processes'

const { values } = parseArgs({ options: { dev: { type: 'boolean', default: false } } })
const port = String(env.port)
const sitePort = String(env.sitePort)
// Loopback unless asked (env.ts): a fresh checkout (demo accounts, development secrets) is not exposed to the network.
const { host, serverUrl, siteUrl } = env
const children = childEnv({ SERVER_URL: serverUrl, SITE_URL: siteUrl })

/** The demo accounts, as seed/users.ts creates them: on a developer's machine only, only into an empty database. */
const noDemoAccounts = noDemoAccountsReason()
const demoAccountsLines = () =>
  noDemoAccounts
    ? `  │ Pas de compte de démonstration (${noDemoAccounts}) : le premier compte se crée sur /admin.`
    : [
        `  │ Comptes de démonstration, si la base était vide au premier démarrage (mot de passe « ${demoPassword} ») :`,
        ...[...demoUsers, demoOrganiser].map((user) => `  │   ${user.role.padEnd(11)} ${user.email}`),
      ].join('\n')

let stopping = false

/** The warm builder's first restart comes this soon; each stop soon after a start doubles the wait, up to the longest. */
const builderRestartDelay = { firstMs: 5_000, longestMs: 5 * 60_000 }
/** A builder that ran this long before it stopped was not failing to start: its next restart waits the first delay again. */
const builderSteadyRunMs = 10 * 60_000
let builderRestartMs = builderRestartDelay.firstMs

/**
 * The warm site builder (scripts/site-builder.ts), which the CMS's rebuild job asks first. Started
 * again after it stops, sooner or later (each start builds the whole site: a builder that keeps
 * failing must not do so every few seconds); meanwhile the job builds in processes of its own.
 */
const startSiteBuilder = (builderEnv: NodeJS.ProcessEnv) => {
  const startedAt = Date.now()
  // --expose-gc: the builder collects what each build made once it has answered (scripts/site-builder.ts).
  const builder = serveScript('scripts/site-builder.ts', ['--expose-gc'], builderEnv)
  builder.on('exit', (code, signal) => {
    if (stopping) return
    if (Date.now() - startedAt >= builderSteadyRunMs) builderRestartMs = builderRestartDelay.firstMs
    const delayMs = builderRestartMs
    builderRestartMs = Math.min(delayMs * 2, builderRestartDelay.longestMs)
    console.error(
      `Le constructeur du site s’est arrêté (${signal ?? `code ${code}`}) : il redémarre dans ${delayMs / 1000} s ` +
        `(attente doublée à chaque arrêt rapproché, ${builderRestartDelay.longestMs / 60_000} min au plus).`,
    )
    setTimeout(() => stopping || startSiteBuilder(builderEnv), delayMs)
  })
}

let checkoutStandIn: CheckoutStandIn | undefined
const stop = async (code: number) => {
  if (stopping) return
  stopping = true
  console.log('\nArrêt…')
  await checkoutStandIn?.close()
  await stopAll()
  process.exit(code)
}
process.on('SIGINT', () => void stop(0))
process.on('SIGTERM', () => void stop(0))

/**
 * The checkout stand-in serves a developer's machine only: on a real installation without a Stripe
 * key, nothing answers the SDK, and the donation form says payments are unavailable, never a fake payment.
 */
const noStandInReason = realInstallationReason(env)
const servesCheckoutStandIn = usesCheckoutStandIn() && paymentsAvailable()

// Before the slow steps, and before any child runs: a taken port is said in one line.
const portProblem =
  (await firstPortProblem(host, [
    { variable: 'PORT', value: port },
    { variable: 'SITE_PORT', value: sitePort },
  ])) ??
  // The checkout stand-in (no STRIPE_SECRET_KEY) listens on loopback only.
  (servesCheckoutStandIn
    ? await firstPortProblem('127.0.0.1', [{ variable: 'CHECKOUT_STANDIN_PORT', value: String(env.stripe.standInPort) }])
    : null)
if (portProblem) {
  console.error(portProblem)
  process.exit(1)
}
if (servesCheckoutStandIn) {
  checkoutStandIn = await startCheckoutStandIn({
    port: env.stripe.standInPort,
    secretKey: standInSecretKey(),
    webhookSecret: webhookSecret(),
    webhookUrl: `${serverUrl}/api${donationEndpointPaths.stripeWebhook}`,
  })
}
const checkoutStandInLine = checkoutStandIn
  ? `\n  │ Dons : démonstration, aucun paiement réel (pas de STRIPE_SECRET_KEY) : ${checkoutStandIn.url}/`
  : usesCheckoutStandIn()
    ? `\n  │ Dons : fermés (${noStandInReason}, sans STRIPE_SECRET_KEY) : le formulaire répond que les paiements sont indisponibles.`
    : ''

try {
  // Only the admin server runs queued jobs: the seed and the build's export would otherwise run them too.
  const withoutJobs = { ...children, HUB_JOBS: 'off' }
  await run('tsx', ['content/seed.ts', '--if-empty'], withoutJobs)
  // The first site is built before it is served; afterwards the warm builder's first build (below)
  // picks up content or code changed while stopped, the previous site served meanwhile.
  if (!(await liveBuildDir())) await run('tsx', ['scripts/build-site.ts', '--reason', 'npm start'], withoutJobs)
  // Production mode, as the CMS job runs builds: Astro's renderer and Payload then load the same React.
  startSiteBuilder({ ...withoutJobs, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...allocatorsGivingMemoryBack })
  const site = createSiteServer({ root: liveBuildDir, locales: siteLocaleCodes, defaultLocale })
  await new Promise<void>((resolve, reject) => {
    site.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          `Le site public ne peut pas écouter sur ${host}:${sitePort} (${error.code ?? error.message}) : changez SITE_PORT ou HOST.`,
        ),
      ),
    )
    site.listen(Number(sitePort), host, resolve)
  })
  if (!values.dev) await buildAdmin()
  // Our own server around Next's, so that logins are counted by the connection's address (scripts/serve-cms.ts).
  const cms = serve('tsx', ['scripts/serve-cms.ts', ...(values.dev ? ['--dev'] : [])], {
    ...children,
    PORT: port,
    HOST: host,
    NODE_ENV: values.dev ? 'development' : 'production',
  })
  cms.on('exit', (code) => {
    if (!stopping) {
      console.error(`Le serveur du CMS s’est arrêté (code ${code}).`)
      void stop(1)
    }
  })
  console.log(`
  ┌─────────────────────────────────────────────────────────────
  │ Site public : ${siteUrl}/
  │ Admin (français ; English dans le compte) : ${serverUrl}/admin
  │ API REST : ${serverUrl}/api/trainings   GraphQL : ${serverUrl}/api/graphql
${demoAccountsLines()}${checkoutStandInLine}
  │ Le site se reconstruit seul après chaque publication.
  │ Ctrl-C pour tout arrêter.
  └─────────────────────────────────────────────────────────────`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  await stop(1)
}
