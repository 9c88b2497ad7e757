/** The customiser's form values in an address: `?group=…&date=…&legal.mode=printer&legal.name=…`, and back. */
import { isPrintTemplate } from '../../../tracts/page'
import type { TractInput, TractTemplate } from '../../../tracts/template'

/**
 * Parameter names of the legal mention. Field keys never contain a dot
 * (tracts/template.ts), so these cannot collide with a field; they are also the
 * names inputProblems() gives the printer's inputs.
 */
export const legalParams = { mode: 'legal.mode', name: 'legal.name', address: 'legal.address' } as const

/** Fields an address can carry: every one but logos (a file has no place in a link). */
const linkableFields = (template: TractTemplate) => template.fields.filter((field) => field.type !== 'logo')

/**
 * `base` (the template's defaults) with what the address gives: a value for
 * each field key present, and the printer when `legal.mode=printer` on a print
 * format. Values are taken as they are, too long or not: the form then says
 * what is wrong rather than cutting text silently.
 */
export function inputFromSearch(template: TractTemplate, search: string, base: TractInput): TractInput {
  const params = new URLSearchParams(search)
  const values = { ...base.values }
  for (const field of linkableFields(template)) {
    const value = params.get(field.key)
    if (value !== null) values[field.key] = value
  }
  const printer = isPrintTemplate(template) && params.get(legalParams.mode) === 'printer'
  const legal: TractInput['legal'] = printer
    ? { mode: 'printer', name: params.get(legalParams.name) ?? '', address: params.get(legalParams.address) ?? '' }
    : base.legal
  return { ...base, values, legal }
}

/** Whether the address pre-fills the form (a field or the legal mention): the customiser then draws it at once. */
export function prefillsForm(template: TractTemplate, search: string): boolean {
  const params = new URLSearchParams(search)
  return linkableFields(template).some((field) => params.has(field.key)) || (isPrintTemplate(template) && params.has(legalParams.mode))
}

/**
 * The query string (without `?`) that pre-fills the form as it is now: the
 * fields whose value differs from the template's default (an emptied default
 * too, as `key=`), and the printer when one is chosen. Never a logo.
 */
export function searchOf(template: TractTemplate, input: TractInput): string {
  const params = new URLSearchParams()
  for (const field of linkableFields(template)) {
    const value = input.values[field.key] ?? ''
    if (value !== field.defaultValue) params.set(field.key, value)
  }
  if (isPrintTemplate(template) && input.legal.mode === 'printer') {
    params.set(legalParams.mode, 'printer')
    params.set(legalParams.name, input.legal.name)
    params.set(legalParams.address, input.legal.address)
  }
  return params.toString()
}

/** The page's address with the form's values: what "copy the link" copies. */
export function shareUrl(pageUrl: string, template: TractTemplate, input: TractInput): string {
  const url = new URL(pageUrl)
  url.search = searchOf(template, input)
  url.hash = ''
  return url.href
}
