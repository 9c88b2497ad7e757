import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import type { Progress } from './progress'

type SanitizedEditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>

/** What every seeder needs: the CMS, progress output, and the ids of what earlier seeders created. */
export interface SeedContext {
  payload: Payload
  progress: Progress
  editorConfig: SanitizedEditorConfig
  ids: {
    themes: Map<string, number | string>
    visuals: Map<string, number | string>
    videos: Map<string, number | string>
    sheetPdfs: Map<string, number | string>
  }
  themeColours: Map<string, string>
}

export const createSeedContext = async (payload: Payload, progress: Progress): Promise<SeedContext> => ({
  payload,
  progress,
  editorConfig: await editorConfigFactory.default({ config: payload.config }),
  ids: { themes: new Map(), visuals: new Map(), videos: new Map(), sheetPdfs: new Map() },
  themeColours: new Map(),
})

export const markdownToRichText = (context: SeedContext, markdown: string) =>
  convertMarkdownToLexical({ editorConfig: context.editorConfig, markdown })

/** The colour of a resource's first theme, for its generated artwork. */
export const themeColourOf = (context: SeedContext, themes: readonly string[]): string =>
  context.themeColours.get(themes[0] ?? '') ?? '#8a2a1f'

/** Looks up ids by slug, failing loudly on a typo in the demo content. */
export const idsOf = (map: Map<string, number | string>, slugs: readonly string[] | undefined, what: string) =>
  (slugs ?? []).map((slug) => {
    const id = map.get(slug)
    if (id === undefined) throw new Error(`Demo content refers to unknown ${what} "${slug}"`)
    return id
  })
