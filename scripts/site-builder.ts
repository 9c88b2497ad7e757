/**
 * The warm site builder, started by `npm start` once the site is online: a process that keeps Payload,
 * the snapshot's parsed entries and Astro's renderer between publications (site/builder/warm/), so
 * that a publication renders only the pages it changed, in about a second instead of a fresh build's
 * start-up. It builds once when it starts (what changed while it was stopped), then takes the CMS
 * rebuild job's requests on env.warmBuilderSocket. While it is down (starting, restarting, crashed),
 * the job builds in processes of its own (scripts/build-site.ts): no publication waits for it.
 *
 *   tsx scripts/site-builder.ts
 */
import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { env, projectRoot } from '../env'
import { type BuildAnswer, warmBuilderReadyLine, warmBuilderStartReason } from '../publication/warmBuilder'
import { publishLiveSite, siteBuildRecord } from '../site/builder/liveSite'
import { listenForBuilds } from '../site/builder/warm/builderServer'
import { giveFreedMemoryBack } from '../site/builder/warm/freedMemory'
import { sourcesStamp } from '../site/builder/warm/sourcesStamp'
import { createWarmBuild } from '../site/builder/warm/warmBuild'

const log = (line: string) => console.log(line)
// The code this process loaded: once it changed on disk (a deployment), builds are left to a new builder.
const startedWith = sourcesStamp(projectRoot)
const payload = await getPayload({ config })
const build = createWarmBuild(payload, {
  pastTimeLimit: () => {
    console.error(
      `Construction arrêtée : plus de ${env.buildTimeLimitMinutes} min (HUB_BUILD_TIMEOUT_MINUTES). Le constructeur s’arrête ; la publication suivante est construite.`,
    )
    process.exit(1)
  },
})

const publish = async ({ reason, record }: { reason: string; record?: number | string }): Promise<BuildAnswer> => {
  if (sourcesStamp(projectRoot) !== startedWith) {
    log('Le code du site ou du CMS a changé depuis le démarrage : le constructeur redémarre, cette construction se fait sans lui.')
    return { status: 'restarting' }
  }
  const finish = siteBuildRecord(async () => payload, { id: record, reason, startedAt: new Date() })
  try {
    await publishLiveSite({ finish, log, build })
    return { status: 'succeeded' }
  } catch {
    // Recorded in the build's entry, with its log, by publishLiveSite.
    return { status: 'failed' }
  } finally {
    setImmediate(collectWhatTheBuildMade)
  }
}

/**
 * Between builds the builder holds what it keeps (Payload, the parsed snapshot, Astro's modules),
 * not what the build made (every page's route, records, the snapshot's state): collected once the
 * answer is on its way, rather than when V8 next needs room (`gc` is given by `--expose-gc`,
 * scripts/start.ts; without it, V8 decides), then given back to the system (freedMemory.ts), so
 * that the memory goes back while nothing is published.
 */
const collectWhatTheBuildMade = () => {
  ;(globalThis as { gc?: () => void }).gc?.()
  // V8 releases the buffers' memory from a thread of its own, just after the collection.
  setTimeout(() => void giveFreedMemoryBack(), 200)
}

// What changed while no builder ran; Astro's renderer is made by this first build.
await publish({ reason: warmBuilderStartReason })
const server = await listenForBuilds(env.warmBuilderSocket, publish, { onRestart: () => process.exit(0) })
log(`${warmBuilderReadyLine} (${env.warmBuilderSocket}).`)

const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
