/**
 * What VideoPlayer.astro shows: the subtitle tracks of an uploaded video, the subtitle files
 * offered for download, and the player of an external platform, asked for the visitor's subtitles.
 */
import { languageName } from './format'

export interface SubtitleFile {
  language: string
  url: string
}

export interface SubtitleTrack extends SubtitleFile {
  /** The language named in itself ("Français", "English", "العربية"), as players list them. */
  label: string
  /** On when the video starts: the visitor's language. */
  isDefault: boolean
}

const capitalised = (text: string, language: string) => text.charAt(0).toLocaleUpperCase(language) + text.slice(1)

/** A video's tracks for a visitor reading `locale`: theirs first and on by default, the others in the editors' order. */
export function subtitleTracks(subtitles: readonly SubtitleFile[], locale: string): SubtitleTrack[] {
  return [...subtitles]
    .sort((a, b) => Number(b.language === locale) - Number(a.language === locale))
    .map((track) => ({
      ...track,
      label: capitalised(languageName(track.language, track.language), track.language),
      isDefault: track.language === locale,
    }))
}

/** The name a subtitle file is saved under: the video's slug and the language, whatever it was uploaded as. */
export const subtitleFileName = (slug: string, language: string) => `${slug}.${language}.vtt`

/** The language the visitor reads, when the video has subtitles in it: the one to ask an external player for. */
export const captionLanguage = (subtitles: readonly SubtitleFile[], locale: string): string | null =>
  subtitles.some((track) => track.language === locale) ? locale : null

export type ExternalSource = 'youtube' | 'vimeo' | 'peertube'

export interface ExternalPlayer {
  name: string
  /** The video's page on the platform. */
  watch: string
  /** The platform's player, started on load, its subtitles in `captionLanguage` where the platform takes that from the URL. */
  embed: string
}

const withParameters = (base: string, parameters: Record<string, string>) => `${base}?${new URLSearchParams(parameters).toString()}`

/**
 * The platform's player for a video. The subtitles the platforms show are their own copies: the
 * URL can only choose among them. YouTube: `cc_lang_pref` and `cc_load_policy=1` (captions on);
 * Vimeo: `texttrack`; PeerTube: `subtitle`. Without a caption language, the platform's own choice.
 */
export function externalPlayer(source: ExternalSource, providerId: string, captions: string | null): ExternalPlayer {
  switch (source) {
    case 'youtube':
      return {
        name: 'YouTube',
        watch: withParameters('https://www.youtube.com/watch', { v: providerId }),
        embed: withParameters(`https://www.youtube-nocookie.com/embed/${encodeURIComponent(providerId)}`, {
          autoplay: '1',
          ...(captions ? { cc_load_policy: '1', cc_lang_pref: captions } : {}),
        }),
      }
    case 'vimeo':
      return {
        name: 'Vimeo',
        watch: `https://vimeo.com/${encodeURIComponent(providerId)}`,
        embed: withParameters(`https://player.vimeo.com/video/${encodeURIComponent(providerId)}`, {
          dnt: '1',
          autoplay: '1',
          ...(captions ? { texttrack: captions } : {}),
        }),
      }
    case 'peertube':
      // The id is the instance's host and the video's id: `video.example.org/9c9de5e8-…`.
      return {
        name: 'PeerTube',
        watch: `https://${providerId.replace('/', '/w/')}`,
        embed: withParameters(`https://${providerId.replace('/', '/videos/embed/')}`, {
          autoplay: '1',
          ...(captions ? { subtitle: captions } : {}),
        }),
      }
  }
}
