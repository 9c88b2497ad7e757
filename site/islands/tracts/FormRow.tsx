/** One labelled control of the customiser: label (with its required mark), help, character counter, error. */
import type { HTMLAttributes, ReactNode } from 'react'

import type { EditorStrings } from './strings'

/** The ids a row gives its parts; the error's id is what the first invalid field is found by. */
export const rowIds = (id: string) => ({ help: `${id}-help`, counter: `${id}-count`, error: `${id}-error` })

interface Props {
  id: string
  label: string
  required: boolean
  help?: string
  /** Already in the visitor's language. */
  error?: string
  /** "12 / 80 characters", and whether the text is over the limit. */
  counter?: { text: string; over: boolean }
  strings: Pick<EditorStrings, 'requiredMark'>
  /** `lang`/`dir` of the label and help when the template's texts are in another language than the page. */
  textLanguage: HTMLAttributes<HTMLElement>
  /** The control, given what it must point to with aria-describedby and whether it is invalid. */
  children: (aria: { 'aria-describedby'?: string; 'aria-invalid'?: true; 'aria-required'?: true }) => ReactNode
}

export function FormRow({ id, label, required, help, error, counter, strings, textLanguage, children }: Props) {
  const ids = rowIds(id)
  // The error first: it is what a screen reader user most needs to hear again.
  const describedBy = [error && ids.error, help && ids.help, counter && ids.counter].filter(Boolean).join(' ')
  return (
    <div className="tract-row" data-invalid={error ? '' : undefined}>
      <label htmlFor={id}>
        <span {...textLanguage}>{label}</span>
        {required && (
          <>
            {' '}
            <span className="tract-required" aria-hidden="true">
              *
            </span>
            <span className="visually-hidden">{strings.requiredMark}</span>
          </>
        )}
      </label>
      {help && (
        <p id={ids.help} className="tract-help" {...textLanguage}>
          {help}
        </p>
      )}
      {children({
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
        'aria-required': required || undefined,
      })}
      {counter && (
        <p id={ids.counter} className="tract-counter" data-over={counter.over || undefined}>
          {counter.text}
        </p>
      )}
      {error && (
        <p id={ids.error} className="tract-error">
          {error}
        </p>
      )}
    </div>
  )
}
