import fs from 'node:fs'

import { type Payload, ValidationError } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { describeOnDatabase, testPayload } from './database'
import { pngFile, textFile, uniqueSlug } from './fixtures'

const visualData = { title: 'Visuel', alt: 'Texte alternatif', credit: 'GA Lille', licence: 'CC-BY-4.0' as const }

/** Uploads the file and returns the refusal message, checking nothing was stored. */
const refusal = async (payload: Payload, collection: 'visuals' | 'files', file: Awaited<ReturnType<typeof pngFile>>) => {
  const staticDir = payload.collections[collection].config.upload.staticDir as string
  const filesBefore = fs.existsSync(staticDir) ? fs.readdirSync(staticDir).length : 0
  const docsBefore = (await payload.count({ collection })).totalDocs
  const data = collection === 'visuals' ? visualData : { title: 'Fichier' }
  const error = await payload.create({ collection, data, file }).then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ValidationError)
  expect((await payload.count({ collection })).totalDocs).toBe(docsBefore)
  expect(fs.existsSync(staticDir) ? fs.readdirSync(staticDir).length : 0).toBe(filesBefore)
  const [first] = (error as ValidationError).data.errors
  expect(first?.path).toBe('file')
  return first?.message ?? ''
}

describeOnDatabase('uploads are checked on their content', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('refuses a text file disguised as an image', async () => {
    const message = await refusal(payload, 'visuals', textFile(`${uniqueSlug('faux')}.png`, 'Je ne suis pas une image', 'image/png'))
    expect(message).toContain('n’est dans aucun des formats acceptés')
    expect(message).toContain('JPEG, PNG, WEBP, AVIF, GIF')
  })

  it('refuses a PDF uploaded as a visual', async () => {
    const message = await refusal(
      payload,
      'visuals',
      textFile(`${uniqueSlug('doc')}.jpg`, '%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF', 'image/jpeg'),
    )
    expect(message).toContain('application/pdf')
  })

  it('refuses an SVG that carries script, naming what it found', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>'
    const message = await refusal(payload, 'visuals', textFile(`${uniqueSlug('logo')}.svg`, svg, 'image/svg+xml'))
    expect(message).toContain('contenu actif')
    expect(message).toContain('<script>')
  })

  it('accepts an inert SVG', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10"><rect width="10" height="10" fill="#c9462c"/></svg>'
    const visual = await payload.create({
      collection: 'visuals',
      data: visualData,
      file: textFile(`${uniqueSlug('logo')}.svg`, svg, 'image/svg+xml'),
    })
    expect(visual.mimeType).toBe('image/svg+xml')
  })

  it('refuses subtitles that are not WebVTT, with the line at fault', async () => {
    const srt = '1\n00:00:01,000 --> 00:00:04,000\nBonjour\n'
    const message = await refusal(payload, 'files', textFile(`${uniqueSlug('sous-titres')}.vtt`, srt, 'text/vtt'))
    expect(message).toContain('WebVTT')
    expect(message).toContain('ligne 1')
  })

  it('refuses an oversize image, saying the limit', async () => {
    const big = await pngFile(`${uniqueSlug('enorme')}.png`, 10, 10)
    const padded = { ...big, data: Buffer.concat([big.data, Buffer.alloc(26 * 1024 * 1024)]), size: big.size + 26 * 1024 * 1024 }
    const message = await refusal(payload, 'visuals', padded)
    expect(message).toMatch(/limite est de 25 Mo/)
  })
})
