import { randomUUID } from 'node:crypto'

import { eq } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { databaseKind } from '../../../cms/database'
import { writeKeyedRows } from '../../../cms/registrations/conditionalUpdate'
import {
  readLatestPage,
  recomputeTranslationStatus,
  statusRows,
  updateTranslationStatus,
} from '../../../cms/translations/trackTranslations'
import { env } from '../../../env'
import { describeOnDatabase, testPayload } from '../database'
import { publishedFaqData, richText } from '../fixtures'

/**
 * Issue 18's attacker's review of the translation status's writer (writeKeyedRows) and its reads
 * beneath Payload (readLatestPage): what two saves at once, hostile values and a refused save do.
 */
describeOnDatabase('issue 18 review: the translation status written beneath Payload', () => {
  let payload: Payload
  const sqlAdapter = () => payload.db as unknown as { drizzle: any; tables: Record<string, any> } // eslint-disable-line @typescript-eslint/no-explicit-any
  const isSql = () => databaseKind(env.databaseUrl) !== 'mongodb'

  beforeAll(async () => {
    payload = await testPayload()
  })

  /** Runs `work` in a transaction of its own, committed if it succeeds, rolled back if not. */
  const inTransaction = async (work: (req: PayloadRequest) => Promise<unknown>, outcome: 'commit' | 'rollback' = 'commit') => {
    const transactionID = (await payload.db.beginTransaction())!
    const req = { payload, transactionID } as unknown as PayloadRequest
    try {
      await work(req)
    } catch (error) {
      await payload.db.rollbackTransaction(transactionID)
      throw error
    }
    if (outcome === 'commit') await payload.db.commitTransaction(transactionID)
    else await payload.db.rollbackTransaction(transactionID)
  }

  const forgetStatus = (id: number | string) =>
    payload.delete({
      collection: 'translation-status',
      where: { and: [{ collection: { equals: 'faqs' } }, { document: { equals: String(id) } }] },
      overrideAccess: true,
    })

  it('reads a document once, at its newest version, when two saves at once left two versions marked latest; the recompute stores its status', async () => {
    if (!isSql()) return // The two versions are marked through the SQL adapters' tables.
    const faq = await payload.create({ collection: 'faqs', data: publishedFaqData() })
    await payload.update({ collection: 'faqs', id: faq.id, locale: 'de', draft: true, data: { question: 'Wie?' } })
    await payload.update({ collection: 'faqs', id: faq.id, locale: 'de', draft: true, data: { answer: richText('Online.') } })
    // What two translators' saves at the same instant leave on PostgreSQL (each marks the versions
    // older than its own as not latest, without seeing the other's uncommitted one): the older
    // draft, German answer missing, still marked latest beside the newer.
    const { docs: versions } = await payload.db.findVersions({
      collection: 'faqs',
      where: { parent: { equals: faq.id } },
      sort: '-updatedAt',
      limit: 2,
      pagination: false,
    })
    const versionsTable = sqlAdapter().tables._faqs_v
    await sqlAdapter().drizzle.update(versionsTable).set({ latest: true }).where(eq(versionsTable.id, versions[1]!.id))

    const page = await readLatestPage(payload, 'faqs', undefined)
    const read = page.filter((doc) => doc.id === faq.id)
    expect(read).toHaveLength(1)
    expect((read[0]!.answer as Record<string, unknown>).de).toBeTruthy()

    await forgetStatus(faq.id)
    // PostgreSQL refused the whole page's statement: "ON CONFLICT DO UPDATE command cannot affect row a second time".
    await recomputeTranslationStatus(payload, 'faqs')
    expect((await statusRows(payload, 'faqs', faq.id)).get('de')).toMatchObject({ status: 'upToDate', missing: 0, upToDate: 2 })
  })

  it('gives each key one row, the last given, whatever else the rows hold', async () => {
    const document = `issue18-${randomUUID()}`
    const row = (status: string) => ({
      collection: 'faqs',
      document,
      locale: 'de',
      title: null,
      status,
      missing: 0,
      outdated: 0,
      upToDate: 0,
    })
    await writeKeyedRows(payload, 'translation-status', {
      key: ['collection', 'document', 'locale'],
      rows: [row('missing'), row('upToDate')],
      now: new Date().toISOString(),
      existing: 'update',
    })
    const { docs } = await payload.find({
      collection: 'translation-status',
      where: { document: { equals: document } },
      overrideAccess: true,
    })
    expect(docs.map(({ status }) => status)).toEqual(['upToDate'])
  })

  it('two transactions writing the same French sources in opposite orders both commit: no deadlock', async () => {
    // SQLite has one writer at a time: a second transaction's write waits for the first's commit, holding nothing.
    if (databaseKind(env.databaseUrl) !== 'postgres') return
    // `first` sorts before `second`: the first save writes them in key order, the other is given them the other way round.
    const id = randomUUID()
    const [first, second] = ['a', 'b'].map((suffix) => `issue18-${id}-${suffix}`)
    const write = (hashes: string[], req: PayloadRequest) =>
      writeKeyedRows(
        payload,
        'french-sources',
        { key: ['hash'], rows: hashes.map((hash) => ({ hash, value: 'Oui' })), now: new Date().toISOString(), existing: 'keep' },
        req,
      )
    let firstWritten!: () => void
    const firstIsWritten = new Promise<void>((resolve) => (firstWritten = resolve))
    let secondWaits!: () => void
    const secondIsWaiting = new Promise<void>((resolve) => (secondWaits = resolve))
    const outcomes = await Promise.allSettled([
      // One document's save: `first`, then (another of its texts) `second`.
      inTransaction(async (req) => {
        await write([first!], req)
        firstWritten()
        await secondIsWaiting
        await write([second!], req)
      }),
      // Another's, with the same two texts in the other order: it waits for the first on `first`.
      inTransaction(async (req) => {
        await firstIsWritten
        const writing = write([second!, first!], req)
        setTimeout(secondWaits, 300)
        await writing
      }),
    ])
    expect(outcomes.map((outcome) => (outcome.status === 'rejected' ? String(outcome.reason) : 'committed'))).toEqual([
      'committed',
      'committed',
    ])
  })

  it('stores hostile document ids, paths and texts as values, never as SQL', async () => {
    const document = `1'); DROP TABLE "translation_status"; -- ${randomUUID()}`
    const path = `answer.a"b'c.$where\`); --`
    const row = {
      collection: 'faqs',
      document,
      locale: 'de',
      title: `"); DELETE FROM users; --`,
      status: 'outdated',
      missing: 0,
      outdated: 1,
      upToDate: 0,
      fields: { [path]: 'outdated' },
      sources: { [path]: { from: `x'); --` } },
    }
    await writeKeyedRows(payload, 'translation-status', {
      key: ['collection', 'document', 'locale'],
      rows: [row],
      now: new Date().toISOString(),
      existing: 'update',
    })
    const { docs } = await payload.find({
      collection: 'translation-status',
      where: { document: { equals: document } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ title: row.title, fields: row.fields, sources: row.sources })
  })

  it('writes and then updates thousands of rows at once, beneath both databases’ bound on parameters', async () => {
    const document = `issue18-${randomUUID()}`
    const rows = (status: string) =>
      Array.from({ length: 2500 }, (_, index) => ({
        collection: 'faqs',
        document: `${document}-${index}`,
        locale: 'de',
        title: 'Titre',
        status,
        missing: 0,
        outdated: 0,
        upToDate: 2,
        fields: { question: status, answer: status },
        sources: {},
      }))
    const key = ['collection', 'document', 'locale']
    await writeKeyedRows(payload, 'translation-status', { key, rows: rows('missing'), now: new Date().toISOString(), existing: 'update' })
    await writeKeyedRows(payload, 'translation-status', { key, rows: rows('upToDate'), now: new Date().toISOString(), existing: 'update' })
    const where = { document: { like: document } }
    expect((await payload.count({ collection: 'translation-status', where, overrideAccess: true })).totalDocs).toBe(2500)
    const { totalDocs: stale } = await payload.count({
      collection: 'translation-status',
      where: { and: [where, { status: { equals: 'missing' } }] },
      overrideAccess: true,
    })
    expect(stale).toBe(0)
  })

  it('writes a save’s status in the save’s transaction: a refused save leaves no status row', async () => {
    // The SQLite adapter runs without transactions (cms/database.ts): there a refused save's own writes stay too.
    if (databaseKind(env.databaseUrl) === 'sqlite') return
    const faq = await payload.create({ collection: 'faqs', data: publishedFaqData() })
    await forgetStatus(faq.id)
    await inTransaction((req) => updateTranslationStatus(payload, 'faqs', faq.id, req), 'rollback')
    expect((await statusRows(payload, 'faqs', faq.id)).size).toBe(0)
    await updateTranslationStatus(payload, 'faqs', faq.id)
    expect((await statusRows(payload, 'faqs', faq.id)).size).toBe(6)
  })
})
