import type { PayloadRequest } from 'payload'

import type { HubMessageKey } from './translations'

/** Reads one of the hub's own messages in the request's language. */
export const hubT = (req: Pick<PayloadRequest, 't'>, key: HubMessageKey, vars?: Record<string, unknown>): string =>
  (req.t as (key: string, vars?: Record<string, unknown>) => string)(`hub:${key}`, vars)
