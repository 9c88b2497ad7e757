import type { AgendaPublishResult } from './agendaPublish'
import type { SiteCalendars } from './calendarFiles'
import type { CodeVersion } from './codeVersion'
import type { Machine } from './machine'
import { machineRows, row } from './markdown'
import type { SeedResult } from './seed'
import type { SiteBuildMeasure } from './siteBuild'

export interface AgendaBenchResults {
  command: string
  stamp: string
  machine: Machine
  code: CodeVersion
  options: { count: number; runs: number; only: string[] }
  /** 1-minute load average when each phase began. */
  loadAverage: Record<string, number>
  seed: {
    demo?: Pick<SeedResult, 'demoSeconds' | 'demoSteps'>
    /** agendaSeed.ts: the events' own creation time, and its process's wall time. */
    synthetic?: { count: number; seconds: number; wallSeconds: number }
  }
  builds: { demoCold?: SiteBuildMeasure; scaleCold?: SiteBuildMeasure }
  calendars?: SiteCalendars
  publish?: AgendaPublishResult
  errors: { phase: string; message: string }[]
  finishedAt: string
}

export const agendaTargets = { msPerPage: 2, publishMs: 15_000 }

const mark = (ok: boolean) => (ok ? '✅ met' : '❌ missed')
const integer = (value: number) => Math.round(value).toLocaleString('en-US')
const seconds = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? '—' : `${(ms / 1000).toFixed(1)} s`)
const kib = (bytes: number) => `${integer(bytes / 1024)} KiB`

const buildRows = (label: string, build: SiteBuildMeasure, target: boolean): string[] => {
  const msPerPage = build.ownMs / build.pages
  const eventPages = build.pageKinds['events pages'] ?? 0
  return [
    row([
      `${label}: wall time (snapshot, Astro, media)`,
      `${seconds(build.ownMs)}${build.lockWaitMs > 0 ? ` (+ ${seconds(build.lockWaitMs)} waiting for another build’s lock, left out)` : ''}; snapshot ${seconds(build.stages.snapshotMs)}, Astro ${seconds(build.stages.astroMs)} (rendering ${seconds(build.astroStages.renderMs)})`,
      '—',
      '',
    ]),
    row([`${label}: pages`, `${integer(build.pages)} (${integer(eventPages)} event pages)`, '—', '']),
    row([
      `${label}: ms per page (wall time ÷ pages)`,
      `${msPerPage.toFixed(2)} ms`,
      target ? `≤ ${agendaTargets.msPerPage} ms` : '—',
      target ? mark(msPerPage <= agendaTargets.msPerPage) : '',
    ]),
  ]
}

export const renderAgendaSection = (results: AgendaBenchResults): string => {
  const { count } = results.options
  const lines = [
    '## Agenda and sign-ups: the agenda',
    '',
    `\`${results.command}\` (bench/agenda.ts), issue 16's agenda targets, on a fresh SQLite database.`,
    '',
    'How it is measured, and every shortcut:',
    '',
    '- **SQLite only**, as `npm run bench:site`: the build reads through the Local API, the same on both databases.',
    `- **Synthetic events**: ${integer(count)} published events written by the bench’s own seed step (bench/lib/agendaSeed.ts) through Payload’s Local API, on top of the demo content, **in French only** (the other languages show the French text), organised by the demo’s groups, typed and themed from the demo’s lists: a tenth in the past, the rest over six months, one in ten online, one in seven by two groups, half taking sign-ups here.`,
    '- **Build**: one full build (`scripts/build-site.ts`, cold Astro cache) in fr, en and es as `bench:site`’s scale build; ms per page is the whole build’s wall time (snapshot included) ÷ its HTML pages.',
    '- **.ics files**: written by the build’s calendars step (scripts/write-calendars.ts), a process of its own that runs beside `astro build` once the snapshot is written; its time is the one it logs (reading and checking the snapshot, writing every file), counted in the build’s wall time only where Astro was still waiting for it.',
    '- **Publish → on the agenda**: the whole hub as `npm start` runs it (scripts/start.ts, jobs on, rebuild on publish), demo content in 7 languages; an editor renames the soonest coming event and publishes it over REST; timed until `/fr/agenda/` serves the new title (then the event’s page).',
    '',
    ...machineRows(results.machine),
    row([
      'Code',
      `\`${results.code.commit}\`${results.code.changed.length > 0 ? ` + uncommitted changes in ${results.code.changed.length} files` : ''}`,
    ]),
    row([
      'Packages',
      Object.entries(results.machine.packages)
        .map(([name, version]) => `${name} ${version}`)
        .join(', '),
    ]),
    row(['Date', `${results.machine.date} → ${results.finishedAt}`]),
    row([
      'Load average (1 min) when each phase began',
      Object.entries(results.loadAverage)
        .map(([label, load]) => `${label} ${load}`)
        .join(', '),
    ]),
    '',
    row(['Measure', 'Result', 'Target', '']),
    row(['---', '---', '---', '---']),
  ]
  const { seed, builds, calendars, publish } = results
  if (seed.demo) lines.push(row(['Demo seed (fresh database)', seconds(seed.demo.demoSeconds * 1000), '—', '']))
  if (builds.demoCold) lines.push(...buildRows('Demo build, 7 languages', builds.demoCold, false))
  if (publish) {
    const each = publish.samples.map((sample) => seconds(sample.liveMs)).join(', ')
    const pages = publish.samples.map((sample) => seconds(sample.eventPageMs)).join(', ')
    lines.push(
      row([
        `Publish → on the agenda (demo content, ${publish.samples.length} runs, median)`,
        `${seconds(publish.medianLiveMs)} (each: ${each}; the event’s page: ${pages})`,
        `≤ ${agendaTargets.publishMs / 1000} s`,
        mark(publish.medianLiveMs <= agendaTargets.publishMs),
      ]),
    )
  }
  if (seed.synthetic)
    lines.push(
      row([
        `Seeding ${integer(seed.synthetic.count)} synthetic events (Local API)`,
        `${seconds(seed.synthetic.seconds * 1000)} (${seconds(seed.synthetic.wallSeconds * 1000)} with the process’s start)`,
        '—',
        '',
      ]),
    )
  if (builds.scaleCold) lines.push(...buildRows(`${integer(count)} events, fr + en + es`, builds.scaleCold, true))
  if (calendars) {
    const { feeds, events, stepMs } = calendars
    lines.push(
      row([
        'Writing every .ics (each event’s own and the feeds: all, per theme, group, department; every language), beside Astro',
        `${stepMs === null ? 'not logged' : seconds(stepMs)} for ${integer(feeds.files + events.files)} files (${integer(events.files)} events’ own, ${integer(feeds.files)} feeds), ${kib(feeds.bytes + events.bytes)}`,
        '—',
        '',
      ]),
    )
  }
  for (const error of results.errors) lines.push(row([`✘ ${error.phase}`, error.message.split('\n')[0] ?? '', '', '❌ failed']))
  lines.push('', 'Raw results (every build’s stages and log, each publication): `bench/results/agenda-<stamp>.json`.')
  return lines.join('\n')
}
