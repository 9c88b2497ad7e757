import { type SyntheticEvent, useEffect, useRef, useState } from 'react'

import { type Coordinates, locate, type NearMeData, nearest } from '../lib/agenda'

export interface NearMeStrings {
  title: string
  intro: string
  label: string
  submit: string
  useMyPosition: string
  unknownPlace: string
  positionRefused: string
  loadFailed: string
  /** "Coming events nearest to {{place}}". */
  results: string
  none: string
  cancelled: string
  postponed: string
  privacy: string
}

interface Props {
  /** The coordinates file of the page's language (pages/[lang]/agenda/near-me.json.ts). */
  dataUrl: string
  locale: string
  strings: NearMeStrings
}

/** How many of the nearest events to show. */
const shown = 10

/**
 * "Near me": coming events ordered by distance from a postcode, a city or (if the visitor allows)
 * the browser's position. Everything happens here: the site's own coordinates file is fetched,
 * and neither what was typed nor the position leaves the browser. Without JavaScript it is not
 * shown (the agenda's filters by department do the same work).
 */
export default function NearMe({ dataUrl, locale, strings }: Props) {
  const [mounted, setMounted] = useState(false)
  const [query, setQuery] = useState('')
  const [origin, setOrigin] = useState<{ position: Coordinates; label: string } | null>(null)
  const [data, setData] = useState<NearMeData | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const results = useRef<HTMLHeadingElement>(null)

  useEffect(() => setMounted(true), [])
  useEffect(() => {
    if (origin) results.current?.focus()
  }, [origin])

  const loaded = async (): Promise<NearMeData | null> => {
    if (data) return data
    try {
      const response = await fetch(dataUrl)
      if (!response.ok) throw new Error(String(response.status))
      const fresh = (await response.json()) as NearMeData
      setData(fresh)
      return fresh
    } catch {
      setProblem(strings.loadFailed)
      return null
    }
  }

  const searchPlace = async (event: SyntheticEvent) => {
    event.preventDefault()
    setProblem(null)
    const places = await loaded()
    if (!places) return
    const position = locate(query, places.places)
    if (!position) {
      setOrigin(null)
      setProblem(strings.unknownPlace)
      return
    }
    setOrigin({ position, label: query.trim() })
  }

  const locateMe = async () => {
    setProblem(null)
    const places = await loaded()
    if (!places) return
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => setOrigin({ position: [coords.latitude, coords.longitude], label: strings.useMyPosition }),
      () => setProblem(strings.positionRefused),
      { maximumAge: 600_000, timeout: 15_000 },
    )
  }

  if (!mounted) return null
  const kilometres = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 })
  const ordered = origin && data ? nearest(data.events, origin.position).slice(0, shown) : []

  return (
    <section className="near-me no-print" aria-labelledby="near-me-title">
      <h2 id="near-me-title">{strings.title}</h2>
      <p>{strings.intro}</p>
      <form className="search-row" onSubmit={searchPlace}>
        <label htmlFor="near-me-place">{strings.label}</label>
        <input
          id="near-me-place"
          type="text"
          autoComplete="postal-code"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          required
        />
        <button type="submit">{strings.submit}</button>
        {'geolocation' in navigator && (
          <button type="button" onClick={locateMe}>
            {strings.useMyPosition}
          </button>
        )}
      </form>
      <p className="meta">{strings.privacy}</p>
      <p role="status">{problem}</p>
      {origin && (
        <>
          <h3 ref={results} tabIndex={-1}>
            {strings.results.replace('{{place}}', origin.label)}
          </h3>
          {ordered.length === 0 ? (
            <p>{strings.none}</p>
          ) : (
            <ol>
              {ordered.map(({ event, distance }) => (
                <li key={event.url}>
                  <a href={event.url}>{event.title}</a> — {event.when}
                  {event.where && `, ${event.where}`} ({kilometres.format(distance)})
                  {event.status !== 'scheduled' && <strong> {event.status === 'cancelled' ? strings.cancelled : strings.postponed}</strong>}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  )
}
