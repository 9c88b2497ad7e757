import { type NextRequest, NextResponse } from 'next/server'

import { defaultLocale } from '../publication/locales'

const languageCookie = 'payload-lng'

/**
 * The admin speaks French unless its user chose another language in their
 * account (Payload then sets this cookie). Without this, Payload would follow
 * the browser's language first.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(languageCookie)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', `${cookie ? `${cookie}; ` : ''}${languageCookie}=${defaultLocale}`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(languageCookie, defaultLocale, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
