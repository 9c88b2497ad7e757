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
})
