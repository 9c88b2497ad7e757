import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Training } from '../../cms/payload-types'
import { createTheme, pngFile, richText } from './fixtures'

/** A German translation of `training`, published: its title and summary, each module's and lesson's texts. */
export const germanTrainingTranslation = (training: Pick<Training, 'modules'>) => ({
  title: 'Öffentlich sprechen',
  summary: 'Vor Publikum sprechen lernen.',
  modules: training.modules.map((module) => ({
    id: module.id,
    title: 'Vorbereiten',
    lessons: module.lessons.map((lesson) => ({ id: lesson.id, title: 'Eine Lektion', body: richText('Laut üben.') })),
  })),
  _status: 'published' as const,
})

/** A downloadable visual of a new theme, whose file then vanished from the disk: a build cannot put it in the theme's kit, and fails. */
export async function createVisualWithMissingFile(payload: Payload) {
  const theme = await createTheme(payload)
  const visual = await payload.create({
    collection: 'visuals',
    data: { title: 'Perdu', alt: 'Image perdue', credit: 'Collectif', licence: 'CC0-1.0', downloadable: true, themes: [theme.id] },
    file: await pngFile(),
  })
  const upload = payload.collections.visuals.config.upload
  await fs.rm(path.join(typeof upload === 'object' ? (upload.staticDir ?? '') : '', visual.filename ?? ''))
  return { theme, visual }
}
