import type { Bibliography } from '../../../cms/payload-types'
import { richTextToHtml } from '../documents'
import type { Mapper } from './context'
import { resourceFields } from './resource'

export const bibliographies: Mapper<'bibliographies', Bibliography> = (doc, context) => ({
  ...resourceFields(doc, context, doc.title, null),
  introHtml: richTextToHtml(doc.intro),
  entries: doc.entries.map((entry) => ({
    author: entry.author,
    title: entry.title,
    publisher: entry.publisher ?? null,
    year: entry.year ?? null,
    isbn: entry.isbn ?? null,
    url: entry.url ?? null,
    annotation: entry.annotation ?? null,
  })),
})
