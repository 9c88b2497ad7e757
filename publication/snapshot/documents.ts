import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

/** A relation as Payload returns it: an id at depth 0, the document at depth 1, nothing when empty or not readable. */
export type Relation<T> = number | T | null | undefined

/** The related document, when it was read with the one pointing to it. */
export const populated = <T extends object>(value: Relation<T>): T | null => (value && typeof value === 'object' ? value : null)

type RichText = Parameters<typeof convertLexicalToHTML>[0]['data']

export const richTextToHtml = (value: unknown): string =>
  value && typeof value === 'object' && 'root' in value ? convertLexicalToHTML({ data: value as RichText, disableContainer: true }) : ''
