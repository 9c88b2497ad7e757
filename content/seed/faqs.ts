import { faqs } from '../data/faqs'
import type { SeedContext } from './context'
import { upsertPublished } from './upsert'

export const seedFaqs = async (context: SeedContext): Promise<void> => {
  const step = context.progress.step('Questions fréquentes', faqs.length)
  for (const faq of faqs) {
    await upsertPublished(
      context,
      'faqs',
      { slug: faq.slug, question: faq.question, answer: faq.answer, category: faq.category, order: faq.order },
      new Set(['answer']),
    )
    step.tick()
  }
  step.done()
}
