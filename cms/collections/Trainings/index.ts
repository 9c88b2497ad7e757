import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { array } from 'payload/shared'
import type { z } from 'zod'

import { trainingKind, trainingLevel } from '../../../publication/schema'
import { featuredField, publishedAtField } from '../../fields/publishing'
import { slugField } from '../../fields/slug'
import { summaryField } from '../../fields/summary'
import { titleField } from '../../fields/title'
import { themesField } from '../../fields/themes'
import { hubT } from '../../i18n/hubT'
import { isSlug, slugify } from '../../utilities/slugify'
import { contentGroup, publishable } from '../shared'

/** How editors see each kind and level of publication/schema.ts: the compiler asks for a label for every value. */
const kindLabels: Record<z.infer<typeof trainingKind>, Record<string, string>> = {
  programme: { fr: 'Programme', en: 'Programme' },
  theory: { fr: 'Théorie', en: 'Theory' },
  practice: { fr: 'Pratique', en: 'Practice' },
}
const levelLabels: Record<z.infer<typeof trainingLevel>, Record<string, string>> = {
  beginner: { fr: 'Débutant', en: 'Beginner' },
  intermediate: { fr: 'Intermédiaire', en: 'Intermediate' },
  advanced: { fr: 'Avancé', en: 'Advanced' },
}

interface ModuleRow {
  lessons?: { slug?: string | null }[] | null
}

const validateLessonSlug: TextFieldSingleValidation = (value, { req }) =>
  value ? isSlug(value) || hubT(req, 'slugInvalid') : req.t('validation:required')

/** Online courses: ordered modules of ordered lessons. */
export const Trainings: CollectionConfig = {
  slug: 'trainings',
  labels: { singular: { fr: 'Formation', en: 'Training' }, plural: { fr: 'Formations', en: 'Trainings' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'level', '_status', 'updatedAt'],
    group: contentGroup,
  },
  ...publishable,
  fields: [
    titleField,
    slugField(),
    summaryField,
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          label: { fr: 'Type', en: 'Kind' },
          options: trainingKind.options.map((value) => ({ value, label: kindLabels[value] })),
        },
        {
          name: 'level',
          type: 'select',
          required: true,
          index: true,
          label: { fr: 'Niveau', en: 'Level' },
          options: trainingLevel.options.map((value) => ({ value, label: levelLabels[value] })),
        },
        {
          name: 'durationMinutes',
          type: 'number',
          required: true,
          min: 5,
          max: 6000,
          label: { fr: 'Durée estimée (minutes)', en: 'Estimated duration (minutes)' },
        },
      ],
    },
    { name: 'cover', type: 'upload', relationTo: 'visuals', label: { fr: 'Couverture', en: 'Cover' } },
    {
      name: 'objectives',
      type: 'array',
      label: { fr: 'Objectifs pédagogiques', en: 'Learning objectives' },
      labels: { singular: { fr: 'Objectif', en: 'Objective' }, plural: { fr: 'Objectifs', en: 'Objectives' } },
      fields: [{ name: 'text', type: 'text', localized: true, required: true, label: { fr: 'Objectif', en: 'Objective' } }],
    },
    {
      name: 'modules',
      type: 'array',
      minRows: 1,
      required: true,
      label: { fr: 'Modules', en: 'Modules' },
      labels: { singular: { fr: 'Module', en: 'Module' }, plural: { fr: 'Modules', en: 'Modules' } },
      validate: (rows, options) => {
        const length = array(rows, options)
        if (length !== true) return length
        const { req } = options
        const seen = new Set<string>()
        for (const lesson of ((rows ?? []) as ModuleRow[]).flatMap((row) => row.lessons ?? [])) {
          if (!lesson.slug) continue
          if (seen.has(lesson.slug)) return hubT(req, 'lessonSlugTwice', { slug: lesson.slug })
          seen.add(lesson.slug)
        }
        return true
      },
      fields: [
        { name: 'title', type: 'text', localized: true, required: true, label: { fr: 'Titre du module', en: 'Module title' } },
        { name: 'summary', type: 'textarea', localized: true, label: { fr: 'Présentation', en: 'Overview' } },
        {
          name: 'lessons',
          type: 'array',
          minRows: 1,
          required: true,
          label: { fr: 'Leçons', en: 'Lessons' },
          labels: { singular: { fr: 'Leçon', en: 'Lesson' }, plural: { fr: 'Leçons', en: 'Lessons' } },
          fields: [
            { name: 'title', type: 'text', localized: true, required: true, label: { fr: 'Titre de la leçon', en: 'Lesson title' } },
            {
              name: 'slug',
              type: 'text',
              required: true,
              label: { fr: 'Identifiant d’URL', en: 'URL slug' },
              admin: { description: { fr: 'Rempli depuis le titre si vide.', en: 'Filled from the title when empty.' } },
              hooks: {
                beforeValidate: [
                  ({ siblingData, value }) =>
                    typeof value === 'string' && value.trim()
                      ? value.trim()
                      : typeof siblingData.title === 'string'
                        ? slugify(siblingData.title)
                        : value,
                ],
              },
              validate: validateLessonSlug,
            },
            { name: 'body', type: 'richText', localized: true, required: true, label: { fr: 'Contenu', en: 'Content' } },
            { name: 'video', type: 'relationship', relationTo: 'videos', label: { fr: 'Vidéo', en: 'Video' } },
            {
              name: 'attachments',
              type: 'upload',
              relationTo: 'files',
              hasMany: true,
              label: { fr: 'Pièces jointes', en: 'Attachments' },
            },
          ],
        },
      ],
    },
    themesField,
    featuredField,
    publishedAtField,
  ],
}
