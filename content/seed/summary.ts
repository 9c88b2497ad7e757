import type { Localized } from '../types'

/** A card summary from Markdown: the first paragraph, without markup, at most 400 characters, per language. */
export const summaryFromMarkdown = (markdown: Localized): Localized =>
  Object.fromEntries(
    Object.entries(markdown).map(([locale, text]) => [
      locale,
      (text.split(/\n\s*\n/)[0] ?? text)
        .replace(/[*_#>]/g, '')
        .trim()
        .slice(0, 400),
    ]),
  ) as Localized
