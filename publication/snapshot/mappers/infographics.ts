import type { Infographic } from '../../../cms/payload-types'
import { populated, richTextToHtml } from '../documents'
import type { Mapper } from './context'
import { resourceFields } from './resource'

export const infographics: Mapper<'infographics', Infographic> = (doc, context) => {
  const image = populated(doc.image)
  const resource = resourceFields(doc, context, doc.title, doc.image)
  return {
    ...resource,
    image: resource.image && { ...resource.image, alt: doc.altText },
    longDescriptionHtml: richTextToHtml(doc.longDescription),
    sources: doc.sources.map(({ label, url }) => ({ label, url })),
    highResolution: context.media.download(doc.highResolution),
    width: image?.width ?? 0,
    height: image?.height ?? 0,
  }
}
