import type { Locator } from '@playwright/test'

import { expect, type Page, test } from './fixtures'

import { videos } from '../../content/data/videos'
import { demoPassword } from '../../content/seed/users'
import { siteURL } from '../../playwright.config'
import es from '../../site/i18n/es.json' with { type: 'json' }
import fr from '../../site/i18n/fr.json' with { type: 'json' }

/**
 * Videos as a visitor meets them (issue 19): a 16:9 player that leaves the page still when the
 * platform's player loads, subtitles in the page's <video>, and the subtitle files to download
 * when the video plays on a platform. Slugs are the demo content's (content/data).
 */
const site = (path: string) => `${siteURL}${path}`

/** A UI string with its {{placeholders}} filled in. */
const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '')

/** The platforms' players, answered here: the tests never reach a video platform. */
const answerForPlatforms = (page: Page) =>
  page.route(/^https:\/\/(video\.insoumis\.online|www\.youtube-nocookie\.com|player\.vimeo\.com)\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Lecteur</title>' }),
  )

const boxOf = async (locator: Locator) => {
  const box = await locator.boundingBox()
  if (!box) throw new Error(`${locator} has no box`)
  return box
}

const expectSixteenByNine = (box: { width: number; height: number }) =>
  expect(Math.abs(box.height - (box.width * 9) / 16)).toBeLessThan(1.5)

/** Whether the element is what a tap at its centre reaches: nothing drawn over it. */
const isUncovered = (locator: Locator) =>
  locator.evaluate((element) => {
    const { left, top, width, height } = element.getBoundingClientRect()
    return element.contains(document.elementFromPoint(left + width / 2, top + height / 2))
  })

const demoVideo = (slug: string) => {
  const video = videos.find((candidate) => candidate.slug === slug)
  if (!video) throw new Error(`No demo video ${slug}`)
  return { ...video, languages: Object.keys(video.subtitles) }
}

/** Every subtitle file a page links is served by the site itself, as WebVTT. */
const expectServedAsWebVtt = async (page: Page, urls: (string | null)[]) => {
  for (const url of urls) {
    expect(url).toMatch(/^\/media\/files\/.+\.vtt$/)
    const response = await page.request.get(site(url!))
    expect(response.status(), url!).toBe(200)
    expect(response.headers()['content-type'], url!).toMatch(/^text\/vtt/)
    expect(await response.text()).toMatch(/^WEBVTT/)
  }
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('a lesson’s video keeps a 16:9 box under the title, before and after "Load the video"', async ({ page }) => {
    await answerForPlatforms(page)
    await page.goto(site('/fr/trainings/decouvrir-l-avenir-en-commun/rendre-le-pouvoir-au-peuple/'))
    const title = page.getByRole('heading', { level: 1 })
    const player = page.getByRole('region', { name: fr.training.video })
    const frameBox = player.locator('[data-frame]')
    const following = player.locator('xpath=following-sibling::*[1]')

    const placeholder = await boxOf(frameBox)
    expect(placeholder.width).toBeGreaterThan(300)
    expectSixteenByNine(placeholder)
    expect(placeholder.y).toBeGreaterThanOrEqual((await boxOf(title)).y + (await boxOf(title)).height)
    await title.scrollIntoViewIfNeeded()
    expect(await isUncovered(title)).toBe(true)

    await player.getByRole('button', { name: fill(fr.video.load, { provider: 'PeerTube' }) }).click()
    const frame = player.locator('iframe')
    await expect(frame).toBeVisible()
    // The visitor's language has subtitles: the platform's player is asked for them.
    expect(new URL((await frame.getAttribute('src'))!).searchParams.get('subtitle')).toBe('fr')

    const loaded = await boxOf(frame)
    expectSixteenByNine(loaded)
    for (const side of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(loaded[side] - placeholder[side]), side).toBeLessThan(1.5)
    await title.scrollIntoViewIfNeeded()
    expect(await isUncovered(title)).toBe(true)
    // Nor does the player, or what it says below, run into the lesson's text.
    const playerBox = await boxOf(player)
    expect(loaded.y + loaded.height).toBeLessThanOrEqual(playerBox.y + playerBox.height + 0.5)
    expect((await boxOf(following)).y).toBeGreaterThanOrEqual(playerBox.y + playerBox.height)
  })
})

test('a video on a platform offers its subtitle files for download, and asks the player for the visitor’s', async ({ page }) => {
  await answerForPlatforms(page)
  const video = demoVideo('histoire-de-la-securite-sociale')
  await page.goto(site(`/fr/videos/${video.slug}/`))
  const links = page.getByRole('list', { name: fr.video.subtitleFiles }).getByRole('link')
  await expect(links).toHaveCount(video.languages.length)
  const named = new Intl.DisplayNames(['fr'], { type: 'language' })
  const offered = await links.evaluateAll((anchors) =>
    anchors.map((anchor) => ({
      name: anchor.textContent?.trim(),
      hreflang: anchor.getAttribute('hreflang'),
      type: anchor.getAttribute('type'),
      download: anchor.getAttribute('download'),
    })),
  )
  // French, the page's language, first.
  expect(offered).toEqual(
    ['fr', ...video.languages.filter((language) => language !== 'fr')].map((language) => ({
      name: named.of(language),
      hreflang: language,
      type: 'text/vtt',
      download: `${video.slug}.${language}.vtt`,
    })),
  )
  await expectServedAsWebVtt(page, await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href'))))

  // YouTube takes the captions' language and turns them on.
  await page.goto(site('/es/videos/decoder-la-dette-publique/'))
  await page.getByRole('button', { name: fill(es.video.load, { provider: 'YouTube' }) }).click()
  const parameters = new URL((await page.locator('iframe').getAttribute('src'))!).searchParams
  expect([parameters.get('cc_lang_pref'), parameters.get('cc_load_policy')]).toEqual(['es', '1'])
})

test('an uploaded video plays in the page with a track per subtitle language, the visitor’s on', async ({ page, playwright }) => {
  // Published, then live after a site rebuild: on a busy 2-core machine, a minute or two.
  test.setTimeout(240_000)
  // The demo's videos are all on platforms: an editor uploads one, with the subtitle files of a demo video.
  const editor = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL })
  const login = await editor.post('/api/users/login', { data: { email: 'editrice@example.org', password: demoPassword } })
  expect(login.ok()).toBe(true)
  const headers = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  const subtitled = demoVideo('histoire-de-la-securite-sociale')
  const names = subtitled.languages.map((language) => `${subtitled.slug}.${language}.vtt`)
  const found = await editor.get(`/api/files?where[filename][in]=${names.join(',')}&depth=0&limit=10`, { headers })
  const vttFiles = ((await found.json()) as { docs: { id: number; filename: string }[] }).docs
  expect(vttFiles.map(({ filename }) => filename).sort()).toEqual([...names].sort())

  // The smallest MP4 the upload checks take whole: an `ftyp` box and an empty `free` box.
  const box = (type: string, content: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, 8 + content.length]), Buffer.from(type), content])
  const mp4 = Buffer.concat([box('ftyp', Buffer.from('isom\0\0\x02\0isommp41', 'latin1')), box('free', Buffer.alloc(0))])
  const upload = await editor.post('/api/files', {
    headers,
    multipart: {
      file: { name: 'e2e-lecteur.mp4', mimeType: 'video/mp4', buffer: mp4 },
      _payload: JSON.stringify({ title: 'Vidéo téléversée (e2e)' }),
    },
  })
  expect(upload.status(), await upload.text()).toBe(201)
  const { doc: file } = (await upload.json()) as { doc: { id: number } }
  const created = await editor.post('/api/videos', {
    headers,
    data: {
      title: 'Une vidéo téléversée',
      summary: 'Lue par le navigateur, sous-titrée dans trois langues.',
      source: 'upload',
      file: file.id,
      durationSeconds: 30,
      // In the demo's order, fr, en, ar: the page lists the visitor's first, then these.
      subtitles: subtitled.languages.map((language, index) => ({
        language,
        file: vttFiles.find(({ filename }) => filename === names[index])?.id,
      })),
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc: video } = (await created.json()) as { doc: { id: number; slug: string } }
  try {
    const pageOf = (locale: string) => site(`/${locale}/videos/${video.slug}/`)
    await expect.poll(async () => (await page.request.get(pageOf('en'))).status(), { timeout: 180_000, intervals: [1000] }).toBe(200)

    const tracksOn = async (locale: string) => {
      await page.goto(pageOf(locale))
      return page.locator('video track').evaluateAll((tracks) =>
        (tracks as HTMLTrackElement[]).map((track) => ({
          kind: track.kind,
          srclang: track.srclang,
          label: track.label,
          default: track.default,
          src: track.getAttribute('src'),
        })),
      )
    }
    const english = await tracksOn('en')
    expect(english.map(({ src: _src, ...track }) => track)).toEqual([
      { kind: 'subtitles', srclang: 'en', label: 'English', default: true },
      { kind: 'subtitles', srclang: 'fr', label: 'Français', default: false },
      { kind: 'subtitles', srclang: 'ar', label: 'العربية', default: false },
    ])
    await expectServedAsWebVtt(
      page,
      english.map(({ src }) => src),
    )
    expectSixteenByNine(await boxOf(page.locator('video')))

    const arabic = await tracksOn('ar')
    expect(arabic.filter((track) => track.default).map(({ srclang }) => srclang)).toEqual(['ar'])
  } finally {
    await editor.delete(`/api/videos/${video.id}`, { headers })
    await editor.delete(`/api/files/${file.id}`, { headers })
    await editor.dispose()
  }
})
