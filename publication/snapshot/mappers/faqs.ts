import type { Faq } from '../../../cms/payload-types'
import { richTextToHtml } from '../documents'
import type { Mapper } from './context'
import { resourceFields } from './resource'

export const faqs: Mapper<'faqs', Faq> = (doc, context) => ({
  ...resourceFields(doc, context, doc.question, null),
  answerHtml: richTextToHtml(doc.answer),
  category: doc.category,
  order: doc.order,
})
