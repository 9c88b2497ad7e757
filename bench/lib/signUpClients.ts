import { publicEndpointPaths, signUpResponse } from '../../publication/signUp'
import { signUpResultPath } from '../../publication/urls'
import { host } from './server'
import { status } from './progress'

/**
 * The bench's visitors: each request as a browser's form sends it (form-encoded, from the site's
 * origin), with `Accept: application/json` as the island asks, and from an address of its own.
 * The server trusts one proxy (HUB_TRUST_PROXY=1), so each request's X-Forwarded-For entry is the
 * address the app counts its flood limits by: what a reverse proxy in front of the admin would
 * write for visitors coming from that many addresses.
 */
export interface Answer {
  /** performance.now() when sent. */
  sentAt: number
  /** Sent → body read, ms. */
  ms: number
  /** 0: no answer (network error or timeout). */
  status: number
  /** The JSON's outcome for a sign-up; the redirect's last path segment for a cancellation. */
  outcome: string
  error?: string
}

export const requestTimeoutMs = 30_000
let lastAddress = 0
/** A new address in 10.0.0.0/8 for each request of the run (16 million of them). */
const nextAddress = () => {
  lastAddress += 1
  return `10.${(lastAddress >> 16) & 255}.${(lastAddress >> 8) & 255}.${lastAddress & 255}`
}

const send = async (url: string, form: Record<string, string>, siteUrl: string, read: (response: Response, text: string) => string) => {
  if (new URL(url).hostname !== host) throw new Error(`Refusing to post to ${url}: the benchmark only targets ${host}`)
  const sentAt = performance.now()
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
        Origin: siteUrl,
        'X-Forwarded-For': nextAddress(),
      },
      body: new URLSearchParams(form).toString(),
      redirect: 'manual',
      signal: AbortSignal.timeout(requestTimeoutMs),
    })
    const text = await response.text()
    return { sentAt, ms: performance.now() - sentAt, status: response.status, outcome: read(response, text) }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { sentAt, ms: performance.now() - sentAt, status: 0, outcome: 'no answer', error: message }
  }
}

/** The sign-up form of `eventId`, filled in by person number `index` of the run (a distinct, made-up email each). */
export const signUpForm = (eventId: string, runTag: string, index: number): Record<string, string> => ({
  event: eventId,
  language: 'fr',
  firstName: 'Banc',
  email: `banc-${runTag}-${index}@example.org`,
  consent: 'yes',
  website: '',
})

const outcomeOfJson = (_response: Response, text: string) => {
  try {
    return signUpResponse.parse(JSON.parse(text)).outcome
  } catch {
    return 'unreadable answer'
  }
}

export const postSignUp = (serverUrl: string, siteUrl: string, form: Record<string, string>): Promise<Answer> =>
  send(`${serverUrl}/api${publicEndpointPaths.signUp}`, form, siteUrl, outcomeOfJson)

/** The cancel page's form, posted: the answer is a 303 to the site's result page, whose outcome is read from its path. */
export const postCancel = (serverUrl: string, siteUrl: string, token: string): Promise<Answer> =>
  send(`${serverUrl}/api${publicEndpointPaths.cancel}`, { token, lang: 'fr' }, siteUrl, (response) => {
    const location = response.headers.get('location') ?? ''
    for (const outcome of ['cancelled', 'cancel-link-invalid']) if (location.endsWith(signUpResultPath('fr', outcome))) return outcome
    return `redirect to ${location || 'nowhere'}`
  })

/** `total` requests from `clients` clients at once, each sending its next when its last is answered. */
export const inPool = async (total: number, clients: number, label: string, request: (index: number) => Promise<Answer>) => {
  const answers: Answer[] = []
  let next = 0
  const client = async () => {
    for (let index = next++; index < total; index = next++) {
      answers.push(await request(index))
      status(`    ${label}: ${answers.length}/${total}`)
    }
  }
  await Promise.all(Array.from({ length: Math.min(clients, total) }, client))
  return answers
}

/** `clients` clients sending requests back to back for `seconds`; `firstIndex` numbers the people on from an earlier call. */
export const forDuration = async (
  seconds: number,
  clients: number,
  label: string,
  firstIndex: number,
  request: (index: number) => Promise<Answer>,
) => {
  const answers: Answer[] = []
  let next = firstIndex
  const started = performance.now()
  const deadline = started + seconds * 1000
  const client = async () => {
    while (performance.now() < deadline) {
      answers.push(await request(next++))
      status(`    ${label}: ${((performance.now() - started) / 1000).toFixed(0)}/${seconds} s, ${answers.length} answers`)
    }
  }
  await Promise.all(Array.from({ length: clients }, client))
  return { answers, wallMs: performance.now() - started, nextIndex: next }
}
