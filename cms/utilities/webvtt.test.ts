import { describe, expect, it } from 'vitest'

import { checkWebVtt } from './webvtt'

const valid = `WEBVTT - sous-titres

NOTE relu par l’équipe

1
00:00:01.000 --> 00:00:04.500
La dette publique n’est pas
un crédit à la consommation.

01:05.000 --> 01:08.250 align:start
Deuxième réplique.
`

describe('checkWebVtt', () => {
  it('accepts a WebVTT file with notes, identifiers, settings and short timestamps', () => {
    expect(checkWebVtt(valid)).toEqual({ valid: true, cues: 2 })
    expect(checkWebVtt(`\uFEFFWEBVTT\r\n\r\n00:00.000 --> 00:01.000\r\nBonjour\r\n`)).toEqual({ valid: true, cues: 1 })
  })

  it('refuses SRT files and other text, with the line at fault', () => {
    expect(checkWebVtt('1\n00:00:01,000 --> 00:00:04,000\nBonjour\n')).toMatchObject({ valid: false, line: 1 })
    const srtish = 'WEBVTT\n\n00:00:01,000 --> 00:00:04,000\nBonjour\n'
    expect(checkWebVtt(srtish)).toMatchObject({ valid: false, line: 3, problem: 'timing' })
  })

  it('refuses inverted timings, empty cues and files without cues', () => {
    expect(checkWebVtt('WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nTexte\n')).toMatchObject({ valid: false, line: 3 })
    expect(checkWebVtt('WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n')).toMatchObject({ valid: false })
    expect(checkWebVtt('WEBVTT\n')).toMatchObject({ valid: false, problem: 'noCue' })
  })
})
