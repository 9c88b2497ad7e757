import { type LocaleCode, localeCodes, locales } from '../../../publication/locales'
import { languageOfTexts, textsIn } from '../../../publication/textsByLanguage'
import { env } from '../../../env'
import { type TranslatableCollection, translatableCollections } from '../translatableCollections'
import { countIn, digestMessages } from './messages'
import type { PendingDocument } from './pendingWork'
import { escapeHtml, withoutTrailingSlash } from '../../utilities/html'

export interface TranslationDigestEmail {
  to: string
  subject: string
  text: string
  html: string
}

/** The document in the admin, opened in the language to translate into. */
export const documentAdminUrl = ({ collection, id, locale }: Pick<PendingDocument, 'collection' | 'id' | 'locale'>) =>
  `${withoutTrailingSlash(env.serverUrl)}/admin/collections/${collection}/${encodeURIComponent(id)}?locale=${locale}`

export const dashboardUrl = () => `${withoutTrailingSlash(env.serverUrl)}/admin/translations`

interface Section {
  /** The language translated into, named in the email's language. */
  heading: string
  collections: { name: string; documents: { title: string; french: boolean; work: string; url: string }[] }[]
}

/** The documents grouped by language (in the hub's order), then by collection (the dashboard's order). */
const sectionsOf = (language: LocaleCode, documents: readonly PendingDocument[]): Section[] => {
  const messages = textsIn(digestMessages, language)
  const languageNames = new Intl.DisplayNames(language, { type: 'language' })
  const list = new Intl.ListFormat(language, { type: 'conjunction' })
  const workOf = ({ outdated, missing }: PendingDocument) =>
    list.format([
      ...(outdated > 0 ? [countIn(language, messages.outdated, outdated)] : []),
      ...(missing > 0 ? [countIn(language, messages.missing, missing)] : []),
    ])
  return localeCodes.flatMap((code) => {
    const inLanguage = documents.filter((document) => document.locale === code)
    if (inLanguage.length === 0) return []
    const name = languageNames.of(code) ?? code
    const collections = translatableCollections.flatMap((collection: TranslatableCollection) => {
      const inCollection = inLanguage.filter((document) => document.collection === collection)
      if (inCollection.length === 0) return []
      return [
        {
          name: messages.collections[collection],
          documents: inCollection.map((document) => ({
            title: document.title ?? messages.untitled(document.id),
            french: document.title !== null,
            work: workOf(document),
            url: documentAdminUrl(document),
          })),
        },
      ]
    })
    return [{ heading: `${name.charAt(0).toLocaleUpperCase(language)}${name.slice(1)}`, collections }]
  })
}

/**
 * One translator's digest, text and HTML, in `language`: per language they translate into and
 * per collection, each document's French title, what it asks (texts to review, to translate) and
 * its link in the admin, opened in that language; then the Translations dashboard. Titles are
 * public French texts; the only name in it is the recipient's own. Plain HTML: no remote image,
 * no tracking, `dir` for right-to-left languages.
 */
export const composeTranslationDigest = (digest: {
  language: LocaleCode
  to: string
  name: string
  documents: readonly PendingDocument[]
}): TranslationDigestEmail => {
  // Written in the language of its texts (French until this one has its own), and marked so.
  const language = languageOfTexts(digestMessages, digest.language)
  const messages = textsIn(digestMessages, language)
  const sections = sectionsOf(language, digest.documents)
  const dashboard = dashboardUrl()

  const text = [
    messages.greeting(digest.name),
    messages.intro,
    ...sections.map(({ heading, collections }) =>
      [
        heading.toLocaleUpperCase(language),
        ...collections.map(({ name, documents }) =>
          [name, ...documents.map(({ title, work, url }) => `- ${title} — ${work}\n  ${url}`)].join('\n'),
        ),
      ].join('\n\n'),
    ),
    `${messages.dashboard}\n${dashboard}`,
    `-- \n${messages.footer}`,
  ].join('\n\n')

  const { dir } = locales.find((locale) => locale.code === language)!
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${language}" dir="${dir}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(messages.subject)}</title></head>`,
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;">',
    `<p>${escapeHtml(messages.greeting(digest.name))}</p>`,
    `<p>${escapeHtml(messages.intro)}</p>`,
    ...sections.flatMap(({ heading, collections }) => [
      `<h2 style="font-size: 1.2em;">${escapeHtml(heading)}</h2>`,
      ...collections.flatMap(({ name, documents }) => [
        `<h3 style="font-size: 1em;">${escapeHtml(name)}</h3>`,
        '<ul>',
        ...documents.map(
          ({ title, french, work, url }) =>
            `<li><a href="${escapeHtml(url)}"${french ? ' lang="fr" dir="ltr"' : ''}>${escapeHtml(title)}</a> — ${escapeHtml(work)}</li>`,
        ),
        '</ul>',
      ]),
    ]),
    `<p>${escapeHtml(messages.dashboard)}<br><a href="${escapeHtml(dashboard)}">${escapeHtml(dashboard)}</a></p>`,
    `<hr><p style="font-size: 0.9em; color: #555;">${escapeHtml(messages.footer)}</p>`,
    '</body>',
    '</html>',
  ].join('\n')

  return { to: digest.to, subject: messages.subject, text, html }
}
