import { type Series, series } from './translationsReport'

/** Signs in through the admin's API; the session cookie a browser would then send. */
const signIn = async (url: string, email: string, password: string): Promise<string> => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!response.ok || !token) throw new Error(`Sign-in refused (${response.status})`)
  return `payload-token=${token}`
}

/**
 * `calls` GETs of the Translations dashboard (/admin/translations) as a signed-in editor, one
 * after the other, each timed to its body's last byte (the server component renders the whole
 * page: the figures' query, the template, the navigation); the first is the server's first.
 * Fails unless each answers 200 with every language's section.
 */
export const timeDashboardPage = async (
  url: string,
  email: string,
  password: string,
  calls: number,
  languages: readonly string[],
): Promise<{ page: Series; bytes: number }> => {
  const cookie = await signIn(url, email, password)
  const samples: number[] = []
  let bytes = 0
  for (let call = 0; call < calls; call++) {
    const started = performance.now()
    const response = await fetch(`${url}/admin/translations`, { headers: { cookie }, redirect: 'manual' })
    const html = await response.text()
    samples.push(performance.now() - started)
    const absent = languages.filter((code) => !html.includes(`translations-${code}`))
    if (response.status !== 200 || absent.length > 0)
      throw new Error(`GET /admin/translations: ${response.status}${absent.length > 0 ? `, no section for ${absent.join(', ')}` : ''}`)
    bytes = html.length
  }
  return { page: series(samples), bytes }
}
