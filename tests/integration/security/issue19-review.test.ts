import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { User, Visual } from '../../../cms/payload-types'
import { documentMedia, filePublisher } from '../../../publication/snapshot/media'
import { describeOnDatabase, testPayload } from '../database'
import { createUser, pngFile } from '../fixtures'

/**
 * Issue 19's attacker's review of a visual's page: its downloads (site/components/VisualSizes.astro)
 * are the visual's stored copies, each published by its stored file name (publication/snapshot/media.ts:
 * `path.join(staticDir, filename)` is linked into the build at `path.join(outDir, decodeURIComponent(url))`,
 * site/builder/buildSite.ts copyMedia). Payload writes the names of a picture's copies itself, and shows
 * them read-only in the admin; but its API takes them from any account that may update the visual. An
 * editor is trusted with content, not with the server's files.
 */
describeOnDatabase('issue 19 review: a visual’s copies are the files Payload made, whatever an editor sends', () => {
  let payload: Payload
  let editor: User
  let staticDir: string

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createUser(payload, 'editor')
    staticDir = path.resolve(payload.collections.visuals.config.upload.staticDir as string)
  })

  const inside = (dir: string, file: string) => {
    const relative = path.relative(dir, file)
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
  }

  const downloadableVisual = async () =>
    payload.create({
      collection: 'visuals',
      data: { title: 'Affiche', alt: 'Une affiche', credit: 'Atelier', licence: 'CC-BY-4.0', downloadable: true },
      file: await pngFile(undefined, 1600, 1000),
    })

  /** What the editor's save leaves stored (or the refusal), and where the snapshot would publish it from. */
  const afterEditorSave = async (id: number | string, data: Record<string, unknown>) => {
    const refused = await payload.update({ collection: 'visuals', id, data, user: editor, overrideAccess: false }).then(
      () => false,
      () => true,
    )
    const stored = (await payload.findByID({ collection: 'visuals', id, depth: 0, overrideAccess: true })) as Visual
    return { refused, stored }
  }

  it('an editor cannot point a copy (a download of the visual’s page) at a file outside the visuals’ folder', async () => {
    const visual = await downloadableVisual()
    const made = visual.sizes?.card?.filename
    expect(made).toBeTruthy()
    // Two folders up from the visuals' uploads is the folder above the uploads; two up from the build's
    // /media/visuals/ is the build's root, which the site serves: the file would be published at /<name>.
    const { stored } = await afterEditorSave(visual.id, {
      sizes: { card: { filename: '../../.env', width: 800, height: 500, filesize: 10, mimeType: 'image/webp' } },
    })
    const filename = stored.sizes?.card?.filename
    const published = filePublisher(payload)('visuals', filename)
    expect(published && inside(staticDir, published[1]), `stored ${filename}`).toBe(true)
    expect(decodeURIComponent(published![0])).toMatch(/^\/media\/visuals\/[^/]+$/)
  })

  it('nor the original file', async () => {
    const visual = await downloadableVisual()
    const { stored } = await afterEditorSave(visual.id, { filename: '../../.env' })
    const published = filePublisher(payload)('visuals', stored.filename)
    expect(published && inside(staticDir, published[1]), `stored ${stored.filename}`).toBe(true)
  })

  /** How the snapshot would frame the visual's picture on cards: what publication/schema.ts framingSchema must take. */
  const publishedFraming = (stored: Visual) => documentMedia(filePublisher(payload), []).picture(stored)?.framing

  it('nor the colour a card lays the picture on: any other value than a colour stops every build', async () => {
    const visual = await downloadableVisual()
    const { stored } = await afterEditorSave(visual.id, { edgeColour: 'red; background-image: url(https://tracker.example/p)' })
    // Written by the framing alone: what an API client sends is dropped.
    expect(stored.edgeColour ?? null).toBe(visual.edgeColour ?? null)
    // The snapshot's schema takes #rrggbb only (the card's style attribute is made of it, site/lib/pictures.ts):
    // Astro's content layer refuses the whole collection otherwise, and no page is built.
    expect(publishedFraming(stored)?.background ?? null).toSatisfy((value: string | null) => value === null || /^#[0-9a-f]{6}$/.test(value))
  })

  it('nor a focal point off the picture: the schema takes 0–100, and another value stops every build', async () => {
    const visual = await downloadableVisual()
    const before = await payload.findByID({ collection: 'visuals', id: visual.id, depth: 0, overrideAccess: true })
    const { refused, stored } = await afterEditorSave(visual.id, { focalX: 250, focalY: -40 })
    expect(refused).toBe(true)
    expect(stored).toEqual(before)
    await expect(
      payload.update({ collection: 'visuals', id: visual.id, data: { focalX: 101 }, user: editor, overrideAccess: false }),
    ).rejects.toThrow('Le point focal doit être dans l’image')
    // One stored before the CMS refused them is published inside the picture.
    await payload.db.updateOne({ collection: 'visuals', id: visual.id, data: { focalX: 250, focalY: -40 } })
    const focus = publishedFraming((await payload.findByID({ collection: 'visuals', id: visual.id, depth: 0 })) as Visual)?.focus
    expect(focus).toEqual({ x: 100, y: 0 })
  })

  it('an original is never named like a copy of fixed proportions, which the site serves as never changing', async () => {
    // The site serves /media/visuals/<name>-<W>x<H>-<10 hex>.<ext> as immutable for a year (site/server/serveSite.ts
    // unchangingMedia), since such a name is made anew for each content (cms/collections/Visuals/sizes.ts). A
    // download from the site is named so; uploaded again (a face blurred, the old visual deleted), it keeps that
    // name as its original's, the very URL caches hold the old copy under for a year.
    const downloaded = 'affiche-1080x1080-3fa9c01b2e.png'
    const visual = await payload.create({
      collection: 'visuals',
      data: { title: 'Affiche floutée', alt: 'Une affiche', credit: 'Atelier', licence: 'CC-BY-4.0', downloadable: true },
      file: await pngFile(downloaded, 1080, 1080),
      user: editor,
      overrideAccess: false,
    })
    expect(visual.filename).not.toMatch(/-\d+x\d+-[0-9a-f]{10}\.\w+$/)
  })
})
