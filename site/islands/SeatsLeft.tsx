import './withoutEval'

import { useEffect, useState } from 'react'

import { type SeatsResponse, seatsResponse } from '../../publication/signUp'

export interface SeatsLeftStrings {
  /** "{{count}} seats left" in each plural category of the language. */
  left: Partial<Record<Intl.LDMLPluralRule, string>>
  fullWaitlist: string
  full: string
}

interface Props {
  /** The CMS's seats endpoint for this event (SERVER_URL/api/public/seats?event=<id>). */
  source: string
  locale: string
  /** The count when the page was built: what shows until the live one arrives, and without JavaScript. */
  initial: SeatsResponse
  strings: SeatsLeftStrings
}

/** One plural rule and number format per language: the build writes the line on thousands of event pages. */
const numbering = new Map<string, { plural: Intl.PluralRules; number: Intl.NumberFormat }>()
const numberingIn = (locale: string) => {
  let made = numbering.get(locale)
  if (!made) numbering.set(locale, (made = { plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) }))
  return made
}

/** What the seats line says, or null for an event without a limit. */
export function seatsText(seats: SeatsResponse, locale: string, strings: SeatsLeftStrings): string | null {
  if (seats.left === null) return null
  if (seats.left === 0) return seats.waitlist ? strings.fullWaitlist : strings.full
  const { plural, number } = numberingIn(locale)
  const template = strings.left[plural.select(seats.left)] ?? strings.left.other ?? ''
  return template.replace(/\{\{count(?:, number)?\}\}/g, number.format(seats.left))
}

/**
 * The seats left of an event: the count at build time, then the live count from the CMS (counts
 * only, cached there a few seconds). If the CMS does not answer, the build's count stays.
 */
export default function SeatsLeft({ source, locale, initial, strings }: Props) {
  const [seats, setSeats] = useState(initial)

  useEffect(() => {
    const controller = new AbortController()
    fetch(source, { headers: { accept: 'application/json' }, signal: controller.signal })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((answer: unknown) => setSeats(seatsResponse.parse(answer)))
      .catch(() => undefined)
    return () => controller.abort()
  }, [source])

  const text = seatsText(seats, locale, strings)
  return text ? (
    <p className="seats-left" data-full={seats.left === 0 ? '' : undefined}>
      {text}
    </p>
  ) : null
}
