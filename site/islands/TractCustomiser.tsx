/**
 * The tract customiser island: a form made from the template's fields, a live
 * preview, the PDF and PNG downloads, and a link that pre-fills the form.
 * Everything happens in the browser: nothing the visitor types is sent anywhere.
 *
 * Server-rendered in its final layout (the page shows it at once, and hydration changes
 * nothing on screen). The tract engine (renderers, fonts, artwork: site/islands/tracts/engine.ts)
 * is loaded when the visitor starts: a first focus, key or tap in the form, a download, or a
 * link with pre-filled values. Until then the preview is the template's picture.
 */
import { type CSSProperties, type FormEvent, type HTMLAttributes, useCallback, useEffect, useRef, useState } from 'react'

import { defaultInput, inputProblems } from '../../tracts/input'
import type { TractWarning } from '../../tracts/layout'
import { type TractMessageCode, tractMessage } from '../../tracts/messages'
import { isPrintTemplate, pixelSize } from '../../tracts/page'
import type { TractInput, TractTemplate } from '../../tracts/template'
import type { PictureSources } from '../lib/pictures'
import { ConfirmDialog } from './tracts/ConfirmDialog'
import { describePreview } from './tracts/describe'
import type { TractEngine } from './tracts/engine'
import { FieldInput, fieldId } from './tracts/FieldInput'
import { downloadName } from './tracts/fileName'
import { LegalChoice, legalIds } from './tracts/LegalChoice'
import { confirmationWarnings, firstInvalid, problemsByInput, visibleProblems } from './tracts/problems'
import { saveFile } from './tracts/saveFile'
import { type EditorStrings, fill } from './tracts/strings'
import { inputFromSearch, prefillsForm, shareUrl } from './tracts/urlState'
import { useTractPreview } from './tracts/useTractPreview'

interface Props {
  template: TractTemplate
  /** The page's language: interface strings, messages, numbers and dates. */
  locale: string
  strings: EditorStrings
  /** `lang`/`dir` for the template's own texts (labels, help) when they are not in the page's language. */
  textLanguage: HTMLAttributes<HTMLElement>
  /** The template's picture (the gallery's, in its responsive copies), shown until the live preview is drawn. */
  placeholder: Placeholder | null
}

export interface Placeholder extends PictureSources {
  /** How wide the preview is shown, for the browser to choose a copy. */
  sizes: string
  alt: string
}

type FileKind = 'pdf' | 'png'
type Made = { blob: Blob; warnings: TractWarning[]; name: string }
type Download =
  | { state: 'idle' }
  | { state: 'invalid' }
  | { state: 'preparing'; kind: FileKind }
  | { state: 'confirm'; made: Made }
  | { state: 'done'; name: string }
  | { state: 'error' }

/** The preview's intrinsic width (CSS scales it); its height follows the page's proportions, so nothing moves when it is drawn. */
const previewWidth = 640

/** Moves the focus once React has shown what the state change brings (an error message the field points to). */
const focusAfterRender = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus())

/** How much of the preview must show for it to count as in sight (the "see the preview" control hides). */
const previewInSight = 0.5

/**
 * Whether the preview and the form are in sight. On a phone the preview sits above the form and scrolls
 * away while the visitor types; beside the form (wide screens) it stays in sight.
 */
function useSight(preview: HTMLElement | null, form: HTMLElement | null) {
  const [sight, setSight] = useState({ preview: true, form: false })
  useEffect(() => {
    if (!preview || !form || !('IntersectionObserver' in window)) return
    const observer = new IntersectionObserver(
      (entries) => {
        const seen: Partial<typeof sight> = {}
        for (const entry of entries) {
          if (entry.target === preview) seen.preview = entry.intersectionRatio >= previewInSight
          else seen.form = entry.isIntersecting
        }
        setSight((before) => ({ ...before, ...seen }))
      },
      { threshold: [0, previewInSight] },
    )
    observer.observe(preview)
    observer.observe(form)
    return () => observer.disconnect()
  }, [preview, form])
  return sight
}

/** Reads a chosen logo; its type is checked by inputProblems (PNG or JPEG only). */
const readLogo = async (file: File) => new Uint8Array(await file.arrayBuffer())

export default function TractCustomiser({ template, locale, strings, textLanguage, placeholder }: Props) {
  const print = isPrintTemplate(template)
  const [hydrated, setHydrated] = useState(false)
  const [engine, setEngine] = useState<TractEngine | null>(null)
  /** The engine's module and files while they load (`error`: the import failed; the next start tries again). */
  const [engineState, setEngineState] = useState<'idle' | 'loading' | 'error'>('idle')
  const engineLoad = useRef<Promise<TractEngine> | null>(null)
  const [input, setInput] = useState<TractInput>(() => defaultInput(template))
  const [logoNames, setLogoNames] = useState<Record<string, string>>({})
  const [attempted, setAttempted] = useState(false)
  const [bleed, setBleed] = useState(false)
  const [download, setDownload] = useState<Download>({ state: 'idle' })
  const [link, setLink] = useState<{ url: string; copied: boolean } | null>(null)
  const busy = useRef(false)
  const [previewFigure, setPreviewFigure] = useState<HTMLElement | null>(null)
  const [form, setForm] = useState<HTMLFormElement | null>(null)
  const previewSection = useRef<HTMLElement>(null)
  /** The control the visitor was in when they asked to see the preview: "back to the form" returns there. */
  const lastControl = useRef<HTMLElement | null>(null)
  const [lookingAtPreview, setLookingAtPreview] = useState(false)
  const sight = useSight(previewFigure, form)

  /** Loads the engine once (its fonts, artwork and PDF and PNG renderers start downloading with it); the first preview follows. */
  const startEngine = useCallback((): Promise<TractEngine> => {
    if (!engineLoad.current) {
      const loading = import('./tracts/engine').then((module) => module.startEngine(template))
      engineLoad.current = loading
      setEngineState('loading')
      loading.then(setEngine, (error: unknown) => {
        console.error(error)
        engineLoad.current = null
        setEngineState('error')
      })
    }
    return engineLoad.current
  }, [template])
  /** The visitor starts: a focus, a key or a tap anywhere in the form. */
  const onStart = () => void startEngine()

  useEffect(() => {
    // A link with pre-filled values shows them drawn at once.
    if (prefillsForm(template, window.location.search)) {
      setInput(inputFromSearch(template, window.location.search, defaultInput(template)))
      void startEngine()
    }
    setHydrated(true)
  }, [template, startEngine])

  const preview = useTractPreview(template, input, engine)
  const previewState = engine ? preview.state : engineState
  const problems = inputProblems(template, input)
  const shownProblems = problemsByInput(visibleProblems(problems, attempted))
  const message = (code: TractMessageCode, params: Record<string, string | number> = {}) => tractMessage(code, locale, params)
  const labelOf = (name: string) =>
    template.fields.find((field) => field.key === name)?.label ??
    (name === 'legal.name' ? strings.printerName : name === 'legal.address' ? strings.printerAddress : strings.legalHeading)
  const errorOf = (name: string) => {
    const problem = shownProblems.get(name)
    return problem ? message(problem.code, { ...problem.params, field: labelOf(problem.field) }) : undefined
  }
  const warningText = (warning: TractWarning) =>
    message(warning.code, { field: labelOf(warning.field), ...(warning.chars ? { chars: warning.chars } : {}) })
  const warnings = confirmationWarnings(preview.warnings)

  const setValue = useCallback(
    (key: string, value: string) => setInput((before) => ({ ...before, values: { ...before.values, [key]: value } })),
    [],
  )
  const setLogo = useCallback(async (key: string, file: File | null) => {
    const bytes = file ? await readLogo(file) : null
    setInput((before) => {
      const logos = { ...before.logos }
      if (bytes) logos[key] = bytes
      else delete logos[key]
      return { ...before, logos }
    })
    setLogoNames((before) => {
      const names = { ...before }
      if (file) names[key] = file.name
      else delete names[key]
      return names
    })
  }, [])

  async function make(kind: FileKind): Promise<Made> {
    const name = downloadName(template, input, kind)
    const { assets, renderers } = await startEngine()
    if (kind === 'pdf') {
      const { renderTractPdf } = await renderers.pdf
      const { bytes, warnings: found } = await renderTractPdf(template, input, assets, { bleed: print && bleed })
      return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), warnings: found, name }
    }
    const { renderTractPng } = await renderers.png
    const { blob, warnings: found } = await renderTractPng(template, input, assets)
    return { blob, warnings: found, name }
  }

  const deliver = (made: Made) => {
    saveFile(made.blob, made.name)
    setDownload({ state: 'done', name: made.name })
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    const kind: FileKind = submitter instanceof HTMLButtonElement && submitter.value === 'png' ? 'png' : 'pdf'
    setAttempted(true)
    setLink(null)
    const invalid = firstInvalid(template, problems)
    if (invalid) {
      setDownload({ state: 'invalid' })
      focusAfterRender(invalid in legalIds ? legalIds[invalid as keyof typeof legalIds] : fieldId(invalid))
      return
    }
    // One file at a time; the buttons stay enabled (a disabled button would drop the keyboard focus).
    if (busy.current) return
    busy.current = true
    setDownload({ state: 'preparing', kind })
    try {
      const made = await make(kind)
      if (confirmationWarnings(made.warnings).length) setDownload({ state: 'confirm', made })
      else deliver(made)
    } catch (error) {
      console.error(error)
      setDownload({ state: 'error' })
    } finally {
      busy.current = false
    }
  }

  /** "Back to the form": the focus goes to the first field the warnings name. */
  const backToForm = (made: Made) => {
    setDownload({ state: 'idle' })
    const field = confirmationWarnings(made.warnings).find((warning) =>
      template.fields.some((candidate) => candidate.key === warning.field),
    )?.field
    if (field) focusAfterRender(fieldId(field))
  }

  /** Brings the preview into sight and the focus onto it, from wherever the visitor was in the form. */
  function seePreview() {
    const section = previewSection.current
    if (!section) return
    section.scrollIntoView({ block: 'start' })
    section.focus({ preventScroll: true })
    setLookingAtPreview(true)
  }

  /** Back where the visitor was typing, else to the first field (the field scrolls into sight with the focus). */
  function returnToForm() {
    setLookingAtPreview(false)
    const first = template.fields[0]
    const target = lastControl.current?.isConnected ? lastControl.current : first && document.getElementById(fieldId(first.key))
    target?.focus()
  }

  async function copyLink() {
    const url = shareUrl(window.location.href, template, input)
    try {
      await navigator.clipboard.writeText(url)
      setLink({ url, copied: true })
    } catch {
      setLink({ url, copied: false })
    }
  }

  const status = (() => {
    if (!hydrated) return ''
    if (previewState === 'error') return strings.previewFailed
    switch (download.state) {
      case 'invalid':
        return strings.fixErrors
      case 'preparing':
        return strings.preparing
      case 'done':
        return fill(strings.ready, { file: download.name })
      case 'error':
        return strings.failed
      default:
        return ''
    }
  })()

  const numbers = new Intl.NumberFormat(locale, { useGrouping: false })
  const png = pixelSize(template.page)
  const confirming = download.state === 'confirm' ? download.made : null
  const previewHeight = Math.round((previewWidth * template.page.height) / template.page.width)

  return (
    <div
      className="tract-customiser"
      data-hydrated={hydrated || undefined}
      data-state={previewState}
      data-preview-version={preview.version}
      data-download={download.state}
    >
      <div className="tract-editor">
        <section className="tract-preview" aria-labelledby="tract-preview-heading" ref={previewSection} tabIndex={-1}>
          <h2 id="tract-preview-heading">{strings.previewHeading}</h2>
          {lookingAtPreview && (
            <p>
              <button type="button" className="button secondary" onClick={returnToForm}>
                {strings.backToForm}
              </button>
            </p>
          )}
          <figure ref={setPreviewFigure} style={{ '--tract-ratio': template.page.width / template.page.height } as CSSProperties}>
            {preview.url ? (
              <img
                key="drawn"
                src={preview.url}
                width={previewWidth}
                height={previewHeight}
                alt={preview.shown ? describePreview(template, preview.shown, locale, strings) : ''}
              />
            ) : (
              placeholder && (
                // The page's largest picture on a phone: its copies as the gallery's, asked for first.
                <picture key="placeholder">
                  {placeholder.sources.map((source) => (
                    <source key={source.type} type={source.type} srcSet={source.srcset} sizes={placeholder.sizes} />
                  ))}
                  <img
                    src={placeholder.img.src}
                    width={placeholder.img.width}
                    height={placeholder.img.height}
                    alt={placeholder.alt}
                    fetchPriority="high"
                  />
                </picture>
              )
            )}
          </figure>
          <p className="tract-preview-state" aria-live="polite">
            {previewState === 'loading' ? strings.previewUpdating : ''}
          </p>
          {warnings.length > 0 && (
            <div className="tract-warnings" role="note" aria-labelledby="tract-warnings-heading">
              <h3 id="tract-warnings-heading">{strings.warningsHeading}</h3>
              <ul>
                {warnings.map((warning) => (
                  <li key={`${warning.field}-${warning.code}`}>{warningText(warning)}</li>
                ))}
              </ul>
            </div>
          )}
        </section>

        <form
          className="tract-form"
          noValidate
          onSubmit={onSubmit}
          aria-labelledby="tract-form-heading"
          ref={setForm}
          onFocus={(event) => {
            onStart()
            if (event.target instanceof HTMLElement && event.target.matches('input, textarea, select')) lastControl.current = event.target
          }}
          onPointerDown={onStart}
          onInput={onStart}
        >
          <h2 id="tract-form-heading">{strings.formHeading}</h2>
          <p className="tract-help">{strings.requiredNote}</p>
          {template.fields.map((field) => (
            <FieldInput
              key={field.key}
              field={field}
              value={input.values[field.key] ?? ''}
              logoName={logoNames[field.key]}
              error={errorOf(field.key)}
              locale={locale}
              strings={strings}
              textLanguage={textLanguage}
              onValue={setValue}
              onLogo={(key, file) => void setLogo(key, file)}
            />
          ))}
          {sight.form && !sight.preview && (
            // Floats at the bottom of the screen while the preview is out of sight, so that it is one tap away while typing.
            <p
              className="tract-see-preview"
              style={{ position: 'fixed', insetBlockEnd: '1rem', insetInlineEnd: '1rem', zIndex: 2, margin: 0 }}
            >
              <button type="button" className="button" onClick={seePreview}>
                {strings.seePreview}
              </button>
            </p>
          )}
          {print && (
            <LegalChoice
              legal={input.legal}
              errors={{ 'legal.name': errorOf('legal.name'), 'legal.address': errorOf('legal.address') }}
              strings={strings}
              onChange={(legal) => setInput((before) => ({ ...before, legal }))}
            />
          )}

          <fieldset className="tract-downloads">
            <legend>{strings.downloadsHeading}</legend>
            {print && (
              <label className="tract-check">
                <input
                  type="checkbox"
                  checked={bleed}
                  onChange={(event) => setBleed(event.target.checked)}
                  aria-describedby="tract-bleed-help"
                />{' '}
                {strings.bleed}
              </label>
            )}
            {print && (
              <p id="tract-bleed-help" className="tract-help">
                {strings.bleedHelp}
              </p>
            )}
            <div className="tract-actions">
              <button type="submit" name="file" value="pdf" className="button">
                {strings.downloadPdf}
              </button>
              <button type="submit" name="file" value="png" className="button" aria-describedby="tract-png-size">
                {strings.downloadPng}
              </button>
            </div>
            <p id="tract-png-size" className="tract-help">
              {fill(strings.pngSize, { width: numbers.format(png.width), height: numbers.format(png.height) })}
            </p>
          </fieldset>
          <p className="tract-status" role="status">
            {status}
          </p>

          <div className="tract-share">
            <button type="button" className="button secondary" onClick={() => void copyLink()}>
              {strings.copyLink}
            </button>
            {link && (
              <>
                <p role="status">{link.copied ? strings.linkCopied : strings.linkNotCopied}</p>
                <label htmlFor="tract-link">{strings.linkLabel}</label>
                <input id="tract-link" type="url" dir="ltr" readOnly value={link.url} onFocus={(event) => event.target.select()} />
              </>
            )}
          </div>
          <p className="tract-help">{strings.privacy}</p>
        </form>
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={strings.confirmTitle}
        text={strings.confirmText}
        items={confirming ? confirmationWarnings(confirming.warnings).map(warningText) : []}
        confirm={strings.confirmDownload}
        cancel={strings.confirmBack}
        onConfirm={() => confirming && deliver(confirming)}
        onCancel={() => confirming && backToForm(confirming)}
      />
    </div>
  )
}
