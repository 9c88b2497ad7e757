import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { readSnapshotRecords } from '../../search/snapshotRecords'
import { staticIndexDir, writeStaticIndex } from '../../search/staticIndex'
import { writeSnapshot } from '../../publication/snapshot/writeSnapshot'
import { describeOnDatabase, testPayload } from './database'
import { createUser, trainingData, uniqueSlug } from './fixtures'

/** The search records and the static index come from the snapshot: published content only, nobody's data. */
describeOnDatabase('search index', () => {
  let payload: Payload
  const dirs: string[] = []
  const tempDir = async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-search-'))
    dirs.push(dir)
    return dir
  }
  beforeAll(async () => {
    payload = await testPayload()
  })
  afterAll(() => Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true }))))

  it('holds published resources only, in every language, and no personal data', async () => {
    const marker = uniqueSlug('personne')
    const editor = await createUser(payload, 'editor')
    await payload.update({ collection: 'users', id: editor.id, data: { name: marker } })
    const published = await payload.create({
      collection: 'trainings',
      user: editor,
      overrideAccess: false,
      data: { ...trainingData(), _status: 'published' },
    })
    const draft = await payload.create({ collection: 'trainings', draft: true, data: { ...trainingData(), _status: 'draft' } })
    await payload.update({ collection: 'trainings', id: published.id, draft: true, data: { title: 'Brouillon pas encore relu' } })

    const content = await tempDir()
    await writeSnapshot(payload, { locales: ['fr', 'en'], outDir: content })
    const records = await readSnapshotRecords(content)
    const ours = records.filter((record) => record.url.endsWith(`/trainings/${published.slug}/`))
    expect(ours.map(({ id, locale, language, title }) => ({ id, locale, language, title }))).toEqual([
      { id: `fr-trainings-${published.slug}`, locale: 'fr', language: 'fr', title: 'Prendre la parole en public' },
      { id: `en-trainings-${published.slug}`, locale: 'en', language: 'fr', title: 'Prendre la parole en public' },
    ])
    expect(ours[0]?.text).toContain('Un message, trois arguments.')
    expect(records.some((record) => record.url.includes(draft.slug))).toBe(false)

    const site = await tempDir()
    const index = await writeStaticIndex(records, site)
    expect(index.records).toBe(records.length)
    const root = path.join(site, staticIndexDir)
    const files = (await fs.readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile())
    const names = files.map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    expect(names).toEqual(expect.arrayContaining(['fr/meta.json', 'en/meta.json']))
    expect(
      names.some((name) => /^fr\/[0-9a-f]{12}\/vocabulary\/\d+\.json$/.test(name)),
      names.join(' '),
    ).toBe(true)
    // Every file of the index is plain JSON: none holds the editor's name or email, or the unpublished draft.
    const everything = [
      JSON.stringify(records),
      ...(await Promise.all(names.map((name) => fs.readFile(path.join(root, name), 'utf8')))),
    ].join('\n')
    for (const secret of [marker, editor.email, 'Brouillon pas encore relu']) expect(everything).not.toContain(secret)
    // No record carries an account's fields (the index's term files may hold these words as words of the content).
    expect(JSON.stringify(records)).not.toMatch(/"(email|hash|salt|password|createdBy|updatedBy)":/)
  })
})
