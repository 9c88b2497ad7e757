import type { CollectionConfig, UploadFieldSingleValidation } from 'payload'
import { array } from 'payload/shared'

import { featuredField, publishedAtField } from '../../fields/publishing'
import { slugField } from '../../fields/slug'
import { summaryField } from '../../fields/summary'
import { titleField } from '../../fields/title'
import { themesField } from '../../fields/themes'
import { hubT } from '../../i18n/hubT'
import { locales } from '../../../publication/locales'
import { contentGroup, publishable } from '../shared'
import { isVideoProvider, videoProviders, type VideoSource } from './providers'

interface SubtitleRow {
  language?: string | null
  file?: number | string | { mimeType?: string | null } | null
}

/** A subtitle track must point at a file that was accepted as WebVTT on upload. */
const validateSubtitleFile: UploadFieldSingleValidation = async (value, { req }) => {
  const reference = value as SubtitleRow['file']
  if (!reference) return req.t('validation:required')
  const file =
    typeof reference === 'object'
      ? reference
      : await req.payload.findByID({ collection: 'files', id: reference, depth: 0, req, disableErrors: true })
  return file?.mimeType === 'text/vtt' || hubT(req, 'subtitleMustBeVtt')
}

/** Decoding and explainer videos: an uploaded file or an external platform, with subtitles per language. */
export const Videos: CollectionConfig = {
  slug: 'videos',
  labels: { singular: { fr: 'Vidéo', en: 'Video' }, plural: { fr: 'Vidéos', en: 'Videos' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'source', '_status', 'updatedAt'], group: contentGroup },
  ...publishable,
  fields: [
    titleField,
    slugField(),
    summaryField,
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'peertube',
      label: { fr: 'Source', en: 'Source' },
      options: [
        { value: 'upload', label: { fr: 'Fichier téléversé', en: 'Uploaded file' } },
        ...Object.entries(videoProviders).map(([value, provider]) => ({ value, label: provider.label })),
      ],
    },
    {
      name: 'file',
      type: 'upload',
      relationTo: 'files',
      label: { fr: 'Fichier vidéo', en: 'Video file' },
      filterOptions: { mimeType: { in: ['video/mp4', 'video/webm'] } },
      admin: { condition: (_, sibling) => sibling.source === 'upload' },
      validate: (value: unknown, { req, siblingData }: { req: Parameters<typeof hubT>[0]; siblingData: { source?: VideoSource } }) =>
        siblingData.source !== 'upload' || Boolean(value) || hubT(req, 'videoFileRequired'),
    },
    {
      name: 'providerId',
      type: 'text',
      label: { fr: 'Identifiant sur la plateforme', en: 'Platform video id' },
      admin: { condition: (_, sibling) => sibling.source !== 'upload' },
      validate: (
        value: string | null | undefined,
        { req, siblingData }: { req: Parameters<typeof hubT>[0]; siblingData: { source?: VideoSource } },
      ) => {
        if (!isVideoProvider(siblingData.source)) return true
        const provider = videoProviders[siblingData.source]
        if (!value) return hubT(req, 'videoFileRequired')
        return provider.pattern.test(value) || hubT(req, 'providerIdInvalid', { provider: provider.label, example: provider.example })
      },
    },
    {
      name: 'durationSeconds',
      type: 'number',
      required: true,
      min: 1,
      label: { fr: 'Durée (secondes)', en: 'Duration (seconds)' },
    },
    { name: 'poster', type: 'upload', relationTo: 'visuals', label: { fr: 'Image d’aperçu', en: 'Poster image' } },
    {
      name: 'subtitles',
      type: 'array',
      label: { fr: 'Sous-titres', en: 'Subtitles' },
      labels: { singular: { fr: 'Piste', en: 'Track' }, plural: { fr: 'Pistes', en: 'Tracks' } },
      // Over the tracks, the languages that have none yet.
      admin: { components: { Description: '/cms/components/subtitles/MissingSubtitles#MissingSubtitles' } },
      validate: (rows, options) => {
        const length = array(rows, options)
        if (length !== true) return length
        const { req } = options
        const seen = new Set<string>()
        for (const row of (rows ?? []) as SubtitleRow[]) {
          if (!row.language) continue
          if (seen.has(row.language)) return hubT(req, 'subtitleLanguageTwice', { language: row.language })
          seen.add(row.language)
        }
        return true
      },
      fields: [
        {
          name: 'language',
          type: 'select',
          required: true,
          label: { fr: 'Langue', en: 'Language' },
          options: locales.map((locale) => ({ value: locale.code, label: locale.label })),
        },
        {
          name: 'file',
          type: 'upload',
          relationTo: 'files',
          required: true,
          label: { fr: 'Fichier WebVTT', en: 'WebVTT file' },
          filterOptions: { mimeType: { equals: 'text/vtt' } },
          validate: validateSubtitleFile,
        },
      ],
    },
    {
      name: 'transcript',
      type: 'richText',
      localized: true,
      label: { fr: 'Transcription', en: 'Transcript' },
    },
    themesField,
    featuredField,
    publishedAtField,
  ],
}
