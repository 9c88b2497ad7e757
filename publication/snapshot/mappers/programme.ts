import type { Programme } from '../../../cms/payload-types'
import { richTextToHtml } from '../documents'
import type { Mapper } from './context'
import { resourceFields } from './resource'

export const programme: Mapper<'programme', Programme> = (doc, context) => {
  const { translation } = context
  return {
    ...resourceFields(doc, context, doc.title, null),
    number: doc.number,
    introHtml: richTextToHtml(doc.intro),
    sections: doc.sections.map((section, sectionIndex) => ({
      title: section.title,
      titleTranslated: translation.partTranslated((stored: Programme) => stored.sections?.[sectionIndex]?.title),
      measures: section.measures.map((measure, measureIndex) => ({
        number: measure.number ?? '',
        titleTranslated: translation.partTranslated(
          (stored: Programme) => stored.sections?.[sectionIndex]?.measures?.[measureIndex]?.title,
        ),
        translated: translation.partTranslated((stored: Programme) => stored.sections?.[sectionIndex]?.measures?.[measureIndex]),
        title: measure.title,
        textHtml: richTextToHtml(measure.text),
      })),
    })),
  }
}
