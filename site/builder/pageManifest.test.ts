/** The live build's files a new build keeps: unchanged pages, built assets, the search index's current version. */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, expect, it } from 'vitest'

import { staticIndexDir } from '../../search/staticIndexFormat'
import { sitemapOrder, unchangedFiles, writeManifest } from './pageManifest'

let root: string

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'page-manifest-'))
})

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

it('lists, relative to the build folder, the pages whose records did not change, then the assets and the current index version', async () => {
  const [previousBuild, previousPages, pages] = [path.join(root, 'live'), path.join(root, 'live-records'), path.join(root, 'records')]
  writeManifest(previousPages, 'trainings', {
    '/': 'home',
    '/fr/trainings/a/': '1',
    '/fr/trainings/b/': '1',
    '/fr/trainings/%C3%A9t%C3%A9/': '1',
  })
  writeManifest(pages, 'trainings', { '/': 'home', '/fr/trainings/a/': '1', '/fr/trainings/b/': '2', '/fr/trainings/%C3%A9t%C3%A9/': '1' })
  const files = {
    '_astro/site.css': '',
    [`${staticIndexDir}/fr/meta.json`]: JSON.stringify({ version: 'v2' }),
    [`${staticIndexDir}/fr/v2/terms.json`]: '',
    [`${staticIndexDir}/fr/v1/terms.json`]: '',
  }
  for (const [file, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(previousBuild, file)), { recursive: true })
    await fs.writeFile(path.join(previousBuild, file), text)
  }

  expect(await unchangedFiles({ previousBuild, previousPages, pages })).toEqual({
    files: [
      'index.html',
      'fr/trainings/a/index.html',
      'fr/trainings/été/index.html',
      '_astro/site.css',
      `${staticIndexDir}/fr/v2/terms.json`,
    ],
    pages: 3,
  })
})

it('orders addresses as the sitemap integration sorts them (numbers by value), so that its sort finds them in order', () => {
  const addresses = [
    'https://hub.example/fr/trainings/filter/page-10/',
    'https://hub.example/en/trainings/',
    'https://hub.example/fr/trainings/filter/page-2/',
    'https://hub.example/es/themes/écologie/',
    'https://hub.example/es/themes/ecologie/',
    'https://hub.example/fr/Trainings/',
    'https://hub.example/ar/',
  ]
  // @astrojs/sitemap's generate-sitemap.js
  const integrationOrder = [...addresses].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  expect([...addresses].sort(sitemapOrder)).toEqual(integrationOrder)
  expect(integrationOrder.indexOf('https://hub.example/fr/trainings/filter/page-2/')).toBeLessThan(
    integrationOrder.indexOf('https://hub.example/fr/trainings/filter/page-10/'),
  )
})
