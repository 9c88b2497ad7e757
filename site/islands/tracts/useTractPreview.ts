/**
 * The live preview: the tract drawn as SVG a moment after each change, shown through an object URL.
 * Nothing is drawn until the engine is there (site/islands/tracts/engine.ts, loaded when the visitor
 * starts): until then the island shows the template's picture.
 */
import { useEffect, useRef, useState } from 'react'

import type { TractWarning } from '../../../tracts/layout'
import type { TractInput, TractTemplate } from '../../../tracts/template'
import type { TractEngine } from './engine'

/** Keystrokes closer together than this make one drawing. */
export const previewDebounceMs = 120

export interface TractPreview {
  /** An object URL of the SVG; null until the first drawing. */
  url: string | null
  /** What the last drawing found (text shrunk, overflowing, glyphs missing). */
  warnings: TractWarning[]
  /** The input the preview shows, for its description. */
  shown: TractInput | null
  /** `idle`: no engine yet, nothing drawn nor drawing. */
  state: 'idle' | 'loading' | 'ready' | 'error'
  /** How many drawings have been shown (tests and the benchmark wait on it). */
  version: number
}

/** Draws `input` once the engine is there, then again after each change; the previous URL is released when the next is shown. */
export function useTractPreview(template: TractTemplate, input: TractInput, engine: TractEngine | null): TractPreview {
  const [preview, setPreview] = useState<TractPreview>({ url: null, warnings: [], shown: null, state: 'idle', version: 0 })
  const current = useRef<string | null>(null)
  const drawn = useRef(false)

  useEffect(() => {
    if (!engine) return
    let cancelled = false
    setPreview((previous) => ({ ...previous, state: 'loading' }))
    // The first drawing at once; later ones wait for typing to pause.
    const timer = window.setTimeout(
      async () => {
        try {
          const { svg, warnings } = await engine.renderSvg(template, input, engine.assets)
          if (cancelled) return
          const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
          const previous = current.current
          current.current = url
          drawn.current = true
          setPreview((before) => ({ url, warnings, shown: input, state: 'ready', version: before.version + 1 }))
          if (previous) URL.revokeObjectURL(previous)
        } catch (error) {
          console.error(error)
          if (!cancelled) setPreview((before) => ({ ...before, state: 'error' }))
        }
      },
      drawn.current ? previewDebounceMs : 0,
    )
    return () => {
      cancelled = true
      window.clearTimeout(timer)
    }
  }, [template, input, engine])

  useEffect(
    () => () => {
      if (current.current) URL.revokeObjectURL(current.current)
    },
    [],
  )
  return preview
}
