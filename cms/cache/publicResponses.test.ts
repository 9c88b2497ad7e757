import { describe, expect, it } from 'vitest'

import { isPublicRead } from './publicResponses'

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost:3000${path}`, { headers })

describe('isPublicRead', () => {
  it('accepts anonymous reads of public content', () => {
    expect(isPublicRead(get('/api/trainings?limit=20&locale=fr'))).toBe(true)
    expect(isPublicRead(get('/api/themes/3'))).toBe(true)
  })

  it('refuses anything personal, authenticated, draft or streamed', () => {
    expect(isPublicRead(get('/api/trainings', { authorization: 'JWT abc' }))).toBe(false)
    expect(isPublicRead(get('/api/trainings', { cookie: 'lang=fr; payload-token=abc' }))).toBe(false)
    expect(isPublicRead(get('/api/trainings', { cookie: 'a=1; payload-token =abc' }))).toBe(false)
    expect(isPublicRead(get('/api/trainings', { cookie: 'Payload-Token\t=abc' }))).toBe(false)
    expect(isPublicRead(get('/api/trainings?draft=true'))).toBe(false)
    expect(isPublicRead(get('/api/users/me'))).toBe(false)
    expect(isPublicRead(get('/api/payload-jobs'))).toBe(false)
    expect(isPublicRead(get('/api/visuals/file/affiche.png'))).toBe(false)
    // Live seat counts, and the cancel page with its personal token.
    expect(isPublicRead(get('/api/public/seats?event=3'))).toBe(false)
    expect(isPublicRead(get('/api/public/cancel?token=secret&lang=fr'))).toBe(false)
    // However the path is spelt: percent-escapes, doubled slashes; a malformed escape is kept by no cache either.
    expect(isPublicRead(get('/api/%70ublic/seats?event=3'))).toBe(false)
    expect(isPublicRead(get('/api/%75sers/me'))).toBe(false)
    expect(isPublicRead(get('/api//public/seats?event=3'))).toBe(false)
    expect(isPublicRead(get('/api/trainings/%E0%A4%A'))).toBe(false)
    expect(isPublicRead(new Request('http://localhost:3000/api/trainings', { method: 'POST', body: '{}' }))).toBe(false)
  })
})
