import type { Machine } from './machine'
import { row } from './markdown'
import type { SeedResult } from './seed'
import type { SiteBuildMeasure } from './siteBuild'
import { type Category, categories, type LighthouseResult } from './siteLighthouse'
import {
  burstAfterMs,
  burstPublications,
  burstWindowMs,
  type BurstResult,
  type BuiltBy,
  pollMs,
  type PublishResult,
  type PublishSample,
} from './sitePublish'
import { median } from './stats'
import { type PageWeight, phone } from './siteWeight'

export interface SiteBenchResults {
  command: string
  stamp: string
  machine: Machine
  chromium: string
  code: { commit: string; changed: string[] }
  options: { count: number; runs: number; lighthouseRuns: number; only: string[] }
  /** 1-minute load average when each phase began. */
  loadAverage: Record<string, number>
  seed: {
    demo?: Pick<SeedResult, 'demoSeconds' | 'demoSteps'>
    synthetic?: Pick<SeedResult, 'count' | 'syntheticSeconds' | 'scaleWallSeconds'>
  }
  builds: {
    demoCold?: SiteBuildMeasure
    demoWarm?: SiteBuildMeasure
    scaleCold?: SiteBuildMeasure
    scaleWarm?: SiteBuildMeasure
    scaleFull?: SiteBuildMeasure
  }
  publish: { demo?: PublishResult; scale?: PublishResult }
  weights?: PageWeight[]
  lighthouse?: LighthouseResult[]
  /** The part of the report each phase (a key of loadAverage) belongs to. */
  phaseParts?: Record<string, ReportPart>
  errors: { phase: string; part?: ReportPart; message: string }[]
  finishedAt: string
}

/**
 * The parts of the section, in order. Each is written by the run that measured it, and says which
 * run that was: a run with `--only` rewrites its own parts and keeps the others as they were.
 */
export const reportParts = ['demo', 'warm', 'scale', 'publish', 'weight', 'lighthouse'] as const
export type ReportPart = (typeof reportParts)[number]

export const siteTargets = {
  msPerPage: 2,
  msPerPageAtPages: 30_000,
  peakRssBytes: 2 * 1024 ** 3,
  /** Issue 20: from the save's response to the new text served, median of 5. */
  publishDemoMs: 3_000,
  publishScaleMs: 5_000,
  /** Issue 20: the warm builder's resident memory between builds, stated for 10,000 trainings × 3 languages. */
  builderRssBytes: 1.5 * 1024 ** 3,
  /** Issue 20: at most this many builds for 30 publications within 10 s. */
  burstBuilds: 3,
  /** HTML+CSS+JS of any page (issue 4). */
  pageBytes: 30 * 1024,
  /** Everything a page without an island sends on a phone, fonts and images included (issue 19). */
  phonePageBytes: 100 * 1024,
  lighthouse: 100,
}

const mark = (ok: boolean) => (ok ? '✅ met' : '❌ missed')
const integer = (value: number) => Math.round(value).toLocaleString('en-US')
const seconds = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? '—' : `${(ms / 1000).toFixed(1)} s`)
const mib = (bytes: number) => (bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GiB` : `${integer(bytes / 1024 ** 2)} MiB`)
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const msPerPage = (build: SiteBuildMeasure) => build.ownMs / build.pages
const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)} %`

const buildRows = (label: string, build: SiteBuildMeasure, scaleTarget: boolean): string[] => [
  row([
    `${label}: wall time`,
    seconds(build.ownMs) + (build.lockWaitMs > 0 ? ` (+ ${seconds(build.lockWaitMs)} waiting for another build’s lock, left out)` : ''),
    '—',
    '',
  ]),
  row([
    `${label}: pages`,
    integer(build.pages) +
      (build.reusedPages
        ? ` (${integer(build.pages - build.reusedPages)} rendered, ${integer(build.reusedPages)} unchanged, linked from the live build)`
        : ''),
    '—',
    '',
  ]),
  row([
    `${label}: ms per page (wall time ÷ pages)`,
    `${msPerPage(build).toFixed(2)} ms`,
    scaleTarget
      ? `≤ ${siteTargets.msPerPage} ms (stated for ${integer(siteTargets.msPerPageAtPages)} pages; this build has ${integer(build.pages)})`
      : '—',
    scaleTarget ? mark(msPerPage(build) <= siteTargets.msPerPage) : '',
  ]),
  row([
    `${label}: peak RSS of the build process tree`,
    mib(build.memory.peakRss),
    `≤ ${mib(siteTargets.peakRssBytes)}`,
    mark(build.memory.peakRss <= siteTargets.peakRssBytes),
  ]),
]

const splitRow = (label: string, build: SiteBuildMeasure) => {
  const { stages } = build
  const parts: [string, number][] = [
    ['start (tsx, export process, getPayload)', stages.bootMs],
    ['snapshot', stages.snapshotMs],
    ['astro build', stages.astroMs],
    ['unchanged pages linked + media copy', stages.mediaAndCountMs],
    ['swap, pruning, record', stages.finishMs],
  ]
  return row([
    `${label}: time split`,
    parts.map(([name, ms]) => `${name} ${seconds(ms)} (${percent(ms, build.ownMs)})`).join('; '),
    '—',
    '',
  ])
}

/** A build not made by the warm builder's render (the path the publish targets are about) says so. */
const builtByNote = (builtBy: BuiltBy | undefined) =>
  builtBy === undefined ? ' (no build record)' : builtBy === 'warm' ? '' : ` (**not warm**: ${builtBy})`

const medianOf = (samples: PublishSample[], value: (sample: PublishSample) => number | undefined) => {
  const values = samples.map(value).filter((ms) => ms !== undefined)
  return values.length ? median(values) : undefined
}

/** The burst's last build holds every text: the page served them all once the site was idle, and that build succeeded. */
const burstComplete = (burst: BurstResult) => burst.missingAtEnd.length === 0 && burst.builds.at(-1)?.status === 'succeeded'

const memoryRow = (label: string, result: PublishResult): string[] => {
  const readings = result.builderMemory ?? []
  if (readings.length === 0) return []
  const highest = Math.max(...readings.map((reading) => reading.rssBytes))
  return [
    row([
      `Warm builder memory between builds, ${label}: VmRSS (VmHWM, its peak since start)`,
      readings.map((reading) => `${mib(reading.rssBytes)} (${mib(reading.peakRssBytes)}) ${reading.when}`).join('; '),
      `≤ ${mib(siteTargets.builderRssBytes)} VmRSS (stated for 10,000 trainings × 3 languages)`,
      mark(highest <= siteTargets.builderRssBytes),
    ]),
  ]
}

const burstRows = (label: string, result: PublishResult): string[] => {
  const { burst } = result
  if (!burst) return result.burstError ? [row([`Burst, ${label}`, 'failed (below)', '', '❌'])] : []
  return [
    row([
      `Burst, ${label}: ${burst.publications} publications within ${burstWindowMs / 1000} s → builds`,
      String(burst.builds.length),
      `≤ ${siteTargets.burstBuilds}`,
      mark(burst.builds.length <= siteTargets.burstBuilds),
    ]),
    row([
      `Burst, ${label}: the last build serves every text`,
      burstComplete(burst)
        ? `yes, ${burst.publications} of ${burst.publications}`
        : `no: ${burst.missingAtEnd.length} missing, last build ${burst.builds.at(-1)?.status ?? 'not found'}`,
      `all ${burstPublications}`,
      mark(burstComplete(burst)),
    ]),
  ]
}

const publishRows = (label: string, result: PublishResult, targetMs: number, targetScope = ''): string[] => {
  const notWarm = result.samples.filter((sample) => sample.builtBy !== 'warm').length
  const unpublish = result.unpublish
  return [
    row([
      `Publish → live, ${label} (median of ${result.samples.length}, from the save's response)`,
      seconds(result.medianLiveMs) + (notWarm ? ` (${notWarm} of ${result.samples.length} runs not built warm)` : ''),
      `≤ ${targetMs / 1000} s${targetScope}`,
      mark(result.medianLiveMs <= targetMs),
    ]),
    row([
      `Publish → live, ${label}: each run`,
      result.samples.map((sample) => seconds(sample.liveMs) + builtByNote(sample.builtBy)).join(', '),
      '—',
      '',
    ]),
    row([
      `Publish → live, ${label}: save's response → build record created / record created → page served (medians)`,
      `${seconds(medianOf(result.samples, (sample) => sample.queuedMs))} / ` +
        seconds(medianOf(result.samples, (sample) => sample.servedAfterRecordMs)),
      '—',
      '',
    ]),
    ...(unpublish
      ? [
          row([
            `Unpublish → 404, ${label} (once, from the save's response)`,
            seconds(unpublish.liveMs) + builtByNote(unpublish.builtBy),
            `≤ ${targetMs / 1000} s (the publish target)`,
            mark(unpublish.liveMs <= targetMs),
          ]),
        ]
      : []),
    ...memoryRow(label, result),
    ...burstRows(label, result),
  ]
}

const pageLabel = (page: { template: string; locale: string }) => `${page.template} (${page.locale})`

/** One row per page: everything on a phone (≤ 100 KB without an island), HTML+CSS+JS (≤ 30 KB), JS (none without an island). */
const weightRows = (weights: PageWeight[]): string[] =>
  weights.map((weight) => {
    const js = weight.bytes.js + weight.inlineScriptChars
    const checks = [
      ...(weight.island ? [] : [weight.total <= siteTargets.phonePageBytes, js === 0]),
      weight.htmlCssJs <= siteTargets.pageBytes,
    ]
    return row([
      `Page weight on a phone, ${pageLabel(weight)}: in all / HTML+CSS+JS / JS`,
      `${kb(weight.total)} / ${kb(weight.htmlCssJs)} / ${kb(js)}`,
      weight.island
        ? `— (island: ${islandNames(weight)}) / ≤ ${siteTargets.pageBytes / 1024} KB / —`
        : `≤ ${siteTargets.phonePageBytes / 1024} KB / ≤ ${siteTargets.pageBytes / 1024} KB / 0 KB`,
      mark(checks.every(Boolean)),
    ])
  })

const lighthouseRows = (results: LighthouseResult[]): string[] =>
  results.map((result) => {
    const scores = result.median.scores
    const all = categories.every((category) => scores[category] === siteTargets.lighthouse)
    return row([
      `Lighthouse, ${pageLabel(result)}: ${categories.join(' / ')}`,
      categories.map((category) => scores[category] ?? '—').join(' / '),
      '100 / 100 / 100 / 100',
      mark(all),
    ])
  })

const table = (rows: string[]): string[] => [row(['Measure', 'Result', 'Target', '']), row(['---', '---:', '---', '---']), ...rows]

const buildDetails = (label: string, build: SiteBuildMeasure): string[] => {
  const astro = build.astroStages
  const astroParts: [string, number | undefined][] = [
    ['start-up and Vite dependency optimisation left after the snapshot (Astro starts with it)', astro.startupMs],
    ['content sync (loaders)', astro.contentSyncMs],
    ['types and build info', astro.typesMs],
    ['bundling', astro.bundleMs],
    ['rendering pages', astro.renderMs],
    ['sitemap and the rest', astro.finishMs],
  ]
  return [
    `- ${label}: ${integer(build.pages)} pages and ${integer(build.mediaFiles)} media files in ${seconds(build.ownMs)} ` +
      `(the build's own count: ${seconds(build.reportedMs)} from export to page count)` +
      (build.renderedPageLines ? `; ${integer(build.renderedPageLines)} per-page lines from Astro reached the log. ` : '. ') +
      `Export entries: ${Object.entries(build.entries)
        .map(([collection, count]) => `${collection} ${integer(count)}`)
        .join(', ')}.`,
    `  Pages: ${Object.entries(build.pageKinds)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, count]) => `${kind} ${integer(count)}`)
      .join(', ')}.`,
    `  Astro: ${astroParts
      .filter(([, ms]) => ms !== undefined)
      .map(([name, ms]) => `${name} ${seconds(ms)}`)
      .join(', ')}. ` +
      `Peak RSS: whole tree ${mib(build.memory.peakRss)} at ${seconds(build.memory.peakAt)}, the astro child ${mib(build.memory.astroPeakRss)}, ` +
      `the snapshot (write-snapshot.ts) process ${mib(build.memory.snapshotPeakRss)}.`,
  ]
}

/** Joined by slashes: a step's name may hold commas. */
const buildStepsText = (sample: PublishSample) =>
  sample.buildSteps?.length ? ` (${sample.buildSteps.map((step) => `${step.name} ${seconds(step.ms)}`).join(' / ')})` : ''

const publishSampleText = (sample: PublishSample) =>
  `${seconds(sample.liveMs)} (load ${sample.load ?? '?'}; PATCH ${integer(sample.patchMs)} ms; save's response → record created ` +
  `${seconds(sample.queuedMs)}; record created → page served ${seconds(sample.servedAfterRecordMs)}; ` +
  `build ${seconds(sample.buildMs)}${buildStepsText(sample)} by ${sample.builtBy ?? '?'}, ` +
  `${sample.pages === undefined ? '?' : integer(sample.pages)} pages, ${sample.buildStatus ?? 'no record'}; ` +
  `then ${seconds(sample.outsideBuildMs)} more before the record was closed${sample.waitedForLock ? ', including a wait for another build’s lock' : ''})`

const lockNote = (result: PublishResult): string[] => {
  const waited = [...result.samples, ...(result.unpublish ? [result.unpublish] : [])].filter((sample) => sample.waitedForLock)
  return waited.length
    ? [
        `  ${waited.length} of these builds waited for the checkout-wide build lock held by another build (tests running at the ` +
          'same time): that wait is counted in the delay as measured.',
      ]
    : []
}

const burstDetails = (label: string, result: PublishResult): string[] => {
  const { burst } = result
  if (!burst) return result.burstError ? [`- Burst, ${label}: failed: ${result.burstError.split('\n')[0]}`] : []
  return [
    `- Burst, ${label}: ${burst.publications} FAQs` +
      (burst.createdFaqs ? ` (${burst.createdFaqs} created for it beforehand, copies of the first with a question of their own)` : '') +
      ` each got a new French question, published; the PATCHes went out over ${seconds(burst.sendSpanMs)} (first sent → last ` +
      `answered; each ${integer(Math.min(...burst.patchMs))} to ${integer(Math.max(...burst.patchMs))} ms). \`${burst.path}\` served the ` +
      `last one ${seconds(burst.lastServedMs)} after its save's response` +
      (burst.allServedWithLast ? ', with all the others' : ', **without all the others**') +
      `; ${burstAfterMs / 1000} s later, the site idle, it served ` +
      (burst.missingAtEnd.length ? `all but ${burst.missingAtEnd.length}: ${burst.missingAtEnd.join(', ')}` : `all ${burst.publications}`) +
      `. Builds: ${
        burst.builds
          .map(
            (build) =>
              `${build.status}, ${seconds(build.durationMs ?? undefined)} by ${build.builtBy ?? '?'}, record created ` +
              `${build.startedAfterLastSave ? 'after' : 'before'} the last save's response (“${build.reason ?? ''}”)`,
          )
          .join('; ') || 'none'
      }` +
      (burst.hourlyBuilds ? `; and ${burst.hourlyBuilds} hourly rebuild(s), not counted` : '') +
      '.',
  ]
}

const publishDetails = (label: string, result: PublishResult): string[] => [
  `- Publish → live, ${label}: \`PATCH /api/trainings/${result.document.id}\` (new title, \`_status: 'published'\`), then ` +
    `\`GET ${result.document.path}\` until the title is served. Runs: ${result.samples.map(publishSampleText).join('; ')}.`,
  ...(result.unpublish ? [`- Unpublish → 404, ${label}: \`${result.unpublish.path}\`, ${publishSampleText(result.unpublish)}.`] : []),
  ...lockNote(result),
  ...burstDetails(label, result),
  `- The stack (scripts/start.ts) answered after ${seconds(result.stackReadyMs)}; the warm builder was ready after ` +
    `${seconds(result.builderReadyMs)}, its first build ` +
    (result.startupBuild
      ? `${result.startupBuild.status}, ${seconds(result.startupBuild.durationMs ?? undefined)}, ${result.startupBuild.pages ?? '?'} pages.`
      : 'not found.') +
    (result.builderStops
      ? ` The warm builder stopped ${result.builderStops} time(s) during the part (restarted by scripts/start.ts).`
      : ''),
]

const islandNames = (weight: PageWeight) =>
  weight.islandFiles
    .filter((file) => !file.startsWith('site/pages'))
    .map((file) => file.split('/').at(-1))
    .join(', ') || 'page script'

/** The font files a page loaded, by name without the build's hash, with their weight. */
const fontFiles = (weight: PageWeight) =>
  weight.resources
    .filter((resource) => resource.type === 'Font')
    .map((resource) => `${(resource.url.split('/').at(-1) ?? '').replace(/\.[\w-]{8}\.woff2$/, '.woff2')} ${kb(resource.transferred)}`)
    .join(', ') || 'none'

const weightTable = (weights: PageWeight[]): string[] => [
  row([
    'Template',
    'Page',
    'In all',
    'HTML',
    'CSS',
    'JS',
    'HTML+CSS+JS',
    '… brotli bodies',
    '… uncompressed',
    'Images',
    'Fonts',
    'Other',
    'Requests',
    'Scrolled to the end',
    'Island',
  ]),
  row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']),
  ...weights.map((weight) =>
    row([
      weight.template,
      `\`${decodeURI(weight.path)}\``,
      kb(weight.total),
      kb(weight.bytes.html),
      kb(weight.bytes.css),
      kb(weight.bytes.js) + (weight.inlineScriptChars ? ` (+${weight.inlineScriptChars} chars inline)` : ''),
      kb(weight.htmlCssJs),
      kb(weight.htmlCssJsBrotli),
      kb(weight.htmlCssJsRaw),
      kb(weight.bytes.image),
      kb(weight.bytes.font),
      kb(weight.bytes.other),
      weight.requests,
      `+${kb(weight.scrolledExtra)}`,
      weight.island ? `yes (${islandNames(weight)})` : 'no',
    ]),
  ),
]

const lighthouseTable = (results: LighthouseResult[]): string[] => [
  row(['Page', ...categories, 'Performance of each run', 'FCP / LCP / TBT / CLS / SI (median run)']),
  row(['---', ...categories.map(() => '---:'), '---', '---']),
  ...results.map((result) => {
    const metric = (id: string, unit = 'ms') => {
      const value = result.median.metrics[id]
      if (value === null || value === undefined) return '—'
      return unit === 'ms' ? `${integer(value)} ms` : value.toFixed(3)
    }
    return row([
      `${result.template} \`${decodeURI(new URL(result.url).pathname)}\``,
      ...categories.map((category) => result.median.scores[category] ?? '—'),
      result.runs.map((run) => run.scores.performance ?? '—').join(', '),
      [
        metric('first-contentful-paint'),
        metric('largest-contentful-paint'),
        metric('total-blocking-time'),
        metric('cumulative-layout-shift', ''),
        metric('speed-index'),
      ].join(' / '),
    ])
  }),
]

const lighthouseFindings = (results: LighthouseResult[]): string[] =>
  results.flatMap((result) =>
    categories.flatMap((category: Category) => {
      const failing = result.median.failing[category]
      if (failing.length === 0) return []
      const audits = failing.map(
        (audit) =>
          `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}${audit.score === null ? '' : ` [${audit.score}]`}`,
      )
      return [`- ${pageLabel(result)}, ${category}: ${audits.join('; ')}.`]
    }),
  )

/** Which run wrote a part: command, dates, code, machine, packages, and the load when the part's phases began. */
const provenance = (results: SiteBenchResults, part: ReportPart): string => {
  const { machine } = results
  const phases = Object.entries(results.loadAverage).filter(([phase]) => results.phaseParts?.[phase] === part)
  return (
    `Measured by \`${results.command}\` (run ${results.stamp}, ${machine.date} → ${results.finishedAt}); code ` +
    `\`${results.code.commit.replace(/`/g, '')}\`` +
    (results.code.changed.length
      ? ` with uncommitted changes in ${results.code.changed.join(', ')}`
      : ', no uncommitted change in site/, cms/, scripts/, content/') +
    `; ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, ${results.chromium}; ` +
    Object.entries(machine.packages)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ') +
    `. Load average at the start of the run (1 / 5 / 15 min) ${machine.loadAverage.join(' / ')}` +
    (phases.length ? `; (1 min) when this part began: ${phases.map(([phase, load]) => `${phase} ${load}`).join(', ')}` : '') +
    `. Raw samples: bench/results/site-${results.stamp}.json` +
    (part === 'lighthouse' ? ` and the reports in bench/results/site-${results.stamp}/lighthouse/` : '') +
    ' (not committed).'
  )
}

const buildMethod =
  '**How**: wall time from spawning `tsx scripts/build-site.ts` to its exit (Node and tsx start, the snapshot process with its ' +
  '`getPayload()`, and the site-builds record at the end included; a wait for the checkout-wide build lock held by someone else’s ' +
  'build is shown apart and left out); pages as the build reports them (rendered plus, in an incremental rebuild, those linked ' +
  'unchanged from the live build); ms per page = wall time ÷ pages. Peak memory: the summed RSS of the build’s whole process tree ' +
  '(tsx, the build script, the snapshot child, the `astro build` child, esbuild), read from /proc every 100 ms (shared pages count ' +
  'once per process: a slight overstatement). The time split comes from the build’s output lines, time-stamped as they arrive, and ' +
  'from when the astro child disappears.'

const partFailures = (results: SiteBenchResults, part: ReportPart): string[] =>
  results.errors
    .filter((error) => (error.part ?? 'demo') === part)
    .flatMap((error) => ['', `${error.phase} failed:`, '', '```', error.message, '```'])

const failureRows = (results: SiteBenchResults, part: ReportPart): string[] =>
  results.errors.filter((error) => (error.part ?? 'demo') === part).map((error) => row([error.phase, 'failed (below)', '', '❌']))

/** The parts a run measured (or tried to): those it writes. */
export const measuredParts = (results: SiteBenchResults): ReportPart[] => {
  const { builds, publish, seed } = results
  const has: Record<ReportPart, boolean> = {
    demo: Boolean(seed.demo || builds.demoCold),
    warm: Boolean(builds.demoWarm),
    scale: Boolean(seed.synthetic || builds.scaleCold),
    publish: Boolean(publish.demo || publish.scale),
    weight: Boolean(results.weights),
    lighthouse: Boolean(results.lighthouse),
  }
  return reportParts.filter((part) => has[part] || results.errors.some((error) => (error.part ?? 'demo') === part))
}

const renderPart = (results: SiteBenchResults, part: ReportPart): string[] => {
  const { builds, publish } = results
  const count = integer(results.options.count)
  const body: Record<ReportPart, () => string[]> = {
    demo: () => [
      '### Demo build, 7 languages, cold Astro cache',
      '',
      provenance(results, part),
      '',
      'Demo content (`content/seed.ts`) in all 7 languages, built with an empty Astro cache and no live build (a full build). ' +
        buildMethod,
      '',
      ...table([
        ...(builds.demoCold
          ? [
              ...buildRows('Demo build, 7 languages, cold Astro cache', builds.demoCold, false),
              splitRow('Demo build, cold', builds.demoCold),
            ]
          : []),
        ...failureRows(results, part),
      ]),
      '',
      ...(results.seed.demo
        ? [`- Demo seed: ${seconds(results.seed.demo.demoSeconds * 1000)} (${results.seed.demo.demoSteps.join(', ')}).`]
        : []),
      ...(builds.demoCold ? buildDetails('Demo build, cold', builds.demoCold) : []),
    ],
    warm: () => [
      '### Demo rebuild, nothing changed (incremental)',
      '',
      provenance(results, part),
      '',
      'The demo build again, right after the cold one, with nothing changed: only the pages whose content changed are rendered, ' +
        'the others linked from the live build. Measured as the cold build above.',
      '',
      ...table([
        ...(builds.demoWarm
          ? [
              ...buildRows('Demo rebuild, 7 languages, nothing changed (incremental)', builds.demoWarm, false),
              splitRow('Demo rebuild', builds.demoWarm),
            ]
          : []),
        ...failureRows(results, part),
      ]),
      '',
      ...(builds.demoWarm ? buildDetails('Demo rebuild', builds.demoWarm) : []),
    ],
    scale: () => [
      `### ${count} synthetic trainings × fr, en, es`,
      '',
      provenance(results, part),
      '',
      `\`content/seed.ts --scale ${results.options.count}\` (${count} synthetic trainings in fr, en and es, one module with one lesson ` +
        'each) on the demo database, built with `SITE_LOCALES=fr,en,es`: a full build with an empty cache, then (with `warm`) an ' +
        'incremental rebuild with nothing changed and a full build (`--full`: every page rendered) with the Astro cache the first ' +
        'build left (entry digests), as after a deploy. Measured as the demo build.',
      '',
      ...table([
        ...(builds.scaleCold
          ? [
              ...buildRows(`${count} trainings × fr, en, es, cold Astro cache`, builds.scaleCold, true),
              splitRow(`${count} trainings build, cold`, builds.scaleCold),
            ]
          : []),
        ...(builds.scaleWarm
          ? [
              ...buildRows(`${count} trainings × fr, en, es, rebuild, nothing changed (incremental)`, builds.scaleWarm, false),
              splitRow(`${count} trainings rebuild`, builds.scaleWarm),
            ]
          : []),
        ...(builds.scaleFull
          ? [
              ...buildRows(`${count} trainings × fr, en, es, full build, warm Astro cache`, builds.scaleFull, true),
              splitRow(`${count} trainings full build, warm`, builds.scaleFull),
            ]
          : []),
        ...failureRows(results, part),
      ]),
      '',
      ...(results.seed.synthetic
        ? [
            `- \`--scale ${results.seed.synthetic.count}\`: the synthetic trainings took ${seconds(results.seed.synthetic.syntheticSeconds * 1000)} ` +
              `(${seconds(results.seed.synthetic.scaleWallSeconds * 1000)} for the whole command).`,
          ]
        : []),
      ...(builds.scaleCold ? buildDetails(`${count} trainings build, cold`, builds.scaleCold) : []),
      ...(builds.scaleWarm ? buildDetails(`${count} trainings rebuild`, builds.scaleWarm) : []),
      ...(builds.scaleFull ? buildDetails(`${count} trainings full build, warm`, builds.scaleFull) : []),
    ],
    publish: () => [
      '### Publish → live',
      '',
      provenance(results, part),
      '',
      `Issue 20's targets: publish → live ≤ ${siteTargets.publishDemoMs / 1000} s (median of 5, demo content) and ≤ ` +
        `${siteTargets.publishScaleMs / 1000} s at 10,000 trainings × 3 languages, from the save's response to the new text served, ` +
        'and unpublish → 404 in the same time (until issue 20: ≤ 15 s and ≤ 60 s, timed from the PATCH’s sending); the warm ' +
        `builder's memory ≤ ${mib(siteTargets.builderRssBytes)} between builds at 10,000 × 3; ${burstPublications} publications ` +
        `within ${burstWindowMs / 1000} s → at most ${siteTargets.burstBuilds} builds, the last serving all ${burstPublications}.`,
      '',
      `\`scripts/start.ts\` (the CMS with its job runner, the warm site builder scripts/site-builder.ts and the static site server, ` +
        'on ports of their own), logged in over REST as the demo editor, at demo size (7 languages) and, with `scale`, with the ' +
        `${count} trainings (fr, en, es). Before the first measured publication, the warm builder is waited for (its ` +
        '“Constructeur du site prêt” line, printed after its first build, or its socket answering), so that the runs measure its ' +
        `path. Then ${results.options.runs} times: \`PATCH\` a French training with a new title and \`_status: 'published'\`; the ` +
        "timer starts at the PATCH's response (the save's response; the PATCH's own time is given apart) and stops when its public " +
        `page serves the new title, fetched again ${pollMs} ms after each answer that does not (so up to ${pollMs} ms plus one GET ` +
        "late). Then once: unpublish another training (`_status: 'draft'`), timed the same way until its page answers 404. Each " +
        "run's build is found by its site-builds record (the reason names the title) and split: save's response → record created " +
        '(the job’s 1 s debounce and the job runner’s 1 s poll), record created → page served (the build, the swap of `current`, ' +
        'the poll’s lateness), and the build’s own steps as the last line of its log gives them (the warm builder’s; a build in a ' +
        'child process gives none). “Warm” means the record’s log says its pages were “rendues par le constructeur chaud”; any ' +
        'other build (the warm builder’s own `astro build`, or scripts/build-site.ts in a child process when no builder listened) ' +
        'is labelled. “More before the record was closed” is the record’s span minus the build’s own duration: the request to the ' +
        'builder, a wait for the build lock if any, the swap and the record update. Between runs the site is left idle: no build ' +
        'running, none finished for 8 s, the warm builder using under 0.1 s of CPU a second (the removal of old builds, after the ' +
        'record, is over); an editor publishing during a build would wait for it. The load is the 1-minute load average when each ' +
        'PATCH was sent.',
      '',
      'Memory: VmRSS (resident now) and VmHWM (the highest since the process started, its first build included) from ' +
        '/proc/<pid>/status of the warm builder, the largest resident process of the stack’s process group whose command line ' +
        'names scripts/site-builder.ts (the node process, not tsx’s wrapper), read while idle after the publications and after the ' +
        `burst; the target (≤ ${mib(siteTargets.builderRssBytes)} between builds) is stated for 10,000 trainings × 3 languages and ` +
        'shown at both sizes.',
      '',
      `Burst: ${burstPublications} FAQs (the demo content has fewer: the missing ones are created first, copies of the first FAQ with ` +
        "a question of their own, and their build waited for) each get a new French question with `_status: 'published'`, the " +
        `PATCHes sent one after another on a schedule spread evenly over ${burstWindowMs / 1000} s (a PATCH answered late delays ` +
        `the next: the span actually taken is given); then \`/fr/faq/\` is polled until the last question is served, and ` +
        `${burstAfterMs / 1000} s later, once the site is idle, the site-builds records created from the first PATCH until then are ` +
        'counted (hourly rebuilds left out and named) and the page checked for every question. Only the French FAQ page is checked.',
      '',
      ...table([
        ...(publish.demo ? publishRows('demo content', publish.demo, siteTargets.publishDemoMs) : []),
        ...(publish.scale
          ? publishRows(`${count} trainings`, publish.scale, siteTargets.publishScaleMs, ' (stated for 10,000 trainings × 3 languages)')
          : []),
        ...failureRows(results, part),
      ]),
      '',
      ...(publish.demo ? publishDetails('demo content', publish.demo) : []),
      ...(publish.scale ? publishDetails(`${count} trainings`, publish.scale) : []),
    ],
    weight: () => [
      '### Page weight on a phone, fr and ar',
      '',
      provenance(results, part),
      '',
      'One page per template and language (fr, ar) from the demo build (the first of each collection, one translated into the ' +
        'language if any), served by site/server/serveSite.ts (brotli/gzip), loaded in Chromium through playwright-core as ' +
        `Lighthouse’s mobile run emulates a phone (a 390×844 screen as the issue’s, pixel ratio ${phone.deviceScaleFactor}, touch, ` +
        'the Moto G Power user agent), fresh profile, cache disabled, until the network is idle and a second more. Bytes are ' +
        '`Network.loadingFinished` encodedDataLength (on the wire: compressed bodies plus response headers) summed by resource ' +
        'type; "in all" is every request made before the visitor scrolls, fonts and images included: issue 19’s figure ' +
        `(≤ ${siteTargets.phonePageBytes / 1024} KB for a page without an island). "Scrolled to the end" is what scrolling down a ` +
        'screen at a time loads besides (lazy images). Chromium does not offer brotli over plain http, so it gets gzip; the brotli ' +
        'column gives what the HTML, CSS and JS weigh with brotli (bodies only), as over HTTPS. JS counts script files plus inline ' +
        '`<script>` (JSON-LD excluded). "Island" means the page or a component it imports has an Astro `<script>` or a `client:*` ' +
        'directive (read from the sources).',
      '',
      ...table([...(results.weights ? weightRows(results.weights) : []), ...failureRows(results, part)]),
      ...(results.weights
        ? [
            '',
            ...weightTable(results.weights),
            '',
            'Font files each page loaded (transferred):',
            '',
            ...results.weights.map((weight) => `- ${pageLabel(weight)}: ${fontFiles(weight)}.`),
          ]
        : []),
    ],
    lighthouse: () => [
      '### Lighthouse, mobile, fr and ar',
      '',
      provenance(results, part),
      '',
      `Lighthouse ${results.machine.packages.lighthouse ?? ''} (CLI, default config: mobile emulation, simulated throttling), ` +
        `\`--chrome-flags="--headless=new --no-sandbox --disable-gpu"\`, CHROME_PATH=/usr/bin/chromium, ${results.options.lighthouseRuns} ` +
        'runs per page against the server of the page-weight part; the run with the median performance score is reported. The ' +
        'server is http on 127.0.0.1: what Lighthouse says about that is reported as it is.',
      '',
      ...table([...(results.lighthouse ? lighthouseRows(results.lighthouse) : []), ...failureRows(results, part)]),
      ...(results.lighthouse
        ? [
            '',
            ...lighthouseTable(results.lighthouse),
            '',
            'Audits that lost points, as Lighthouse words them (median run; [score] when partial):',
            '',
            ...(lighthouseFindings(results.lighthouse).length ? lighthouseFindings(results.lighthouse) : ['- none']),
          ]
        : []),
    ],
  }
  return [`<!-- site-part:${part} -->`, ...body[part](), ...partFailures(results, part), `<!-- /site-part:${part} -->`]
}

/** The parts written earlier in `doc` (the section, or the whole of docs/BENCHMARKS.md), as they are, by name. */
export const partsOf = (doc: string): Partial<Record<ReportPart, string>> =>
  Object.fromEntries(
    [...doc.matchAll(/<!-- site-part:([a-z]+) -->\n[\s\S]*?<!-- \/site-part:\1 -->/g)].map((match) => [match[1], match[0]]),
  )

/**
 * The section: the parts this run measured, rendered; the others as `previous` (the document that
 * holds the section as it was, '' for none) has them, each still naming the run that measured it.
 */
export const renderSiteSection = (results: SiteBenchResults, previous = ''): string => {
  const measured = new Set(measuredParts(results))
  const kept = partsOf(previous)
  const parts = reportParts.flatMap((part) => {
    if (measured.has(part)) return [renderPart(results, part).join('\n')]
    const earlier = kept[part]
    return earlier ? [earlier] : []
  })
  const lines = [
    '## Public site',
    '',
    'Written by `npm run bench:site` (bench/site.ts), in parts. Each part names the run that measured it: its command, code, ' +
      'machine and load. A run with `--only` measures the demo build (every part starts from it) and the parts it was given, ' +
      'rewrites those, and keeps the others as an earlier run wrote them.',
    '',
    'Every run starts from a fresh SQLite database and site folders under var/bench-site/ (removed afterwards). The build parts ' +
      'run `scripts/build-site.ts` as the CMS rebuild job runs it when no warm builder listens (snapshot through the Local API → ' +
      '`astro build` in a child process → media copy → swap of `current`); the publish part goes through `npm start`’s warm site ' +
      'builder (scripts/site-builder.ts), as publications do. The load averages show how busy the machine was: the benchmark’s own ' +
      'builds, servers and browser keep both cores busy, and anything else running on the machine shows there too. Every time ' +
      'includes it.',
    '',
    parts.join('\n\n'),
  ]
  return `${lines.join('\n').trimEnd()}\n`
}
