import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react'

import {
  type FacetKey,
  facetKeys,
  type Filters,
  hitsPerPage,
  type Marked,
  type SearchEngine,
  type SearchResponse,
  type SortOrder,
} from '../../search/client/engine'
import type { BrowserEngine } from '../../search/config'
import { meilisearchEngine } from '../../search/client/meilisearch'
import { staticIndexEngine } from '../../search/client/staticIndex'
import { type Correction, searchWithCorrection } from '../../search/client/correctedSearch'

export interface SearchStrings {
  label: string
  placeholder: string
  submit: string
  intro: string
  loading: string
  error: string
  noResults: string
  noResultsHelp: string
  showingFor: string
  searchInstead: string
  /** When no result has every word: the words left out, `{{words}}` each quoted by `quoted` and listed as the language lists them. */
  ignored: string
  quoted: string
  results: string
  resultsNav: string
  /** The button that shows the next results. */
  more: string
  sort: string
  sortRelevance: string
  sortNewest: string
  filters: string
  /** The filters' summary once some are chosen: `{{filters}}`, their names. */
  filtersChosen: string
  reset: string
  /** "N results" in each plural category of the language, `{{count, number}}` standing for N. */
  count: Partial<Record<Intl.LDMLPluralRule, string>>
  facets: Record<FacetKey, string>
}

interface Props {
  locale: string
  /** The static index, or a Meilisearch server configured at build time (search/config.ts). */
  engine: BrowserEngine
  strings: SearchStrings
  /** Display names of facet values (types, levels, languages); theme names are shown as they are. */
  labels: Record<string, string>
  /** Where to browse when nothing is found: type indexes, with their names. */
  browse: { href: string; label: string }[]
}

/** Keystrokes closer together than this make one search. */
const debounceMs = 150

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)(?:, \w+)?\}\}/g, (_, key: string) => values[key] ?? '')

function readUrl(): { text: string; filters: Filters; sort: SortOrder } {
  const params = new URLSearchParams(window.location.search)
  const filters: Filters = {}
  for (const key of facetKeys) {
    const value = params.get(key)
    if (value) filters[key] = value
  }
  return { text: params.get('q') ?? '', filters, sort: params.get('sort') === 'newest' ? 'newest' : 'relevance' }
}

/** A search as address parameters: `q=…&type=…&sort=newest`. */
function paramsOf(text: string, filters: Filters, sort: SortOrder): string {
  const params = new URLSearchParams()
  if (text) params.set('q', text)
  for (const key of facetKeys) if (filters[key]) params.set(key, filters[key])
  if (sort !== 'relevance') params.set('sort', sort)
  return params.toString()
}

/** Query, filters and order in the address, so that a search can be shared or bookmarked. */
function writeUrl(search: string) {
  window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`)
}

const MarkedText = ({ parts }: { parts: Marked }) => (
  <>{parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}</>
)

/**
 * The search page's island: results as you type, facets, a typo corrected (with a way back to the query
 * as typed), the words left out when no result has them all, keyboard navigation.
 */
export default function Search({ locale, engine: config, strings, labels, browse }: Props) {
  const engine: SearchEngine = useMemo(
    () => (config.kind === 'meilisearch' ? meilisearchEngine(config) : staticIndexEngine(locale)),
    [config, locale],
  )
  const [text, setText] = useState('')
  const [filters, setFilters] = useState<Filters>({})
  const [sort, setSort] = useState<SortOrder>('relevance')
  /** How many results to show: a page's worth, and another each time the visitor asks for more. */
  const [limit, setLimit] = useState(hitsPerPage)
  const [response, setResponse] = useState<SearchResponse | null>(null)
  const [corrected, setCorrected] = useState<Correction | null>(null)
  /** A query the visitor asked to search as typed ("Search instead for…"): not corrected. */
  const [asTyped, setAsTyped] = useState<string | null>(null)
  const [state, setState] = useState<'idle' | 'loading' | 'done' | 'error'>('idle')
  /** The search (as address parameters) the results shown answer, and whether the island is live (for tests). */
  const [answered, setAnswered] = useState('')
  const [hydrated, setHydrated] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const results = useRef<HTMLOListElement>(null)
  const latest = useRef(0)
  const ready = useRef(false)
  /** After "more results": the first new result, which takes the focus from the button once shown. */
  const firstNew = useRef<number | null>(null)

  useEffect(() => {
    const initial = readUrl()
    setText(initial.text)
    setFilters(initial.filters)
    setSort(initial.sort)
    ready.current = true
    setHydrated(true)
    if (!initial.text) input.current?.focus()
  }, [])

  useEffect(() => {
    if (!ready.current) return
    const search = paramsOf(text.trim(), filters, sort)
    writeUrl(search)
    const empty = !text.trim() && !Object.values(filters).some(Boolean)
    if (empty) {
      setResponse(null)
      setCorrected(null)
      setState('idle')
      return
    }
    const request = ++latest.current
    setState('loading')
    const timer = window.setTimeout(async () => {
      try {
        const found = await searchWithCorrection(engine, text, filters, sort, text === asTyped, limit)
        if (request !== latest.current) return
        setResponse(found.response)
        setCorrected(found.correction)
        setAnswered(search)
        setState('done')
      } catch {
        if (request === latest.current) setState('error')
      }
    }, debounceMs)
    return () => window.clearTimeout(timer)
  }, [engine, text, filters, sort, asTyped, limit])

  // A new search shows a page's worth again.
  useEffect(() => setLimit(hitsPerPage), [text, filters, sort, asTyped])

  useEffect(() => {
    if (firstNew.current === null || state !== 'done') return
    links()[firstNew.current]?.focus()
    firstNew.current = null
  }, [response, state])

  const links = () => [...(results.current?.querySelectorAll<HTMLAnchorElement>('a[data-result]') ?? [])]
  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      links()[0]?.focus()
    }
  }
  const onResultsKey = (event: KeyboardEvent<HTMLOListElement>) => {
    const all = links()
    const current = all.indexOf(document.activeElement as HTMLAnchorElement)
    if (current < 0) return
    const move = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: all.length - 1 }[event.key]
    if (event.key === 'Escape' || move === -1) {
      event.preventDefault()
      input.current?.focus()
    } else if (move !== undefined) {
      event.preventDefault()
      all[Math.min(move, all.length - 1)]?.focus()
    }
  }

  const toggle = (key: FacetKey, value: string) =>
    setFilters((current) => ({ ...current, [key]: current[key] === value ? undefined : value }))
  const count = (total: number) => {
    const form = strings.count[new Intl.PluralRules(locale).select(total)] ?? strings.count.other ?? ''
    return fill(form, { count: new Intl.NumberFormat(locale).format(total) })
  }
  const label = (key: FacetKey, value: string) => labels[`${key}:${value}`] ?? value
  const quotedList = (words: string[]) =>
    new Intl.ListFormat(locale, { type: 'unit' }).format(words.map((word) => fill(strings.quoted, { word })))
  const activeFilters = Object.values(filters).some(Boolean)
  const chosen = facetKeys.flatMap((key) => {
    const value = filters[key]
    return value ? [label(key, value)] : []
  })

  return (
    <div className="search" data-state={state} data-query={answered} data-hydrated={hydrated || undefined}>
      <form role="search" className="search-form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-query">{strings.label}</label>
        <div className="search-row">
          <input
            ref={input}
            id="search-query"
            type="search"
            name="q"
            value={text}
            placeholder={strings.placeholder}
            autoComplete="off"
            aria-describedby="search-help"
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onInputKey}
          />
          <button type="submit">{strings.submit}</button>
        </div>
        <p id="search-help" className="search-help">
          {strings.intro} {strings.resultsNav}
        </p>
      </form>

      <p className="search-status" role="status" aria-live="polite">
        {state === 'loading' && strings.loading}
        {state === 'error' && strings.error}
        {state === 'done' && response && response.total > 0 && count(response.total)}
      </p>

      {state === 'done' && corrected && response && response.total > 0 && (
        <p className="search-correction">
          {fill(strings.showingFor, { suggestion: corrected.suggestion })}.{' '}
          <button type="button" className="link-button" onClick={() => setAsTyped(corrected.typed)}>
            {fill(strings.searchInstead, { query: corrected.typed })}
          </button>
        </p>
      )}

      {state === 'done' && response && response.ignored.length > 0 && (
        <p className="search-ignored">{fill(strings.ignored, { words: quotedList(response.ignored) })}</p>
      )}

      {response && (response.total > 0 || activeFilters) && (
        // On phones a summary naming the filters chosen, so that the first results are on the first screen; open on wide screens.
        <section className="search-filters filters" aria-label={strings.filters}>
          <details className="open-when-wide">
            <summary>{chosen.length ? fill(strings.filtersChosen, { filters: chosen.join(', ') }) : strings.filters}</summary>
            <div className="search-facets">
              {facetKeys.map((key) => {
                const values = Object.entries(response.facets[key]).filter(([value, total]) => total > 0 || filters[key] === value)
                if (values.length < 2 && !filters[key]) return null
                return (
                  <fieldset key={key}>
                    <legend>{strings.facets[key]}</legend>
                    <ul>
                      {values
                        .sort((a, b) => b[1] - a[1] || label(key, a[0]).localeCompare(label(key, b[0]), locale))
                        .map(([value, total]) => (
                          <li key={value}>
                            <button type="button" aria-pressed={filters[key] === value} onClick={() => toggle(key, value)}>
                              {label(key, value)} <span className="count">({new Intl.NumberFormat(locale).format(total)})</span>
                            </button>
                          </li>
                        ))}
                    </ul>
                  </fieldset>
                )
              })}
              <label className="search-sort">
                {strings.sort}{' '}
                <select value={sort} onChange={(event) => setSort(event.target.value === 'newest' ? 'newest' : 'relevance')}>
                  <option value="relevance">{strings.sortRelevance}</option>
                  <option value="newest">{strings.sortNewest}</option>
                </select>
              </label>
              {activeFilters && (
                <button type="button" className="link-button" onClick={() => setFilters({})}>
                  {strings.reset}
                </button>
              )}
            </div>
          </details>
        </section>
      )}

      {state === 'done' && response?.total === 0 && (
        <div className="search-empty">
          <p>{fill(strings.noResults, { query: text.trim() })}</p>
          <p>{strings.noResultsHelp}</p>
          <ul>
            {browse.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </div>
      )}

      {response && response.hits.length > 0 && (
        <ol className="search-results" ref={results} aria-label={strings.results} onKeyDown={onResultsKey}>
          {response.hits.map((hit) => (
            <li key={hit.url} lang={hit.language ?? undefined}>
              <a href={hit.url} data-result="">
                <MarkedText parts={hit.title} />
              </a>
              <p className="search-meta">
                {label('type', hit.type)}
                {hit.date && (
                  <>
                    {' · '}
                    <time dateTime={hit.date}>{new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(hit.date))}</time>
                  </>
                )}
                {hit.language && (
                  <>
                    {' · '}
                    <span>{label('language', hit.language)}</span>
                  </>
                )}
              </p>
              <p className="search-excerpt">
                <MarkedText parts={hit.excerpt} />
              </p>
            </li>
          ))}
        </ol>
      )}

      {state === 'done' && response && response.hits.length < response.total && (
        <button
          type="button"
          className="search-more"
          onClick={() => {
            firstNew.current = response.hits.length
            setLimit(response.hits.length + hitsPerPage)
          }}
        >
          {strings.more}
        </button>
      )}
    </div>
  )
}
