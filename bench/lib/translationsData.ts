/**
 * Run by bench/translations.ts in a fresh process for each step (DATABASE_URL is read once per
 * process): what issue 18's translation benchmarks do inside the CMS, through its own functions.
 * Prints one `BENCH_RESULT <json>` line and exits.
 *
 * - `setup <documents>`: the schema (committed migrations), an editor (password from
 *   BENCH_EDITOR_PASSWORD), and the FAQs written beneath the CMS (translationsSeed.ts).
 * - `status <runs> <saves>`: the status computed in memory, recomputed from the database, and
 *   kept on one document's save.
 * - `dashboard <calls>`: the Translations dashboard's figures, the first call of a fresh process first.
 */
import { getPayload, type Payload, type TypedUser } from 'payload'

import { migrateDatabase } from '../../cms/database'
import config from '../../cms/payload.config'
import { translationsDashboard } from '../../cms/translations/dashboard'
import {
  computeStatusRows,
  readLatestPage,
  recomputeTranslationStatus,
  storedStatusRows,
  updateTranslationStatus,
} from '../../cms/translations/trackTranslations'
import { status as showStatus } from './progress'
import { type Series, series } from './translationsReport'
import { editorEmail, planOf, reviseFrench, seedFaqs } from './translationsSeed'

type Doc = Record<string, unknown>
type StoredRows = Parameters<typeof computeStatusRows>[3]

const [command, ...rest] = process.argv.slice(2)
const payload: Payload = await getPayload({ config })

/** How long `work` takes, in ms, with its result. */
const timed = async <T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> => {
  const started = performance.now()
  const result = await work()
  return { ms: performance.now() - started, result }
}

/** `work` run `runs` times, one after the other; each run's ms. */
const repeat = async (runs: number, work: (run: number) => Promise<unknown> | unknown): Promise<number[]> => {
  const samples: number[] = []
  for (let run = 0; run < runs; run++) samples.push((await timed(() => work(run))).ms)
  return samples
}

const editor = async (): Promise<TypedUser> => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: editorEmail } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error('No bench editor: run the setup step first')
  return { ...docs[0], collection: 'users' } as TypedUser
}

const setup = async (documents: number) => {
  const password = process.env.BENCH_EDITOR_PASSWORD
  if (!password) throw new Error('BENCH_EDITOR_PASSWORD is not set')
  await migrateDatabase(payload)
  await payload.create({ collection: 'users', data: { email: editorEmail, name: 'Éditrice du banc', role: 'editor', password } as never })
  const { ms } = await timed(() => seedFaqs(payload, documents))
  return { seedMs: ms }
}

/** Every FAQ's latest version (drafts included), every language at once, through Payload's find as a save reads one. */
const readAllFaqs = async () =>
  (
    await payload.find({
      collection: 'faqs',
      locale: 'all',
      fallbackLocale: false,
      draft: true,
      depth: 0,
      pagination: false,
      sort: 'order',
      overrideAccess: true,
    })
  ).docs as unknown as Doc[]

/** Every stored status row of the FAQs, by document then language. */
const readStoredRows = async () => {
  const { docs } = await payload.find({
    collection: 'translation-status',
    where: { collection: { equals: 'faqs' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const stored = new Map<string, Map<string, StoredRows extends ReadonlyMap<string, infer Row> ? Row : never>>()
  for (const row of docs) stored.set(row.document, (stored.get(row.document) ?? new Map()).set(row.locale, row as never))
  return { rows: docs.length, stored }
}

/**
 * What the recompute reads, as it reads it: every page of FAQs from the adapter, and each page's
 * stored rows; the time of each kind of read, summed over the pages.
 */
const readAsRecompute = async () => {
  const docs: Doc[] = []
  const stored = new Map<string, StoredRows>()
  let documentsMs = 0
  let rowsMs = 0
  for (let after: number | string | undefined; ;) {
    const page = await timed(() => readLatestPage(payload, 'faqs', after))
    documentsMs += page.ms
    if (page.result.length === 0) break
    const rows = await timed(() =>
      storedStatusRows(
        payload,
        'faqs',
        page.result.map((doc) => String(doc.id)),
      ),
    )
    rowsMs += rows.ms
    docs.push(...page.result)
    for (const [id, byLocale] of rows.result) stored.set(id, byLocale)
    after = page.result.at(-1)!.id as number | string
  }
  return { docs, stored, documentsMs, rowsMs }
}

/** computeStatusRows over every document in memory, as recomputeTranslationStatus calls it; rows that differ from those stored. */
const computeAll = (docs: readonly Doc[], stored: ReadonlyMap<string, StoredRows>) => {
  const { fields } = payload.collections.faqs.config
  let changed = 0
  for (const doc of docs) {
    const question = doc.question as Record<string, string> | undefined
    const rows = computeStatusRows(fields, question?.fr ?? null, doc, stored.get(String(doc.id)) ?? new Map())
    changed += rows.filter((row) => row.changed).length
  }
  return changed
}

const statusCount = async () =>
  (await payload.count({ collection: 'translation-status', where: { collection: { equals: 'faqs' } }, overrideAccess: true })).totalDocs

const recompute = async (label: string) => {
  const { ms, result: documents } = await timed(() =>
    recomputeTranslationStatus(payload, 'faqs', (done, total) => showStatus(`  ${label}: ${done}/${total}`)),
  )
  return { ms, documents, rows: await statusCount() }
}

const status = async (runs: number, saves: number) => {
  const read = await timed(readAllFaqs)
  const docs = read.result
  const idOf = (index: number) => docs[index]!.id as number | string
  const none = new Map<string, StoredRows>()

  // (a) before any status exists: every row new, no stored row to compare with.
  const pureEmpty = await repeat(runs, () => computeAll(docs, none))
  // (b) the full recompute, first with no status stored (an import), then once the French of a
  // quarter of the documents was revised, then with nothing changed.
  const firstRecompute = await recompute('recompute, no status stored')
  const revisedIds = docs
    .map((_, index) => index)
    .filter((index) => planOf(index) === 'revised')
    .map(idOf)
  const revise = await timed(() => reviseFrench(payload, revisedIds))
  const afterRevision = await recompute('recompute, French revised')
  const unchanged: number[] = []
  for (let run = 0; run < runs; run++) unchanged.push((await recompute(`recompute ${run + 1}/${runs}, nothing changed`)).ms)

  // (a) again, as the target reads: every state present, the stored rows compared, over what
  // the recompute reads; then the same documents read through Payload's find, as a save reads
  // them, must find nothing to rewrite.
  const recomputeReads = await readAsRecompute()
  const pureStored = await repeat(runs, () => computeAll(recomputeReads.docs, recomputeReads.stored))
  const reread = await timed(readAllFaqs)
  const storedRead = await timed(readStoredRows)
  const rowsFoundChanged = computeAll(reread.result, storedRead.result.stored)

  // (c) one document at a time, as after a save: distinct documents of the complete plan each time.
  const complete = docs.map((_, index) => index).filter((index) => planOf(index) === 'complete')
  const take = (from: number) => complete.slice(from * saves, (from + 1) * saves).map(idOf)
  const untouched = take(0)
  const saveUnchanged = await repeat(untouched.length, (run) => updateTranslationStatus(payload, 'faqs', untouched[run]!))
  const revisedOne = take(1)
  const saveRevised: number[] = []
  for (const id of revisedOne) {
    await reviseFrench(payload, [id])
    saveRevised.push((await timed(() => updateTranslationStatus(payload, 'faqs', id))).ms)
  }
  // The whole save an editor makes (a French draft, every hook included), of which the status is part.
  const user = await editor()
  const saved = take(2)
  const wholeSave = await repeat(saved.length, (run) =>
    payload.update({
      collection: 'faqs',
      id: saved[run]!,
      locale: 'fr',
      data: { question: `Question révisée par le banc n° ${run + 1} ?` },
      draft: true,
      user,
      overrideAccess: true,
    }),
  )
  return {
    documents: docs.length,
    readAllMs: read.ms,
    recomputeReadsMs: { documents: recomputeReads.documentsMs, rows: recomputeReads.rowsMs },
    storedRows: storedRead.result.rows,
    pureEmpty: series(pureEmpty),
    pureStored: series(pureStored),
    rowsFoundChanged,
    firstRecompute,
    reviseMs: revise.ms,
    revisedDocuments: revisedIds.length,
    afterRevision,
    unchangedRecompute: series(unchanged),
    saveUnchanged: series(saveUnchanged),
    saveRevised: series(saveRevised),
    wholeSave: series(wholeSave),
    /** Complete documents whose French the saves changed: outdated now in every language. */
    moved: revisedOne.length + saved.length,
  }
}

const dashboard = async (calls: number): Promise<{ calls: Series; figures: Record<string, Record<string, number>> }> => {
  const user = await editor()
  let figures: Record<string, Record<string, number>> = {}
  const samples = await repeat(calls, async () => {
    const languages = await translationsDashboard(payload, user)
    figures = Object.fromEntries(languages.map(({ code, totals }) => [code, totals]))
  })
  return { calls: series(samples), figures }
}

const work: Record<string, () => Promise<unknown>> = {
  setup: () => setup(Number(rest[0])),
  status: () => status(Number(rest[0]), Number(rest[1])),
  dashboard: () => dashboard(Number(rest[0])),
}
const run = work[command ?? '']
if (!run) {
  console.error('Usage: tsx bench/lib/translationsData.ts setup <documents> | status <runs> <saves> | dashboard <calls>')
  process.exit(2)
}
console.log(`BENCH_RESULT ${JSON.stringify(await run())}`)
process.exit(0)
