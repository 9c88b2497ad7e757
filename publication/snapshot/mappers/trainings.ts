import type { Training } from '../../../cms/payload-types'
import { populated, richTextToHtml } from '../documents'
import type { Mapper } from './context'
import { resourceFields } from './resource'

export const trainings: Mapper<'trainings', Training> = (doc, context) => {
  const { translation, media } = context
  return {
    ...resourceFields(doc, context, doc.title, doc.cover),
    kind: doc.kind,
    level: doc.level,
    durationMinutes: doc.durationMinutes,
    objectives: (doc.objectives ?? []).map((objective) => objective.text),
    modules: doc.modules.map((module, moduleIndex) => ({
      title: module.title,
      titleTranslated: translation.partTranslated((stored: Training) => stored.modules?.[moduleIndex]?.title),
      summary: module.summary ?? '',
      lessons: module.lessons.map((lesson, lessonIndex) => ({
        slug: lesson.slug,
        titleTranslated: translation.partTranslated((stored: Training) => stored.modules?.[moduleIndex]?.lessons?.[lessonIndex]?.title),
        translated: translation.partTranslated((stored: Training) => stored.modules?.[moduleIndex]?.lessons?.[lessonIndex]),
        title: lesson.title,
        bodyHtml: richTextToHtml(lesson.body),
        video: populated(lesson.video)?.slug ?? null,
        attachments: media.downloads(lesson.attachments),
      })),
    })),
  }
}
