// Types only: the site's islands and the admin's components read these tables in the browser,
// and publication/locales reads the server's settings.
import type { LocaleCode } from './locales'

/**
 * Texts in every language the hub has them in: French always (the source), others as they are
 * translated. A language added to publication/locales.ts reads French until its texts are written
 * (README, "Adding a language"); cms/i18n/textTables.test.ts keeps each written one complete.
 */
export type TextsByLanguage<Texts> = { fr: Texts } & Partial<Record<LocaleCode, Texts>>

/**
 * The language `textsIn` reads for `code`: `code` when the table has its texts, else French (what a
 * `lang` attribute says). Own keys only: a code from a request (`toString`) never reads the prototype.
 */
export const languageOfTexts = <Code extends string>(table: TextsByLanguage<unknown>, code: Code): Code | 'fr' =>
  Object.hasOwn(table, code) && table[code as string as LocaleCode] !== undefined ? code : 'fr'

/** A language's texts, or French until it has its own. */
export const textsIn = <Texts>(table: TextsByLanguage<Texts>, code: string): Texts =>
  table[languageOfTexts(table, code) as LocaleCode] ?? table.fr

/** Fills `{{name}}` placeholders; one without a value is left as it is. The admin tables' one filler, browser and server alike. */
export const fillIn = (template: string, vars: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
