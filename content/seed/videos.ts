import { renderPoster, renderVtt } from '../artwork'
import { videos } from '../data/videos'
import type { ContentLocale, Cue, Localized, VideoSeed } from '../types'
import { type SeedContext, idsOf, themeColourOf } from './context'
import { upsertPublished, upsertUpload } from './upsert'

/** The transcript reads as prose: cues grouped into paragraphs of about five. */
const transcriptOf = (cues: Cue[]): string => {
  const paragraphs: string[] = []
  for (let index = 0; index < cues.length; index += 5) {
    paragraphs.push(
      cues
        .slice(index, index + 5)
        .map((cue) => cue.text.replace(/\s*\n\s*/g, ' '))
        .join(' '),
    )
  }
  return paragraphs.join('\n\n')
}

const transcripts = (video: VideoSeed): Localized =>
  Object.fromEntries(Object.entries(video.subtitles).map(([locale, cues]) => [locale, transcriptOf(cues)])) as Localized

/** Explainer videos with a generated poster, one WebVTT file per language and the transcript. */
export const seedVideos = async (context: SeedContext): Promise<void> => {
  const step = context.progress.step('Vidéos et sous-titres', videos.length)
  for (const video of videos) {
    const colour = themeColourOf(context, video.themes)
    const poster = await upsertUpload(
      context,
      'visuals',
      {
        name: `affiche-${video.slug}.png`,
        mimetype: 'image/png',
        data: () => renderPoster({ title: video.title.fr, colour, durationSeconds: video.durationSeconds }),
      },
      {
        title: video.title,
        alt: Object.fromEntries(Object.entries(video.title).map(([locale, title]) => [locale, `${title} (image d’aperçu)`])),
        credit: 'Atelier vidéo du mouvement',
        licence: 'CC-BY-SA-4.0',
        downloadable: false,
        themes: idsOf(context.ids.themes, video.themes, 'theme'),
      },
    )
    const subtitles = []
    for (const [language, cues] of Object.entries(video.subtitles) as [ContentLocale, Cue[]][]) {
      const track = await upsertUpload(
        context,
        'files',
        { name: `${video.slug}.${language}.vtt`, mimetype: 'text/vtt', data: Buffer.from(renderVtt(cues), 'utf8') },
        { title: { fr: `Sous-titres (${language}) — ${video.title.fr}` } },
      )
      subtitles.push({ language, file: track.id })
    }
    const { id } = await upsertPublished(
      context,
      'videos',
      {
        slug: video.slug,
        title: video.title,
        summary: video.summary,
        source: video.provider,
        providerId: video.providerId,
        durationSeconds: video.durationSeconds,
        poster: poster.id,
        subtitles,
        transcript: transcripts(video),
        themes: idsOf(context.ids.themes, video.themes, 'theme'),
        featured: video.featured ?? false,
      },
      new Set(['transcript']),
    )
    context.ids.videos.set(video.slug, id)
    step.tick()
  }
  step.done()
}
