import { type PayloadRequest, isolateObjectProperty } from 'payload'

/**
 * The save's request, sharing its transaction and everything else but its language: for a hook's
 * Local API call in a locale of its own. Payload sets `req.locale` and `req.fallbackLocale` on the
 * request it is given, so a read in French with the save's own request would make the rest of a
 * Spanish save write its values into French (issue 14: a translator's publication overwrote the
 * original). Restoring the language afterwards is not enough: a bulk update saves its documents at
 * once on one request, and another document's hooks would run in the borrowed language meanwhile
 * (one of two documents of a bulk publication failed on PostgreSQL).
 */
export const withOwnLocale = (req: PayloadRequest): PayloadRequest => isolateObjectProperty(req, ['locale', 'fallbackLocale'])
