/** `renderVtt`: WebVTT subtitles from cues in seconds. */

/** 3725.5 → "01:02:05.500". */
export function vttTime(seconds: number): string {
  const ms = Math.max(0, Math.round((Number.isFinite(seconds) ? seconds : 0) * 1000))
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`
}

/** Cue payload: escaped, no blank lines, no "-->". */
function payload(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .split(/\r\n?|\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n')
}

export function renderVtt(cues: { start: number; end: number; text: string }[]): string {
  const blocks = cues
    .map((cue) => ({ ...cue, text: payload(cue.text) }))
    .filter((cue) => cue.text)
    .map((cue, i) => `${i + 1}\n${vttTime(cue.start)} --> ${vttTime(Math.max(cue.end, cue.start))}\n${cue.text}`)
  return `WEBVTT\n\n${blocks.join('\n\n')}${blocks.length ? '\n' : ''}`
}
