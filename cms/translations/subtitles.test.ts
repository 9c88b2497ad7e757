import { describe, expect, it } from 'vitest'

import { languagesWithoutTrack } from '../components/subtitles/languagesWithoutTrack'
import { localeCodes } from '../../publication/locales'
import { missingSubtitleLanguages } from './subtitles'

describe('missingSubtitleLanguages', () => {
  it('lists every language, French included, for a video without subtitles', () => {
    expect(missingSubtitleLanguages({})).toEqual(localeCodes)
    expect(missingSubtitleLanguages({ subtitles: null })).toEqual(localeCodes)
    expect(missingSubtitleLanguages({ subtitles: [] })).toEqual(localeCodes)
  })

  it('leaves out the languages with a track, in the project’s order whatever the tracks’ order', () => {
    const video = {
      subtitles: [
        { language: 'de', file: 12 },
        { language: 'fr', file: { id: 3, mimeType: 'text/vtt' } },
      ],
    }
    expect(missingSubtitleLanguages(video)).toEqual(['en', 'es', 'it', 'pt', 'ar'])
  })

  it('counts French as missing when only translations have tracks', () => {
    expect(missingSubtitleLanguages({ subtitles: [{ language: 'en', file: 1 }] })).toContain('fr')
  })

  it('does not count a row without its file, or without a language, as a track', () => {
    const video = {
      subtitles: [
        { language: 'en', file: null },
        { language: null, file: 4 },
        { language: 'es', file: '' },
      ],
    }
    expect(missingSubtitleLanguages(video)).toEqual(localeCodes)
  })

  it('finds nothing missing when every language has its track', () => {
    expect(missingSubtitleLanguages({ subtitles: localeCodes.map((language, file) => ({ language, file })) })).toEqual([])
  })
})

describe('languagesWithoutTrack', () => {
  it('keeps the order of the languages it is given (the admin passes the select’s options)', () => {
    expect(languagesWithoutTrack(['ar', 'fr', 'en'], [{ language: 'fr', file: 1 }])).toEqual(['ar', 'en'])
  })
})
