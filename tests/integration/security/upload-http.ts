import type { Payload } from 'payload'

import { apiClient, signIn } from '../apiClient'
import { createUser } from '../fixtures'

/** The REST API as the upload tests use it, with an editor's session ready. */
export const uploadApi = async (payload: Payload) => {
  const { request } = await apiClient()
  const editor = await createUser(payload, 'editor')
  return { request, editorToken: await signIn(request, editor.email) }
}

/** A multipart upload as the admin sends it: the file, and the document's fields as `_payload`. */
export const uploadForm = (file: { name: string; data: Buffer; mimetype: string }, fields: object) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify(fields))
  return form
}

/** The file's path under /api: `visuals/file/name.png`. */
export const filePath = (collection: string, filename: string) => `${collection}/file/${encodeURIComponent(filename)}`
