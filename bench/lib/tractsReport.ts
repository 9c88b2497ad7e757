/** The "Tracts" section of docs/BENCHMARKS.md, from one run of bench/tracts.ts. */
import type { Machine } from './machine'
import { browserRunRows, row } from './markdown'
import { median, percentile } from './stats'

export interface FileRun {
  label: string
  /** Template slug, page path (with its pre-filling query) and what the template draws with. */
  slug: string
  path: string
  fonts: string[]
  qrCodes: number
  /** Click → the file handed to the browser (the `<a download>` click), in the page, ms; the first one after load apart. */
  firstMs: number
  samplesMs: number[]
  /** Size of the downloaded file, bytes (every run gives the same file). */
  bytes: number
  /** What the file is, as checked after the run (PDF page size, PNG pixel size). */
  checked: string
}

export interface PageLoad {
  /** Bytes transferred when the customiser page loads, by kind, until the first preview is drawn. */
  scriptBytes: number
  fontBytes: number
  artworkBytes: number
  /** The artwork files loaded (a vector PDF for the PDF, an image for the preview and the PNG), with their sizes. */
  artworkFiles: { file: string; bytes: number }[]
  /** Navigation start → the first live preview drawn, ms. */
  firstPreviewMs: number
}

export interface TractsBenchResults {
  command: string
  stamp: string
  machine: Machine
  chromium: string
  code: string
  /** Where the site came from: a fresh seed and build, or a given build folder. */
  site: string
  runs: number
  loadAverage: Record<string, number>
  pageLoad: PageLoad
  files: FileRun[]
  finishedAt: string
}

export const tractsTargets = { clickToFileMs: 300, pdfBytes: 1024 ** 2 }

const mark = (ok: boolean) => (ok ? '✅ met' : '❌ missed')
const ms = (value: number) => `${value.toFixed(0)} ms`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

export function renderTractsSection(results: TractsBenchResults): string {
  const fileRows = results.files.flatMap((file) => {
    const p50 = median(file.samplesMs)
    const p95 = percentile(file.samplesMs, 95)
    const rows = [
      row([
        `${file.label}: click → file, median / p95 of ${file.samplesMs.length}`,
        `${ms(p50)} / ${ms(p95)}`,
        '≤ 300 ms',
        mark(p95 <= tractsTargets.clickToFileMs),
      ]),
      row([`${file.label}: click → file, first click after the page loaded`, ms(file.firstMs), '—', '']),
      row([
        `${file.label}: file`,
        `${kb(file.bytes)}, ${file.checked}`,
        file.label.includes('PDF') ? '≤ 1 MB' : '—',
        file.label.includes('PDF') ? mark(file.bytes <= tractsTargets.pdfBytes) : '',
      ]),
    ]
    return rows
  })
  const { pageLoad } = results
  return [
    '## Tracts',
    '',
    `Written by \`${results.command}\` (bench/tracts.ts); every number below was measured by that run. Raw samples: bench/results/tracts-${results.stamp}.json (not committed).`,
    '',
    `What is measured: ${results.chromium} (headless, fresh profile) on the customiser pages of ${results.site}, ` +
      'served by site/server/serveSite.ts over http on 127.0.0.1. Each page is opened with its fields pre-filled by the address ' +
      '(as a "copy the link" address does) and the island draws its first preview; then Playwright clicks the download button (a real ' +
      'input event) and the page times, from the click event’s timestamp to the moment the island hands the finished file to the browser ' +
      '(the click on its `<a download>`), the whole path from the click to the file: validation, layout, shaping, the PDF or PNG, the Blob. ' +
      `The first click after the page loaded is reported apart, then ${results.runs} more clicks give the median and p95. ` +
      'The first file is a real download, checked afterwards as Chromium saved it; the repeated runs stop at the hand-over and read the ' +
      'Blob’s size instead (Chromium lets a page start only ten or so downloads). The PNG is the SVG drawn on a canvas and encoded by ' +
      'the synchronous `toDataURL()` (tracts/browser/raster.ts): `toBlob()` waited for an idle period, up to 1 s in a browser that paints no frame.',
    '',
    ...results.files.map(
      (file) => `- **${file.label}**: \`${file.path}\`, fonts ${file.fonts.join(', ')}${file.qrCodes ? `, ${file.qrCodes} QR code` : ''}.`,
    ),
    '',
    '### Machine',
    '',
    ...browserRunRows(results),
    '',
    '### Results',
    '',
    row(['Measure', 'Result', 'Target', '']),
    row(['---', '---:', '---', '---']),
    ...fileRows,
    row([
      'A5 customiser page: bytes transferred until the first preview (scripts / fonts / artwork)',
      `${kb(pageLoad.scriptBytes)} / ${kb(pageLoad.fontBytes)} / ${kb(pageLoad.artworkBytes)}`,
      '—',
      '',
    ]),
    row([
      'A5 customiser page: artwork files loaded',
      pageLoad.artworkFiles.map((artwork) => `${artwork.file} (${kb(artwork.bytes)})`).join(', '),
      '—',
      '',
    ]),
    row(['A5 customiser page: navigation → first live preview', ms(pageLoad.firstPreviewMs), '—', '']),
    '',
  ].join('\n')
}
