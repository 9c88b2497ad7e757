/** One row of a video's `subtitles` array, as stored, sent by a save or held by the admin's form. */
export interface SubtitleTrack {
  language?: string | null
  /** The WebVTT file: its id, or the document when read with depth. */
  file?: unknown
}

/**
 * The languages, in the order given, that no track serves: a track is a language with its file.
 * Kept apart from cms/translations/subtitles.ts (which reads the project's languages from the
 * server's settings) so that the admin's browser can run it on the form as it is edited.
 */
export const languagesWithoutTrack = <Code extends string>(languages: readonly Code[], tracks: readonly SubtitleTrack[]): Code[] => {
  const served = new Set(
    tracks.filter((track) => track.file !== null && track.file !== undefined && track.file !== '').map((track) => track.language),
  )
  return languages.filter((code) => !served.has(code))
}
