import type { TextField } from 'payload'

import { hubT } from '../i18n/hubT'

export const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

export const urlField = (overrides: Partial<TextField> & Pick<TextField, 'name' | 'label'>): TextField =>
  ({
    type: 'text',
    validate: (value: string | null | undefined, { req, required }: { req: Parameters<typeof hubT>[0]; required?: boolean }) => {
      if (!value) return required ? req.t('validation:required') : true
      return isHttpUrl(value) || hubT(req, 'urlInvalid')
    },
    ...overrides,
  }) as TextField
