import { describe, expect, it } from 'vitest'

import { captionLanguage, externalPlayer, subtitleFileName, subtitleTracks } from './videoPlayer'

const subtitles = [
  { language: 'fr', url: '/media/files/dette.fr.vtt' },
  { language: 'en', url: '/media/files/dette.en.vtt' },
  { language: 'ar', url: '/media/files/dette.ar.vtt' },
]

describe('subtitleTracks', () => {
  it('puts the visitor’s language first, on by default, and names each language in itself', () => {
    expect(subtitleTracks(subtitles, 'ar')).toEqual([
      { language: 'ar', url: '/media/files/dette.ar.vtt', label: 'العربية', isDefault: true },
      { language: 'fr', url: '/media/files/dette.fr.vtt', label: 'Français', isDefault: false },
      { language: 'en', url: '/media/files/dette.en.vtt', label: 'English', isDefault: false },
    ])
  })

  it('turns none on when the video has no subtitles in the visitor’s language', () => {
    const tracks = subtitleTracks(subtitles, 'de')
    expect(tracks.map(({ language }) => language)).toEqual(['fr', 'en', 'ar'])
    expect(tracks.filter(({ isDefault }) => isDefault)).toEqual([])
  })
})

describe('captionLanguage', () => {
  it('is the visitor’s language when the video has subtitles in it, else none', () => {
    expect(captionLanguage(subtitles, 'en')).toBe('en')
    expect(captionLanguage(subtitles, 'es')).toBeNull()
    expect(captionLanguage([], 'fr')).toBeNull()
  })
})

describe('subtitleFileName', () => {
  it('names the file after the video and the language', () => {
    expect(subtitleFileName('decoder-la-dette-publique', 'es')).toBe('decoder-la-dette-publique.es.vtt')
  })
})

describe('externalPlayer', () => {
  it('asks YouTube for captions in the visitor’s language, from the privacy-enhanced domain', () => {
    expect(externalPlayer('youtube', 'q3Vd8LmX2Kp', 'es')).toEqual({
      name: 'YouTube',
      watch: 'https://www.youtube.com/watch?v=q3Vd8LmX2Kp',
      embed: 'https://www.youtube-nocookie.com/embed/q3Vd8LmX2Kp?autoplay=1&cc_load_policy=1&cc_lang_pref=es',
    })
  })

  it('asks Vimeo for its text track, without tracking', () => {
    expect(externalPlayer('vimeo', '874215903', 'fr')).toEqual({
      name: 'Vimeo',
      watch: 'https://vimeo.com/874215903',
      embed: 'https://player.vimeo.com/video/874215903?dnt=1&autoplay=1&texttrack=fr',
    })
  })

  it('asks PeerTube for its subtitle, on the video’s own instance', () => {
    expect(externalPlayer('peertube', 'video.insoumis.online/7c2e91b4-5d3a-4f86-9b1e-2a0d6c8f4e13', 'ar')).toEqual({
      name: 'PeerTube',
      watch: 'https://video.insoumis.online/w/7c2e91b4-5d3a-4f86-9b1e-2a0d6c8f4e13',
      embed: 'https://video.insoumis.online/videos/embed/7c2e91b4-5d3a-4f86-9b1e-2a0d6c8f4e13?autoplay=1&subtitle=ar',
    })
  })

  it('leaves the subtitles to the platform when the visitor’s language has none', () => {
    expect(externalPlayer('youtube', 'q3Vd8LmX2Kp', null).embed).toBe('https://www.youtube-nocookie.com/embed/q3Vd8LmX2Kp?autoplay=1')
    expect(externalPlayer('vimeo', '874215903', null).embed).toBe('https://player.vimeo.com/video/874215903?dnt=1&autoplay=1')
    expect(externalPlayer('peertube', 'video.example.org/9c9de5e8', null).embed).toBe(
      'https://video.example.org/videos/embed/9c9de5e8?autoplay=1',
    )
  })
})
