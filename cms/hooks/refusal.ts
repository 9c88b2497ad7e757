import { type PayloadRequest, ValidationError } from 'payload'

/**
 * A refused save, thrown before anything is written. Its own message (the one the admin's
 * notice shows and an API client reads first) is ours, in the editor's language, rather than
 * Payload's English "The following field is invalid: …"; each field keeps its message too.
 */
export const refusal = (req: PayloadRequest, collection: string, errors: { message: string; path: string }[]): ValidationError => {
  const error = new ValidationError({ collection, errors }, req.t)
  error.message = [...new Set(errors.map(({ message }) => message))].join(' ')
  return error
}
