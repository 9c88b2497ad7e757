import { languagesWithoutTrack, type SubtitleTrack } from '../components/subtitles/languagesWithoutTrack'
import { type LocaleCode, localeCodes } from '../../publication/locales'

/** The project's languages (French included) that the video has no subtitle track in, in the project's order. */
export const missingSubtitleLanguages = (video: { subtitles?: readonly SubtitleTrack[] | null }): LocaleCode[] =>
  languagesWithoutTrack(localeCodes, video.subtitles ?? [])
