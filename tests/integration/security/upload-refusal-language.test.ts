import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { describeOnDatabase, testPayload } from '../database'
import { textFile, uniqueSlug } from '../fixtures'
import { uploadApi, uploadForm } from './upload-http'

/**
 * Threat: an editor cannot tell why an upload was refused (English, no reason)
 * and works around the check. The refusal says why, in the language the
 * editor chose for the admin (French by default), in the message the admin
 * shows as well as on the field.
 */
const visualFields = { title: 'Visuel', alt: 'Texte alternatif', credit: 'GA Lille', licence: 'CC-BY-4.0' }

describeOnDatabase('upload refusals speak the editor’s language', () => {
  let payload: Payload
  let api: Awaited<ReturnType<typeof uploadApi>>
  beforeAll(async () => {
    payload = await testPayload()
    api = await uploadApi(payload)
  })

  const refuse = async (adminLanguage?: string) => {
    const before = (await payload.count({ collection: 'visuals' })).totalDocs
    const form = uploadForm(textFile(`${uniqueSlug('faux')}.png`, 'Je ne suis pas une image', 'image/png'), visualFields)
    const response = await api.request('POST', 'visuals', { token: api.editorToken, body: form, adminLanguage })
    expect(response.status).toBe(400)
    expect((await payload.count({ collection: 'visuals' })).totalDocs).toBe(before)
    const [error] = ((await response.json()) as { errors: { message: string; data?: { errors: { path: string; message: string }[] } }[] })
      .errors
    return { message: error?.message ?? '', field: error?.data?.errors[0] }
  }

  it('refuses a text file named .png in French by default, saying why', async () => {
    const { message, field } = await refuse()
    expect(message).not.toContain('The following field is invalid')
    expect(message).toMatch(/Le contenu de « faux-[0-9a-f]+\.png » n’est dans aucun des formats acceptés/)
    expect(message).toContain('JPEG, PNG, WEBP, AVIF, GIF')
    expect(field).toMatchObject({ path: 'file', message: expect.stringContaining('n’est dans aucun des formats acceptés') })
  })

  it('refuses it in English for an editor whose admin is in English', async () => {
    const { message, field } = await refuse('en')
    expect(message).toContain('is in none of the accepted formats')
    expect(field?.message).toContain('is in none of the accepted formats')
  })

  it('refuses it in Spanish for an editor whose admin is in Spanish', async () => {
    const { message } = await refuse('es')
    expect(message).not.toContain('The following field is invalid')
    expect(message).toContain('no está en ninguno de los formatos aceptados')
  })

  /** A refused upload's message (the admin's and the field's), after checking that nothing was written. */
  const refusal = async (
    collection: 'files' | 'visuals',
    file: { name: string; data: Buffer; mimetype: string },
    adminLanguage?: string,
  ) => {
    const before = (await payload.count({ collection })).totalDocs
    const fields = collection === 'files' ? { title: 'Document' } : visualFields
    const response = await api.request('POST', collection, { token: api.editorToken, body: uploadForm(file, fields), adminLanguage })
    expect(response.status).toBe(400)
    expect((await payload.count({ collection })).totalDocs).toBe(before)
    const [error] = ((await response.json()) as { errors: { message: string; data?: { errors: { message: string }[] } }[] }).errors
    expect(error?.data?.errors[0]?.message).toBe(error?.message)
    return error?.message ?? ''
  }
  const damagedPdf = async () => {
    const { PDFDocument } = await import('pdf-lib')
    const document = await PDFDocument.create()
    document.addPage([100, 100])
    const whole = Buffer.from(await document.save())
    // Cut before its cross-reference table and end marker, as an interrupted download leaves it.
    return { name: `${uniqueSlug('tract')}.pdf`, data: whole.subarray(0, whole.lastIndexOf('xref')), mimetype: 'application/pdf' }
  }

  // Payload's own checks, which run after ours, refuse these in English without a reason: ours refuse first.
  it('refuses a damaged PDF saying so, in the editor’s language', async () => {
    const pdf = await damagedPdf()
    const french = await refusal('files', pdf)
    expect(french).not.toContain('The following field is invalid')
    expect(french).toBe(
      `Le PDF « ${pdf.name} » est incomplet ou endommagé : son début ou sa fin (table « xref », marque « %%EOF ») manque. Enregistrez-le à nouveau depuis le logiciel qui l’a créé, puis téléversez-le.`,
    )
    expect(await refusal('files', pdf, 'de')).toContain('ist unvollständig oder beschädigt')
  })

  it('refuses a truncated AVIF saying so, in the editor’s language', async () => {
    const sharp = (await import('sharp')).default
    const whole = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#c9462c' } })
      .avif()
      .toBuffer()
    const avif = { name: `${uniqueSlug('photo')}.avif`, data: whole.subarray(0, whole.length - 40), mimetype: 'image/avif' }
    expect(await refusal('visuals', avif)).toMatch(/^Le fichier AVIF « .+\.avif » est incomplet ou endommagé/)
    expect(await refusal('visuals', avif, 'en')).toMatch(/^The AVIF file “.+\.avif” is incomplete or damaged/)
  })

  it('refuses an SVG whose doctype declares attributes, saying why, in the editor’s language', async () => {
    const svg = textFile(
      `${uniqueSlug('logo')}.svg`,
      '<!DOCTYPE svg [<!ATTLIST svg onload CDATA "alert(1)">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
      'image/svg+xml',
    )
    const french = await refusal('visuals', svg)
    expect(french).toMatch(/^Ce SVG contient du contenu actif \(<!DOCTYPE/)
    expect(await refusal('visuals', svg, 'es')).toMatch(/^Este SVG contiene contenido activo \(<!DOCTYPE/)
  })

  it('still takes a whole PDF and a whole AVIF', async () => {
    const { PDFDocument } = await import('pdf-lib')
    const document = await PDFDocument.create()
    document.addPage([100, 100])
    const pdf = { name: `${uniqueSlug('tract')}.pdf`, data: Buffer.from(await document.save()), mimetype: 'application/pdf' }
    const sharp = (await import('sharp')).default
    const avif = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#c9462c' } })
      .avif()
      .toBuffer()
    const files = await api.request('POST', 'files', { token: api.editorToken, body: uploadForm(pdf, { title: 'Tract' }) })
    expect(files.status).toBe(201)
    const visuals = await api.request('POST', 'visuals', {
      token: api.editorToken,
      body: uploadForm({ name: `${uniqueSlug('photo')}.avif`, data: avif, mimetype: 'image/avif' }, visualFields),
    })
    expect(visuals.status).toBe(201)
  })
})
