/**
 * A translator subtitles a video in their languages (issue 18): they upload a WebVTT file and add,
 * replace or remove their languages' tracks of the shared `subtitles` array, through the REST API
 * as the admin does; every other language's track, and every other language's text, stays as it was.
 */
import fs from 'node:fs'

import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { Video } from '../../cms/payload-types'
import { apiClient, signIn } from './apiClient'
import { describeOnDatabase, testPayload } from './database'
import { createUser, pngFile, textFile, uniqueSlug, vttText } from './fixtures'
import { uploadForm } from './security/upload-http'

/** JSON with keys sorted: a version and the document list their keys in different orders. */
const sortedJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  )

type Track = { id?: string | null; language: string; file: number | string }
type RestError = { errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }

describeOnDatabase('a translator adds the subtitle track of their language, and no other', () => {
  let payload: Payload
  let request: Awaited<ReturnType<typeof apiClient>>['request']
  let german: string
  let videoId: number | string
  const vtt: Record<'fr' | 'es' | 'en', number> = { fr: 0, es: 0, en: 0 }

  const vttUpload = (language: string) => textFile(`${uniqueSlug(`sous-titres-${language}`)}.vtt`, vttText, 'text/vtt')

  /** The video as stored, every language, its latest draft and its published version, with its versions. */
  const stored = async () =>
    JSON.stringify(
      await Promise.all([
        payload.findByID({ collection: 'videos', id: videoId, locale: 'all', depth: 0, draft: true }),
        payload.findByID({ collection: 'videos', id: videoId, locale: 'all', depth: 0, draft: false }),
        payload.countVersions({ collection: 'videos', where: { parent: { equals: videoId } } }),
      ]),
    )

  /** The tracks as stored (latest draft), with their ids, as the admin sends them back. */
  const storedTracks = async (): Promise<Track[]> => {
    const video = (await payload.findByID({ collection: 'videos', id: videoId, depth: 0, draft: true })) as Video
    return (video.subtitles ?? []).map(({ id, language, file }) => ({ id, language, file: file as number | string }))
  }

  /** A save of the subtitles by the German translator, in German, as a draft. */
  const saveTracks = (subtitles: Track[]) =>
    request('PATCH', `videos/${videoId}?locale=de&draft=true&depth=0`, { body: { subtitles }, token: german })

  beforeAll(async () => {
    payload = await testPayload()
    ;({ request } = await apiClient())
    const translator = await createUser(payload, 'translator', ['de'])
    german = await signIn(request, translator.email)
    for (const language of ['fr', 'es', 'en'] as const) {
      vtt[language] = (
        await payload.create({ collection: 'files', data: { title: `Sous-titres ${language}` }, file: vttUpload(language) })
      ).id
    }
    const video = await payload.create({
      collection: 'videos',
      data: {
        title: 'Décoder la dette',
        slug: uniqueSlug('video'),
        summary: 'La dette expliquée en cinq minutes.',
        source: 'youtube',
        providerId: 'dQw4w9WgXcQ',
        durationSeconds: 300,
        subtitles: [
          { language: 'fr', file: vtt.fr },
          { language: 'es', file: vtt.es },
        ],
        _status: 'published',
      },
    })
    videoId = video.id
    for (const [locale, title] of [
      ['en', 'Decoding debt'],
      ['es', 'Descifrar la deuda'],
      ['de', 'Die Schulden entschlüsseln'],
    ] as const) {
      await payload.update({ collection: 'videos', id: videoId, locale, data: { title, _status: 'published' } })
    }
  })

  it('refuses to add the English track, naming the field and the track, and writes nothing', async () => {
    const before = await stored()
    const response = await saveTracks([...(await storedTracks()), { language: 'en', file: vtt.en }])
    expect(response.status).toBe(400)
    const [error] = ((await response.json()) as RestError).errors ?? []
    expect(error?.message).toBe(
      'Sous-titres : vous ne pouvez ajouter, remplacer ou retirer que les pistes de vos langues (Deutsch). Pistes des autres langues, non modifiables : English.',
    )
    expect(error?.data?.errors?.map(({ path }) => path)).toEqual(['subtitles'])
    expect(await stored()).toBe(before)
  })

  it('refuses to change the Spanish track’s file, to remove the French one, or to reorder them', async () => {
    const tracks = await storedTracks()
    const [french, spanish] = tracks as [Track, Track]
    const attempts: [string, Track[], string][] = [
      ['change Spanish', [french, { ...spanish, file: vtt.en }], 'non modifiables : Español.'],
      ['remove French', [spanish], 'non modifiables : Français.'],
      ['swap French and Spanish', [spanish, french], 'Les autres pistes gardent leur ordre.'],
    ]
    for (const [label, subtitles, says] of attempts) {
      const before = await stored()
      const response = await saveTracks(subtitles)
      expect(response.status, label).toBe(400)
      expect(((await response.json()) as RestError).errors?.[0]?.message, label).toContain(says)
      expect(await stored(), label).toBe(before)
    }
  })

  it('answers in the translator’s admin language', async () => {
    const response = await request('PATCH', `videos/${videoId}?locale=de&draft=true`, {
      body: { subtitles: (await storedTracks()).slice(1) },
      token: german,
      adminLanguage: 'de',
    })
    expect(((await response.json()) as RestError).errors?.[0]?.message).toBe(
      'Untertitel: Sie können nur die Spuren Ihrer Sprachen (Deutsch) hinzufügen, ersetzen oder entfernen. Spuren anderer Sprachen, nicht änderbar: Français.',
    )
  })

  it('refuses a translator’s upload of anything but WebVTT, and their deleting a file', async () => {
    const staticDir = payload.collections.files.config.upload.staticDir as string
    const filesBefore = fs.readdirSync(staticDir).length
    const countBefore = (await payload.count({ collection: 'files' })).totalDocs
    const png = await pngFile(undefined, 32, 32)
    const upload = await request('POST', 'files?locale=de', { body: uploadForm(png, { title: 'Bild' }), token: german })
    expect(upload.status).toBe(403)
    const deletion = await request('DELETE', `files/${vtt.es}`, { token: german })
    expect(deletion.status).toBe(403)
    // Nor WebVTT in a language that is not theirs: the file's title would be that language's.
    const french = await request('POST', 'files?locale=fr', { body: uploadForm(vttUpload('fr'), { title: 'Sous-titres' }), token: german })
    expect(french.status).toBe(403)
    expect((await payload.count({ collection: 'files' })).totalDocs).toBe(countBefore)
    expect(fs.readdirSync(staticDir).length).toBe(filesBefore)
  })

  it('uploads a WebVTT file and adds the German track; every other language is left as it was', async () => {
    const upload = await request('POST', 'files?locale=de', { body: uploadForm(vttUpload('de'), { title: 'Untertitel' }), token: german })
    expect(upload.status, await upload.clone().text()).toBe(201)
    const { doc: file } = (await upload.json()) as { doc: { id: number | string; mimeType: string } }
    expect(file.mimeType).toBe('text/vtt')

    const withoutSubtitles = async (draft: boolean) => {
      const {
        subtitles: _subtitles,
        updatedAt: _updated,
        _status,
        ...rest
      } = (await payload.findByID({
        collection: 'videos',
        id: videoId,
        locale: 'all',
        depth: 0,
        draft,
      })) as unknown as Record<string, unknown>
      return sortedJson(rest)
    }
    const [publishedBefore, latestBefore] = [await withoutSubtitles(false), await withoutSubtitles(true)]
    // The admin sends the stored rows back with their ids; the new row comes with one of its own, or none.
    const response = await saveTracks([...(await storedTracks()), { language: 'de', file: file.id }])
    expect(response.status, await response.clone().text()).toBe(200)

    expect((await storedTracks()).map(({ language, file: id }) => [language, String(id)])).toEqual([
      ['fr', String(vtt.fr)],
      ['es', String(vtt.es)],
      ['de', String(file.id)],
    ])
    expect(await withoutSubtitles(false)).toBe(publishedBefore)
    expect(await withoutSubtitles(true)).toBe(latestBefore)
    // A draft: the public still sees the published tracks.
    const published = (await payload.findByID({ collection: 'videos', id: videoId, depth: 0, overrideAccess: false })) as Video
    expect(published.subtitles?.map(({ language }) => language)).toEqual(['fr', 'es'])
  })

  it('replaces, then removes, the German track', async () => {
    const replacement = await payload.create({ collection: 'files', locale: 'de', data: { title: 'Untertitel 2' }, file: vttUpload('de') })
    const tracks = await storedTracks()
    const replaced = await saveTracks(tracks.map((track) => (track.language === 'de' ? { ...track, file: replacement.id } : track)))
    expect(replaced.status, await replaced.clone().text()).toBe(200)
    expect((await storedTracks()).find(({ language }) => language === 'de')?.file).toEqual(replacement.id)

    const removed = await saveTracks((await storedTracks()).filter(({ language }) => language !== 'de'))
    expect(removed.status, await removed.clone().text()).toBe(200)
    expect((await storedTracks()).map(({ language }) => language)).toEqual(['fr', 'es'])
  })

  it('goes through the usual publication rules: published with German, or as a draft until French is published', async () => {
    const publicTracks = async () =>
      ((await payload.findByID({ collection: 'videos', id: videoId, depth: 0, overrideAccess: false })) as Video).subtitles?.map(
        ({ language }) => language,
      )
    const publishedTexts = async () =>
      sortedJson((await payload.findByID({ collection: 'videos', id: videoId, locale: 'all', depth: 0 })).title)
    const textsBefore = await publishedTexts()
    const file = await payload.create({ collection: 'files', locale: 'de', data: { title: 'Untertitel' }, file: vttUpload('de') })

    // Published in German at once: the shared tracks go live with it, as any shared field does.
    const published = await request('PATCH', `videos/${videoId}?locale=de&depth=0`, {
      body: { subtitles: [...(await storedTracks()), { language: 'de', file: file.id }], _status: 'published' },
      token: german,
    })
    expect(published.status, await published.clone().text()).toBe(200)
    expect(await publicTracks()).toEqual(['fr', 'es', 'de'])
    expect(await publishedTexts()).toBe(textsBefore)

    // Removed in a draft: the public keeps the track, and German cannot be published over that
    // unpublished shared change (restrictTranslators' rule) until an editor publishes French.
    expect((await saveTracks((await storedTracks()).filter(({ language }) => language !== 'de'))).status).toBe(200)
    expect(await publicTracks()).toEqual(['fr', 'es', 'de'])
    const overDraft = await request('PATCH', `videos/${videoId}?locale=de&depth=0`, {
      body: { subtitles: await storedTracks(), _status: 'published' },
      token: german,
    })
    expect(overDraft.status).toBe(400)
    expect(((await overDraft.json()) as RestError).errors?.[0]?.message).toContain('modifications non publiées')
    await payload.update({ collection: 'videos', id: videoId, locale: 'fr', data: { _status: 'published' } })
    expect(await publicTracks()).toEqual(['fr', 'es'])
    expect(await publishedTexts()).toBe(textsBefore)
  })
})
