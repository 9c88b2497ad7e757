import type { Machine } from './machine'

/** One row of a Markdown table. */
export const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`

/** The head of a report's machine table: what every benchmark runs on. */
export const machineRows = (machine: Machine): string[] => [
  row(['', '']),
  row(['---', '---']),
  row(['CPU', `${machine.cpu}, ${machine.cores} cores`]),
  row(['Memory', `${machine.memoryGiB} GiB`]),
  row(['OS', machine.os]),
  row(['Node', machine.node]),
]

/** The machine table of a benchmark run in Chromium: the machine, the browser, the code, packages, dates and load. */
export const browserRunRows = (run: {
  machine: Machine
  chromium: string
  code: string
  finishedAt: string
  loadAverage: Record<string, number>
}): string[] => [
  ...machineRows(run.machine),
  row(['Browser', run.chromium]),
  row(['Code', `\`${run.code}\``]),
  row([
    'Packages',
    Object.entries(run.machine.packages)
      .map(([name, version]) => `${name} ${version}`)
      .join(', '),
  ]),
  row(['Date', `${run.machine.date} → ${run.finishedAt}`]),
  row([
    'Load average (1 min) when each phase began',
    Object.entries(run.loadAverage)
      .map(([label, load]) => `${label} ${load}`)
      .join(', '),
  ]),
]

/**
 * Each benchmark command owns one section of docs/BENCHMARKS.md, between two
 * markers, and replaces only its own: `npm run bench` the CMS part, `npm run
 * bench:site` and `npm run bench:search` theirs.
 */
const markers = (name: string) =>
  [`<!-- bench:${name}:start (written by \`npm run bench:${name}\`, bench/${name}.ts) -->`, `<!-- bench:${name}:end -->`] as const
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const sectionPattern = (name: string) => {
  const [start, end] = markers(name)
  return new RegExp(`${escapeRegExp(start)}[\\s\\S]*?${escapeRegExp(end)}\\n?`)
}

/** `doc` with section `name` replaced by `section` (appended when there is none yet). */
export const replaceSection = (doc: string, name: string, section: string): string => {
  const [start, end] = markers(name)
  const block = `${start}\n${section.trimEnd()}\n${end}\n`
  if (sectionPattern(name).test(doc)) return doc.replace(sectionPattern(name), () => block)
  return `${doc.trimEnd()}\n\n${block}`
}

/**
 * What `npm run bench` keeps below its own part: from the first section another bench command
 * wrote (site, search, tracts…) to the end, the notes written by hand between them included; ''.
 */
export const otherBenchesPart = (doc: string): string => {
  const start = doc.search(/<!-- bench:[a-z]+:start/)
  return start === -1 ? '' : doc.slice(start).trimEnd()
}
