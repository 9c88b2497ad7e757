import { describe, expect, it } from 'vitest'

import { faqs } from './faqs'

/** The demo FAQ's answers, one per language written. */
const answers = faqs.flatMap((faq) =>
  Object.entries(faq.answer).map(([locale, text]) => ({ slug: faq.slug, locale, text: text as string })),
)

/** The site's pages each answer links to (Markdown links), without the external ones. */
const internalLinks = (text: string) => [...text.matchAll(/\]\((\/[^)]*)\)/g)].map(([, href]) => href!)

describe('the demo FAQ', () => {
  it('links each answer to pages in its own language', () => {
    const elsewhere = answers.flatMap(({ slug, locale, text }) =>
      internalLinks(text)
        .filter((href) => !href.startsWith(`/${locale}/`))
        .map((href) => `${slug} (${locale}): ${href}`),
    )
    expect(elsewhere).toEqual([])
  })

  it('sends visitors to the agenda, the donation form, the groups, the privacy page and the legal notice', () => {
    const linked = new Set(answers.flatMap(({ text }) => internalLinks(text).map((href) => href.split('/')[2])))
    expect([...linked]).toEqual(expect.arrayContaining(['agenda', 'donate', 'groups', 'privacy', 'legal']))
  })

  it('mentions nothing the site does not have: no personal area, no contact form, no visitor account to sign in to', () => {
    const missing =
      /espace personnel|formulaire de contact|personal area|contact form|espacio personal|formulario de contacto|connecté·e|logged in/i
    expect(answers.filter(({ text }) => missing.test(text)).map(({ slug, locale }) => `${slug} (${locale})`)).toEqual([])
  })
})
