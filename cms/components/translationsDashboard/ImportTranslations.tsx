'use client'

import { type FormEvent, useState } from 'react'

import type { ImportReport, UnitOutcome } from '../../translations/exchange'
import { type TranslationsMessage, translationsText } from '../../translations/messages'

type State = { kind: 'idle' } | { kind: 'sending' } | { kind: 'failed'; message: string } | { kind: 'done'; report: ImportReport }

const groups = [
  ['applied', 'importApplied'],
  ['stale', 'importStale'],
  ['invalid', 'importInvalid'],
  ['skipped', 'importSkipped'],
] as const

/**
 * The dashboard's import form: a translation file (XLIFF or JSON) sent as it is to the import
 * endpoint, then its report: what was saved as drafts, what is stale, invalid or had nothing to do,
 * each unit with its document and the reason.
 */
export function ImportTranslations({ action, language }: { action: string; language: string }) {
  const t = translationsText(language)
  const [state, setState] = useState<State>({ kind: 'idle' })

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const file = new FormData(event.currentTarget).get('file')
    if (!(file instanceof File) || file.size === 0) return
    setState({ kind: 'sending' })
    try {
      const response = await fetch(action, {
        method: 'POST',
        body: file,
        credentials: 'same-origin',
        headers: { 'Content-Type': file.type || 'application/octet-stream' },
      })
      const body = (await response.json()) as ImportReport | { errors?: { message: string }[] }
      if (!response.ok || !('applied' in body)) {
        setState({ kind: 'failed', message: ('errors' in body && body.errors?.[0]?.message) || String(response.status) })
      } else setState({ kind: 'done', report: body })
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  }

  const describe = (outcome: UnitOutcome) =>
    [
      outcome.title ?? `${outcome.collection} ${outcome.document}`,
      outcome.path,
      outcome.reason ? t(`reason_${outcome.reason}` as TranslationsMessage) : '',
      outcome.detail ?? '',
    ]
      .filter(Boolean)
      .join(' — ')

  return (
    <section aria-labelledby="translations-import" style={{ marginBlockEnd: 'var(--base)' }}>
      <h2 id="translations-import" style={{ fontSize: '1.2rem' }}>
        {t('importTitle')}
      </h2>
      <p>{t('importHelp')}</p>
      <form onSubmit={(event) => void send(event)} style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <label>
          {t('file')} <input type="file" name="file" accept=".xlf,.xliff,.json,application/xliff+xml,application/json" required />
        </label>
        <button type="submit" disabled={state.kind === 'sending'}>
          {t('importButton')}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {state.kind === 'sending' && <p>{t('importing')}</p>}
        {state.kind === 'failed' && <p style={{ color: 'var(--theme-error-500)' }}>{t('importFailed', { message: state.message })}</p>}
        {state.kind === 'done' &&
          groups.map(([key, label]) => (
            <details key={key} open={key !== 'skipped' && state.report[key].length > 0}>
              <summary>{t(label, { count: state.report[key].length })}</summary>
              <ul>
                {state.report[key].map((outcome) => (
                  <li key={`${outcome.collection}/${outcome.document}/${outcome.path}`}>{describe(outcome)}</li>
                ))}
              </ul>
            </details>
          ))}
      </div>
    </section>
  )
}
