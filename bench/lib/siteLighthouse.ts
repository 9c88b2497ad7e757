import fs from 'node:fs'
import path from 'node:path'

import { runToEnd } from './children'
import { log } from './progress'
import { chromiumPath } from './siteWeight'

/**
 * Lighthouse (the npm CLI, default config: mobile, simulated throttling) on
 * pages of the static site, in headless Chromium. Each page runs `runs`
 * times; the run with the median performance score is the one reported
 * (Lighthouse's own advice for a variable score), the others are kept.
 */
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof categories)[number]

export interface LighthouseRun {
  /** 0–100 per category (null when Lighthouse could not score it). */
  scores: Record<Category, number | null>
  /** Lab metrics of the performance category, ms (CLS unitless). */
  metrics: Record<string, number | null>
  /** Audits that lost points, per category: id, title, score, and the value Lighthouse displays. */
  failing: Record<Category, { id: string; title: string; score: number | null; displayValue?: string }[]>
  warnings: string[]
  reportFile: string
}

export interface LighthouseResult {
  template: string
  locale: string
  url: string
  runs: LighthouseRun[]
  /** The run with the median performance score. */
  median: LighthouseRun
}

interface Report {
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number }>
  runWarnings?: string[]
}

const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']

const summarise = (report: Report, reportFile: string): LighthouseRun => {
  const scores = {} as LighthouseRun['scores']
  const failing = {} as LighthouseRun['failing']
  for (const category of categories) {
    const score = report.categories[category]?.score
    scores[category] = score === null || score === undefined ? null : Math.round(score * 100)
    failing[category] = (report.categories[category]?.auditRefs ?? []).flatMap(({ id, weight }) => {
      const audit = report.audits[id]
      if (!audit || weight === 0 || audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'informative') return []
      if (audit.score !== null && audit.score >= 1) return []
      return [{ id, title: audit.title, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) }]
    })
  }
  const metrics = Object.fromEntries(metricIds.map((id) => [id, report.audits[id]?.numericValue ?? null]))
  return { scores, metrics, failing, warnings: report.runWarnings ?? [], reportFile }
}

export const runLighthouse = async (
  pages: { template: string; locale: string; url: string }[],
  { runs, outDir, env }: { runs: number; outDir: string; env: NodeJS.ProcessEnv },
): Promise<LighthouseResult[]> => {
  fs.mkdirSync(outDir, { recursive: true })
  const results: LighthouseResult[] = []
  for (const page of pages) {
    const done: LighthouseRun[] = []
    for (let run = 1; run <= runs; run += 1) {
      const reportFile = path.join(outDir, `${page.template.replace(/\W+/g, '-')}-${page.locale}-${run}.json`)
      await runToEnd(
        'lighthouse',
        [
          page.url,
          '--output=json',
          `--output-path=${reportFile}`,
          '--quiet',
          `--only-categories=${categories.join(',')}`,
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        ],
        { ...env, CHROME_PATH: chromiumPath },
        { timeoutMs: 180_000 },
      )
      const summary = summarise(JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report, reportFile)
      done.push(summary)
      log(
        `    ${page.template} (${page.locale}, ${run}/${runs}): ${categories.map((category) => `${category} ${summary.scores[category] ?? '—'}`).join(', ')}`,
      )
    }
    const byPerformance = [...done].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0))
    const chosen = byPerformance[Math.floor((byPerformance.length - 1) / 2)] as LighthouseRun
    results.push({ template: page.template, locale: page.locale, url: page.url, runs: done, median: chosen })
  }
  return results
}
