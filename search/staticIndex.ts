import fs from 'node:fs/promises'
import path from 'node:path'

import * as pagefind from 'pagefind'

import type { SearchRecord } from './records'
import { vocabularyOf } from './vocabulary'

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`)

/**
 * A record as the page Pagefind indexes: its headings weigh the title and
 * summary above the body (a title match ranks first), and its data attributes
 * carry the filters, the sort key and the metadata results show.
 */
function recordPage(record: SearchRecord): string {
  const filter = (name: string, values: readonly (string | null)[]) =>
    values.flatMap((value) => (value ? [`<span data-pagefind-filter="${name}">${escape(value)}</span>`] : [])).join('')
  const meta = (name: string, value: string | null) => (value ? `<span data-pagefind-meta="${name}">${escape(value)}</span>` : '')
  return [
    `<!doctype html><html lang="${record.locale}"><body>`,
    `<h1>${escape(record.title)}</h1>`,
    `<h2>${escape(record.summary)}</h2>`,
    `<h3>${escape(record.themes.join(', '))}</h3>`,
    `<p>${escape(record.text)}</p>`,
    '<div data-pagefind-ignore>',
    filter('type', [record.type]) + filter('theme', record.themes) + filter('level', [record.level]) + filter('language', [record.language]),
    meta('summary', record.summary) + meta('type', record.type) + meta('image', record.image) + meta('date', record.date),
    record.date ? `<span data-pagefind-sort="date">${escape(record.date)}</span>` : '',
    '</div></body></html>',
  ].join('')
}

/** Where the static index lives in a build: `/pagefind/pagefind.js` and its fragments. */
export const staticIndexDir = 'pagefind'

/**
 * The embedded search engine: a Pagefind index per language, written into the
 * built site as static files. Filters: type, theme, level, language of the
 * text; sort: date. Beside it, each language's vocabulary (`vocabulary/<lang>.json`)
 * for "did you mean" when a word has a typo.
 */
export async function writeStaticIndex(records: readonly SearchRecord[], siteDir: string): Promise<{ records: number; bytes: number }> {
  const outputPath = path.join(siteDir, staticIndexDir)
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
  try {
    // Many records in flight at once: each is a message to Pagefind's process, which indexes them in parallel.
    for (let start = 0; start < records.length; start += 500) {
      const batch = records.slice(start, start + 500)
      const added = await Promise.all(batch.map((record) => index.addHTMLFile({ url: record.url, content: recordPage(record) })))
      const errors = added.flatMap((result, position) => result.errors.map((error) => `${batch[position]?.url}: ${error}`))
      if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`)
    }
    await fs.rm(outputPath, { recursive: true, force: true })
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
  } finally {
    await index.deleteIndex()
    await pagefind.close()
  }
  const vocabularyDir = path.join(outputPath, 'vocabulary')
  await fs.mkdir(vocabularyDir, { recursive: true })
  for (const locale of new Set(records.map((record) => record.locale))) {
    const words = vocabularyOf(records.filter((record) => record.locale === locale))
    await fs.writeFile(path.join(vocabularyDir, `${locale}.json`), JSON.stringify(words))
  }
  let bytes = 0
  for (const file of await fs.readdir(outputPath, { recursive: true, withFileTypes: true })) {
    if (file.isFile()) bytes += (await fs.stat(path.join(file.parentPath, file.name))).size
  }
  return { records: records.length, bytes }
}
