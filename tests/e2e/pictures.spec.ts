import sharp from 'sharp'

import { expect, test } from './fixtures'

import { infographics } from '../../content/data/infographics'
import { siteURL } from '../../playwright.config'

/**
 * Pictures with text drawn into them keep it whole where the site shows them
 * in other proportions (issue 19), and /media/ files are cached for good.
 */
const site = (path: string) => `${siteURL}${path}`
const paper = [248, 247, 244]
const isPaper = (pixel: number[]) => pixel.every((value, channel) => Math.abs(value - paper[channel]!) <= 12)

test('an infographic’s social picture shows it whole, title band included, on its own paper', async ({ page, request }) => {
  const infographic = infographics[0]!
  await page.goto(site(`/fr/infographics/${infographic.slug}/`))
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content')
  expect(ogImage).toMatch(/\/media\/visuals\/.+\.jpg$/)

  const response = await request.get(site(new URL(ogImage!).pathname))
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  const { data, info } = await sharp(await response.body())
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  expect([info.width, info.height]).toEqual([1200, 630])
  const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)]
  // The 2000×2600 portrait, fitted: paper at the sides, the coloured title band at the top of the middle.
  expect(isPaper(at(10, 315))).toBe(true)
  expect(isPaper(at(1190, 315))).toBe(true)
  expect(isPaper(at(600, 10))).toBe(false)

  const again = await request.get(site(new URL(ogImage!).pathname), { headers: { 'If-None-Match': response.headers()['etag']! } })
  expect(again.status()).toBe(304)
})

test('infographic cards show the whole picture on its own colour', async ({ page }) => {
  await page.goto(site('/fr/infographics/'))
  const pictures = page.locator('.card img')
  await expect(pictures.first()).toBeVisible()
  const styles = await pictures.evaluateAll((images) =>
    images.map((image) => ({ objectFit: getComputedStyle(image).objectFit, backgroundColor: getComputedStyle(image).backgroundColor })),
  )
  expect(styles.length).toBeGreaterThan(0)
  for (const style of styles) {
    expect(style.objectFit).toBe('contain')
    expect(style.backgroundColor).not.toBe('rgba(0, 0, 0, 0)')
  }
})
