import { describe, expect, it } from 'vitest'

import { readEnv } from '../env'
import { licenceCodes } from './licences'

describe('the licence of the site’s texts (LEGAL_CONTENT_LICENCE)', () => {
  it('takes every licence a visual can carry, and is a demo value until set', () => {
    for (const code of licenceCodes)
      expect(readEnv({ LEGAL_CONTENT_LICENCE: code }).legalNotice.contentLicence).toEqual({ value: code, demo: false })
    expect(readEnv({}).legalNotice.contentLicence.demo).toBe(true)
  })

  it('refuses any other, naming the variable', () => {
    expect(() => readEnv({ LEGAL_CONTENT_LICENCE: 'CC-BY-NC-4.0' })).toThrow(/LEGAL_CONTENT_LICENCE/)
  })
})
