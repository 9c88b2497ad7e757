import './withoutEval'

import { useEffect, useState } from 'react'

import { type DonationStatusResponse, donationStatusResponse } from '../../publication/donation'
import type { DonationText } from '../../publication/donationText'

type Status = DonationStatusResponse['status']

interface Props {
  /** The CMS's status endpoint (SERVER_URL/api/public/donation-status); the checkout session comes from `?session=`. */
  statusUrl: string
  formHref: string
  text: DonationText['status']
  /** The link back to the form, after a payment that did not go through. */
  again: string
}

/** What the page says: before asking (and without JavaScript), a status, still pending after every try, or no answer. */
type Shown = { kind: 'waiting' } | { kind: 'status'; status: Status } | { kind: 'pendingLong' } | { kind: 'unreachable' }

/** Seconds between the tries while the payment is pending: Stripe's webhook usually lands within seconds. */
export const pollDelays = [1, 2, 4, 8, 15] as const

const didNotGoThrough = new Set<Status>(['failed', 'expired', 'unknown'])

/** The sentence for what is shown, and whether the payment did not go through. */
export function statusMessage(shown: Shown, text: DonationText['status']): { message: string; failed: boolean } {
  if (shown.kind === 'waiting') return { message: text.withoutScript, failed: false }
  if (shown.kind === 'pendingLong') return { message: text.pendingLong, failed: false }
  if (shown.kind === 'unreachable') return { message: text.unreachable, failed: false }
  return { message: text[shown.status], failed: didNotGoThrough.has(shown.status) }
}

/**
 * The thank-you page's news of the donation. Without JavaScript, or without a session in the
 * address, it says that the email confirms; in the browser it asks the CMS for the status of the
 * checkout session, again a few times with growing delays while the payment is pending.
 */
export default function DonationStatus({ statusUrl, formHref, text, again }: Props) {
  const [shown, setShown] = useState<Shown>({ kind: 'waiting' })

  useEffect(() => {
    const session = new URLSearchParams(window.location.search).get('session')
    if (!session) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    async function ask(attempt: number) {
      try {
        const response = await fetch(`${statusUrl}?session=${encodeURIComponent(session ?? '')}`, {
          headers: { accept: 'application/json' },
        })
        const { status } = donationStatusResponse.parse(await response.json())
        if (stopped) return
        const delay = pollDelays[attempt]
        if (status !== 'pending') setShown({ kind: 'status', status })
        else if (delay === undefined) setShown({ kind: 'pendingLong' })
        else {
          setShown({ kind: 'status', status })
          timer = setTimeout(() => void ask(attempt + 1), delay * 1000)
        }
      } catch {
        if (!stopped) setShown({ kind: 'unreachable' })
      }
    }
    void ask(0)
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [statusUrl])

  const { message, failed } = statusMessage(shown, text)
  return (
    <div className="donation-outcome" data-status={shown.kind === 'status' ? shown.status : shown.kind}>
      <h1>{failed ? text.failedTitle : text.thanksTitle}</h1>
      <p className="lede" role="status">
        {message}
      </p>
      {failed && (
        <p>
          <a className="button" href={formHref}>
            {again}
          </a>
        </p>
      )}
    </div>
  )
}
