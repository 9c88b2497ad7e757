import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, PayloadRequest } from 'payload'

import type { Visual } from '../../../payload-types'
import { edgeColour, framedCopy, framedCopyName } from '../../../media/framing'
import { framedSizes } from '../sizes'

type Sizes = NonNullable<Visual['sizes']>
type SizeData = NonNullable<Sizes[keyof Sizes]>

/** The copies a save replaced, removed once it is written (Payload writes its own on a new upload only then). */
const replacedKey = 'visuals:replacedCopies'

const staticDirOf = (collection: CollectionConfig) =>
  typeof collection.upload === 'object' && collection.upload.staticDir ? collection.upload.staticDir : collection.slug

/**
 * The picture the copies are made from: the `full` copy (the whole upload, at
 * most 2400 px wide, as cropped and turned by Payload), just made by this save
 * or on disk.
 */
async function sourcePicture(req: PayloadRequest, staticDir: string, sizes: Partial<Sizes>, justMade: boolean) {
  if (justMade) return req.payloadUploadSizes?.full ?? null
  const full = sizes.full?.filename
  return full ? fs.readFile(path.join(staticDir, full)) : null
}

/**
 * A visual whose text must stay whole (`keepWhole`: an infographic, a cover
 * with lettering) gets its copies of fixed proportions fitted on the colour of
 * its own edge instead of cut; unticking the box cuts them again around the
 * focal point. Runs when Payload made new copies (a new file, a moved focal
 * point) or the box changed; each copy takes a name from its content.
 */
export const frameWholePictures: CollectionBeforeChangeHook<Visual> = async ({
  data,
  originalDoc,
  operation,
  req,
  collection,
  context,
}) => {
  const whole = data.keepWhole ?? originalDoc?.keepWhole ?? false
  const sizes: Partial<Sizes> = { ...originalDoc?.sizes, ...data.sizes }
  const justMade = framedSizes.some(({ name }) => {
    const made = data.sizes?.[name]?.filename
    return Boolean(made) && made !== originalDoc?.sizes?.[name]?.filename
  })
  const toggled = operation === 'update' && Boolean(originalDoc?.keepWhole) !== whole
  if (!toggled && !(whole && justMade)) return data
  const filename = data.filename ?? originalDoc?.filename
  const staticDir = staticDirOf(collection)
  const picture = await sourcePicture(req, staticDir, sizes, justMade)
  if (!filename || !picture) return data
  const background = await edgeColour(picture)
  const focus = { x: data.focalX ?? originalDoc?.focalX ?? 50, y: data.focalY ?? originalDoc?.focalY ?? 50 }
  const replaced: string[] = []
  const framed: Partial<Sizes> = {}
  for (const size of framedSizes) {
    const previous = sizes[size.name]
    // Payload leaves out a copy larger than a small picture: so does the framing.
    if (!previous?.filename) continue
    const copy = await framedCopy(picture, size, { whole, focus, background })
    const name = framedCopyName(filename, copy)
    await fs.writeFile(path.join(staticDir, name), copy.data)
    replaced.push(previous.filename)
    framed[size.name] = {
      ...previous,
      filename: name,
      url: null,
      width: copy.info.width,
      height: copy.info.height,
      filesize: copy.info.size,
      mimeType: `image/${copy.info.format}`,
    } satisfies SizeData
  }
  context[replacedKey] = replaced
  return { ...data, sizes: { ...sizes, ...framed }, edgeColour: background }
}

/** Removes the copies the framing replaced, once the save wrote its own. */
export const removeReplacedCopies: CollectionAfterChangeHook<Visual> = async ({ doc, collection, context }) => {
  const replaced = context[replacedKey] as string[] | undefined
  if (!replaced) return doc
  delete context[replacedKey]
  const kept = new Set(Object.values(doc.sizes ?? {}).map((size) => size?.filename))
  const staticDir = staticDirOf(collection)
  await Promise.all(replaced.filter((name) => !kept.has(name)).map((name) => fs.rm(path.join(staticDir, name), { force: true })))
  return doc
}
