/** The template a visitor fills in, from an exported tract entry: the engine's contract, printed in the language of its texts. */
import { tractTemplateSchema, type TractTemplate } from '../../tracts/template'
import { defaultLocale } from '../../publication/locales'

/**
 * Only the template itself (the schema drops the gallery's fields). An untranslated
 * template shows its French texts, so its dates and legal mention print in French too.
 */
export const printedTemplate = (entry: TractTemplate & { translated: boolean }): TractTemplate =>
  tractTemplateSchema.parse({ ...entry, locale: entry.translated ? entry.locale : defaultLocale })
