import type { ActionGroup } from '../../../cms/payload-types'
import { richTextToHtml } from '../documents'
import type { Mapper } from './context'
import { themeSlugs } from './resource'

/** An active action group; an inactive one has no entry. Only the group's own data: its address is the group's. */
export const groups: Mapper<'groups', ActionGroup> = (doc, { locale, translation, media }) =>
  doc.active
    ? {
        locale,
        slug: doc.slug,
        translated: translation.translated,
        translationOutdated: translation.outdated,
        name: doc.name,
        kind: doc.kind,
        descriptionHtml: richTextToHtml(doc.description),
        city: doc.city ?? null,
        postcode: doc.postcode ?? null,
        department: doc.department ?? null,
        latitude: doc.latitude ?? null,
        longitude: doc.longitude ?? null,
        themes: themeSlugs(doc.themes),
        contactEmail: doc.contactEmail ?? null,
        socialLinks: (doc.socialLinks ?? []).map(({ label, url }) => ({ label, url })),
        logo: media.picture(doc.logo),
      }
    : null
