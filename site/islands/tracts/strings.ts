/** The customiser's interface strings: `tracts.editor` of site/i18n/<lang>.json, placeholders filled in the browser. */
import type en from '../../i18n/en.json'

export type EditorStrings = (typeof en)['tracts']['editor']

/** `{{name}}` placeholders replaced by their values (the island has no i18next). */
export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
