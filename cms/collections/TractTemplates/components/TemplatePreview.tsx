'use client'
/**
 * The edit view's live preview: the template as the form holds it right now,
 * drawn by the site's own engine with sample data, with what to fix before
 * publishing and how the sample text fits.
 */
import { getTranslation } from '@payloadcms/translations'
import { useAllFormFields, useConfig, useLocale, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { reduceFieldsToValues } from 'payload/shared'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import { fetchAssets } from '../../../../tracts/assets'
import { tractMessage } from '../../../../tracts/messages'
import { renderTractSvg } from '../../../../tracts/svg'
import { templateProblems } from '../../../../tracts/template'
import { problemMessage } from '../problemMessage'
import { type ArtworkUpload, completeParts, type TemplateSource } from '../../../../publication/toTractTemplate'
import { sampleInput } from '../../../../tracts/sampleInput'

/** Typing pauses this long before the preview is drawn again. */
const redrawDelayMs = 250

type Preview =
  | { state: 'incomplete' }
  | { state: 'drawing' }
  | { state: 'failed'; reason: string }
  | { state: 'drawn'; url: string; width: number; height: number; problems: string[]; warnings: string[] }

const uploadId = (value: unknown): string | null => (typeof value === 'number' || typeof value === 'string' ? String(value) : null)

/** The artwork uploads the form points to, read once each (the form holds their ids; the engine needs their type and URL). */
function useArtworkUploads(ids: (string | null)[]): Record<string, ArtworkUpload> {
  const { config } = useConfig()
  const [uploads, setUploads] = useState<Record<string, ArtworkUpload>>({})
  const wanted = ids.filter((id): id is string => id !== null && !(id in uploads)).join(',')
  useEffect(() => {
    if (!wanted) return
    const controller = new AbortController()
    for (const id of wanted.split(',')) {
      fetch(`${config.routes.api}/tract-artwork/${encodeURIComponent(id)}?depth=0`, { credentials: 'include', signal: controller.signal })
        .then(async (response) => (response.ok ? ((await response.json()) as ArtworkUpload) : null))
        .then((upload) => upload && setUploads((known) => ({ ...known, [id]: upload })))
        // A deleted or unreadable upload draws as no artwork; the save check names what is missing.
        .catch(() => undefined)
    }
    return () => controller.abort()
  }, [wanted, config.routes.api])
  return uploads
}

export const TemplatePreview: UIFieldClientComponent = ({ field }) => {
  const { i18n, t } = useTranslation()
  const hubT = t as unknown as (key: string, vars?: Record<string, unknown>) => string
  const locale = useLocale()
  const [fields] = useAllFormFields()
  const values = useMemo(() => reduceFieldsToValues(fields, true) as TemplateSource, [fields])
  const artworkId = uploadId(values.artwork)
  const artworkImageId = uploadId(values.artworkImage)
  const uploads = useArtworkUploads([artworkId, artworkImageId])
  const assets = useMemo(() => fetchAssets(), [])
  const [preview, setPreview] = useState<Preview>({ state: 'drawing' })

  // The image shown is a Blob URL: released once another replaces it, and when the view closes.
  const shownUrl = useRef<string | null>(null)
  const show = useCallback((next: Preview) => {
    const previous = shownUrl.current
    shownUrl.current = next.state === 'drawn' ? next.url : null
    if (previous && previous !== shownUrl.current) URL.revokeObjectURL(previous)
    setPreview(next)
  }, [])
  useEffect(
    () => () => {
      if (shownUrl.current) URL.revokeObjectURL(shownUrl.current)
    },
    [],
  )

  useEffect(() => {
    const upload = (id: string | null) => (id ? (uploads[id] ?? null) : null)
    const legalZone = hubT('hub:tractLegalZone')
    let parts: ReturnType<typeof completeParts>
    let problems: string[]
    try {
      parts = completeParts(
        { ...values, artwork: upload(artworkId), artworkImage: upload(artworkImageId) },
        locale.code,
        (doc) => doc.url ?? null,
      )
      problems = parts ? templateProblems(parts.template).map((problem) => problemMessage(problem, i18n.language, legalZone)) : []
    } catch (error) {
      // Whatever the form holds while an editor types, the preview never takes the edit view down.
      show({ state: 'failed', reason: error instanceof Error ? error.message : String(error) })
      return
    }
    if (!parts) {
      show({ state: 'incomplete' })
      return
    }
    const { template } = parts
    const labelOf = (key: string) => template.fields.find((row) => row.key === key)?.label ?? legalZone
    // Only the latest form state is drawn: a drawing started earlier is dropped when it finishes.
    let latest = true
    const timer = setTimeout(() => {
      renderTractSvg(template, sampleInput(template), assets)
        .then(({ svg, warnings, width, height }) => {
          if (!latest) return
          show({
            state: 'drawn',
            url: URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })),
            width,
            height,
            problems,
            warnings: warnings.map((warning) =>
              tractMessage(warning.code, i18n.language, { field: labelOf(warning.field), chars: warning.chars ?? '' }),
            ),
          })
        })
        .catch((error: unknown) => latest && show({ state: 'failed', reason: error instanceof Error ? error.message : String(error) }))
    }, redrawDelayMs)
    return () => {
      latest = false
      clearTimeout(timer)
    }
  }, [values, uploads, artworkId, artworkImageId, locale.code, assets, i18n.language, hubT, show])

  const label = field.label ? getTranslation(field.label, i18n) : ''
  return (
    <section className="field-type" aria-labelledby="tract-preview-title" style={{ marginBlockEnd: 'var(--base)' }}>
      <h3 id="tract-preview-title" className="field-label" style={{ marginBlockEnd: '0.5rem' }}>
        {label}
      </h3>
      {preview.state === 'incomplete' && <p>{hubT('hub:tractPreviewIncomplete')}</p>}
      {preview.state === 'drawing' && <p role="status">{hubT('hub:tractPreviewDrawing')}</p>}
      {preview.state === 'failed' && <p role="alert">{hubT('hub:tractPreviewFailed', { reason: preview.reason })}</p>}
      {preview.state === 'drawn' && (
        <>
          <img
            src={preview.url}
            alt={hubT('hub:tractPreviewAlt')}
            width={preview.width}
            height={preview.height}
            style={{
              display: 'block',
              width: '100%',
              height: 'auto',
              border: '1px solid var(--theme-elevation-150)',
              boxShadow: '0 1px 4px rgb(0 0 0 / 0.15)',
            }}
          />
          <p className="field-description" style={{ marginBlock: '0.5rem' }}>
            {hubT('hub:tractPreviewNote')}
          </p>
          {preview.problems.length > 0 && (
            <div style={{ color: 'var(--theme-error-750)' }}>
              <p style={{ marginBlock: '0.5rem 0.25rem', fontWeight: 600 }}>{hubT('hub:tractPreviewProblems')}</p>
              <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
                {preview.problems.map((message, index) => (
                  <li key={`${index}:${message}`}>{message}</li>
                ))}
              </ul>
            </div>
          )}
          {preview.warnings.length > 0 && (
            <div>
              <p style={{ marginBlock: '0.5rem 0.25rem', fontWeight: 600 }}>{hubT('hub:tractPreviewWarnings')}</p>
              <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
                {preview.warnings.map((message, index) => (
                  <li key={`${index}:${message}`}>{message}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  )
}
