/** The name of a downloaded tract: `<template slug>-<group name>.<pdf|png>`. */
import type { TractInput, TractTemplate } from '../../../tracts/template'

/**
 * A name part that keeps every script's letters (an Arabic group name stays
 * Arabic) but drops accents, spaces and punctuation: file systems and mail
 * clients take it as it is.
 */
export const fileNamePart = (text: string, maxLength = 60): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '')

/** The field that names the group: the one keyed `group`, else the template's first single-line field. */
const groupField = (template: TractTemplate) =>
  template.fields.find((field) => field.key === 'group') ?? template.fields.find((field) => field.type === 'line')

export function downloadName(template: TractTemplate, input: TractInput, extension: 'pdf' | 'png'): string {
  const field = groupField(template)
  const group = field ? fileNamePart(input.values[field.key] ?? '') : ''
  return `${[template.slug, group].filter(Boolean).join('-')}.${extension}`
}
