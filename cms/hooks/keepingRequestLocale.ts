import type { PayloadRequest } from 'payload'

/**
 * Runs Local API calls that pass the save's `req` (to share its transaction) and a locale of
 * their own. Payload sets `req.locale` and `req.fallbackLocale` on the request it is given,
 * so without this a hook's read in French would make the rest of a Spanish save write its
 * values into French (issue 14: a translator's publication overwrote the original).
 * Everything that needs the other locale must run inside `work`.
 */
export const keepingRequestLocale = async <Result>(req: PayloadRequest, work: () => Promise<Result>): Promise<Result> => {
  const { locale, fallbackLocale } = req
  try {
    return await work()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
