import config from '@payload-config'
import '@payloadcms/next/css'
import { cachedForAnonymous } from '../../../../cache/publicResponses'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

// Anonymous reads are answered from memory until the next save (cms/cache/publicResponses.ts).
export const GET = cachedForAnonymous(REST_GET(config))
export const POST = REST_POST(config)
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
