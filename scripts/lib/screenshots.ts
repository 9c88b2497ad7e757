import { once } from 'node:events'
import fs from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { chromium, type Browser } from 'playwright-core'
import sharp from 'sharp'

import { env } from '../../env'
import { defaultLocale, siteLocaleCodes } from '../../publication/locales'
import { createSiteServer } from '../../site/server/serveSite'

/**
 * The visual half of scripts/compare-builds.ts: the same pages of two builds, each served
 * by the site's own server, shot full-page in Chromium and compared pixel by pixel.
 * Moving styles between stylesheets can change what a page looks like and not its HTML.
 */

export interface VisualDifference {
  url: string
  width: number
  /** Pixels that differ in any channel; the whole larger image when the sizes differ. */
  pixels: number
  size?: string
}

const chromiumPath = env.chromiumPath

async function serve(root: string) {
  const server = createSiteServer({ root: async () => root, locales: siteLocaleCodes, defaultLocale })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
}

/** A full-page PNG once the page, its fonts and all its images (lazy ones too) are loaded. */
async function shoot(browser: Browser, url: string, width: number): Promise<Buffer> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce' })
  try {
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'networkidle' })
    await page.evaluate(async () => {
      for (const image of document.querySelectorAll('img')) image.loading = 'eager'
      await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)))
      await document.fonts.ready
    })
    await page.waitForLoadState('networkidle')
    return await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' })
  } finally {
    await context.close()
  }
}

async function differingPixels(before: Buffer, after: Buffer): Promise<Pick<VisualDifference, 'pixels' | 'size'>> {
  const pixelsOf = (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  const [a, b] = await Promise.all([pixelsOf(before), pixelsOf(after)])
  if (a.info.width !== b.info.width || a.info.height !== b.info.height) {
    return {
      pixels: Math.max(a.info.width * a.info.height, b.info.width * b.info.height),
      size: `${a.info.width}×${a.info.height} ≠ ${b.info.width}×${b.info.height}`,
    }
  }
  let pixels = 0
  for (let at = 0; at < a.data.length; at += 4) {
    if (
      a.data[at] !== b.data[at] ||
      a.data[at + 1] !== b.data[at + 1] ||
      a.data[at + 2] !== b.data[at + 2] ||
      a.data[at + 3] !== b.data[at + 3]
    )
      pixels++
  }
  return { pixels }
}

/**
 * Shoots `urls` of both builds at each width and returns every pair compared (0 pixels when equal).
 * With `keepDir`, the screenshots of pairs that differ are written there to be looked at.
 */
export async function compareVisually(
  beforeDir: string,
  afterDir: string,
  urls: string[],
  widths: number[],
  keepDir?: string,
): Promise<VisualDifference[]> {
  const [before, after] = await Promise.all([serve(beforeDir), serve(afterDir)])
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  const results: VisualDifference[] = []
  try {
    for (const url of urls) {
      for (const width of widths) {
        const shootBoth = () => Promise.all([shoot(browser, before.origin + url, width), shoot(browser, after.origin + url, width)])
        let shots = await shootBoth()
        let result = { url, width, ...(await differingPixels(...shots)) }
        // Chromium does not always antialias a focus ring the same twice (a few pixels of the search box):
        // a pair that differs is shot again, twice at most, and the fewest differing pixels count.
        for (let retry = 0; retry < 2 && result.pixels > 0; retry++) {
          const again = await shootBoth()
          const retried = { url, width, ...(await differingPixels(...again)) }
          if (retried.pixels < result.pixels) [shots, result] = [again, retried]
        }
        results.push(result)
        if (keepDir && result.pixels > 0) {
          const name = `${url.replace(/\W+/g, '_')}${width}`
          await fs.mkdir(keepDir, { recursive: true })
          await Promise.all(shots.map((shot, index) => fs.writeFile(path.join(keepDir, `${name}.${index ? 'after' : 'before'}.png`), shot)))
        }
      }
    }
  } finally {
    await browser.close()
    before.close()
    after.close()
  }
  return results
}
