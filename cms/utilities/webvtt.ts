/**
 * A strict-enough WebVTT check for uploaded subtitles: the signature, every
 * cue timing line, and at least one cue. What browsers would silently drop is
 * reported with its line number instead.
 */
export type WebVttProblem = 'signature' | 'timing' | 'order' | 'separator' | 'emptyCue' | 'noCue'

export type WebVttCheck = { valid: true; cues: number } | { valid: false; line: number; problem: WebVttProblem }

const timestamp = String.raw`(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})`
const timingLine = new RegExp(String.raw`^${timestamp}[ \t]+-->[ \t]+${timestamp}(?:[ \t]+.*)?$`)

const seconds = (hours: string | undefined, minutes: string, secs: string, millis: string): number =>
  Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(secs) + Number(millis) / 1000

export const checkWebVtt = (text: string): WebVttCheck => {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    return { valid: false, line: 1, problem: 'signature' }
  }
  let cues = 0
  let index = 1
  // Header lines run until the first blank line.
  while (index < lines.length && lines[index]?.trim() !== '') index += 1
  while (index < lines.length) {
    while (index < lines.length && lines[index]?.trim() === '') index += 1
    if (index >= lines.length) break
    const blockStart = index
    const first = lines[index] ?? ''
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first)) {
      while (index < lines.length && lines[index]?.trim() !== '') index += 1
      continue
    }
    // An optional cue identifier precedes the timing line.
    let timing = first
    if (!first.includes('-->')) {
      index += 1
      timing = lines[index] ?? ''
    }
    const match = timingLine.exec(timing.trim())
    if (!match) {
      return { valid: false, line: index + 1, problem: 'timing' }
    }
    const [, h1, m1, s1, ms1, h2, m2, s2, ms2] = match
    const start = seconds(h1, m1 as string, s1 as string, ms1 as string)
    const end = seconds(h2, m2 as string, s2 as string, ms2 as string)
    if (end <= start) {
      return { valid: false, line: index + 1, problem: 'order' }
    }
    index += 1
    const textStart = index
    while (index < lines.length && lines[index]?.trim() !== '') {
      if (lines[index]?.includes('-->')) {
        return { valid: false, line: index + 1, problem: 'separator' }
      }
      index += 1
    }
    if (index === textStart) {
      return { valid: false, line: blockStart + 1, problem: 'emptyCue' }
    }
    cues += 1
  }
  if (cues === 0) return { valid: false, line: lines.length, problem: 'noCue' }
  return { valid: true, cues }
}
