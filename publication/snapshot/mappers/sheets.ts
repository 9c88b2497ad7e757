import type { Sheet } from '../../../cms/payload-types'
import { richTextToHtml } from '../documents'
import type { Mapper } from './context'
import { resourceFields } from './resource'

export const sheets: Mapper<'sheets', Sheet> = (doc, context) => ({
  ...resourceFields(doc, context, doc.title, null),
  kind: doc.kind,
  bodyHtml: richTextToHtml(doc.body),
  steps: (doc.steps ?? []).map((step) => ({ title: step.title, bodyHtml: richTextToHtml(step.body) })),
  attachments: context.media.downloads(doc.attachments),
})
