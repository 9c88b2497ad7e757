import { lexicalEditor } from '@payloadcms/richtext-lexical'

/**
 * Rich text that embeds no file and links no document: for texts organisers and translators write
 * on public pages (events, action groups), whose files would otherwise go public with them.
 */
export const editorWithoutUploads = lexicalEditor({
  features: ({ defaultFeatures }) => defaultFeatures.filter(({ key }) => key !== 'upload' && key !== 'relationship'),
})
