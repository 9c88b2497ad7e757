'use client'

import { getTranslation } from '@payloadcms/translations'
import { FieldDescription, useFormFields, useTranslation } from '@payloadcms/ui'
import type { ArrayFieldDescriptionClientComponent, ClientField, Option } from 'payload'

import { fillIn } from '../../../publication/textsByLanguage'
import { subtitleMessages } from '../../translations/subtitleMessages'
import { languagesWithoutTrack, type SubtitleTrack } from './languagesWithoutTrack'

type FormFields = Record<string, { value?: unknown; rows?: unknown[] } | undefined>

/** The tracks as the form holds them: each row's language and file. */
const tracksIn = (fields: FormFields, path: string): SubtitleTrack[] =>
  Array.from({ length: fields[path]?.rows?.length ?? 0 }, (_, index) => ({
    language: fields[`${path}.${index}.language`]?.value as string | undefined,
    file: fields[`${path}.${index}.file`]?.value ?? null,
  }))

/**
 * The languages a track may be in, in the project's order, with their names: the options of the
 * rows' `language` select (the admin's language menu may be reordered and relabelled for a translator).
 */
const languageOptions = (rowFields: ClientField[]): Exclude<Option, string>[] => {
  const select = rowFields.find((field) => field.type === 'select' && field.name === 'language')
  return select?.type === 'select'
    ? select.options.map((option) => (typeof option === 'string' ? { label: option, value: option } : option))
    : []
}

/**
 * Over a video's subtitles: the languages that have no track yet, as the form stands
 * («Sans sous-titres : English, Deutsch»), so a translator sees at once whether theirs is missing.
 */
export const MissingSubtitles: ArrayFieldDescriptionClientComponent = ({ field, path }) => {
  const { i18n } = useTranslation()
  // As JSON, so that the note renders again only when the tracks change, not on every keystroke.
  const tracks = JSON.parse(useFormFields(([fields]) => JSON.stringify(tracksIn(fields, path)))) as SubtitleTrack[]
  const options = languageOptions(field.fields)
  const missing = languagesWithoutTrack(
    options.map(({ value }) => value),
    tracks,
  )
  const t = subtitleMessages(i18n.language)
  const names = missing.map((code) => getTranslation(options.find(({ value }) => value === code)?.label ?? code, i18n))
  const note = names.length > 0 ? fillIn(t.withoutSubtitles, { languages: names.join(t.listSeparator) }) : t.subtitledInEveryLanguage
  return <FieldDescription description={note} path={path} />
}
