/** The largest body a public endpoint reads: a sign-up form fits many times over. */
export const maxFormBytes = 8 * 1024

export type FormBody = { ok: true; field: (name: string) => string | null; names: () => string[] } | { ok: false; status: 400 | 413 | 415 }

/** What is read of a request (a PayloadRequest is one). */
interface PostedRequest {
  headers: Headers
  body?: ReadableStream<Uint8Array> | null
}

/** The request's body, read up to `maxBytes` (what a client declares is not trusted); null above. */
export const readBodyUpTo = async (request: PostedRequest, maxBytes: number): Promise<Buffer | null> => {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return null
  if (!request.body) return Buffer.alloc(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/**
 * A form as a browser posts it (URL-encoded, or multipart when a script sends FormData): each
 * field's text, a file counting as no value, up to `maxBytes`. Refused: too large (413), another type (415), malformed (400).
 */
export const readForm = async (request: PostedRequest, maxBytes = maxFormBytes): Promise<FormBody> => {
  // Kept as sent: a multipart boundary is case-sensitive.
  const type = request.headers.get('content-type') ?? ''
  const urlEncoded = /^application\/x-www-form-urlencoded\b/i.test(type)
  if (!urlEncoded && !/^multipart\/form-data\b/i.test(type)) return { ok: false, status: 415 }
  const bytes = await readBodyUpTo(request, maxBytes)
  if (!bytes) return { ok: false, status: 413 }
  if (urlEncoded) {
    const fields = new URLSearchParams(new TextDecoder().decode(bytes))
    return { ok: true, field: (name) => fields.get(name), names: () => [...new Set(fields.keys())] }
  }
  const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': type } }).formData().catch(() => null)
  if (!form) return { ok: false, status: 400 }
  return {
    ok: true,
    names: () => [...new Set(form.keys())],
    field: (name) => {
      const value = form.get(name)
      return typeof value === 'string' ? value : null
    },
  }
}
