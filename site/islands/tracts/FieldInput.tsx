/** The control of one template field, chosen by its type: text, multiline, date, time, URL or logo file. */
import { type HTMLAttributes, useRef } from 'react'

import type { TractField } from '../../../tracts/template'
import { FormRow } from './FormRow'
import { type EditorStrings, fill } from './strings'

/** Logos the engine can draw; the file input offers only these. */
export const logoTypes = ['image/png', 'image/jpeg'] as const

export const fieldId = (key: string) => `tract-field-${key}`

/** Length as the engine counts it: characters, not UTF-16 units (an emoji is one). */
export const textLength = (text: string) => [...text].length

interface Props {
  field: TractField
  value: string
  /** The file name of the logo chosen for a logo field. */
  logoName?: string
  error?: string
  locale: string
  strings: EditorStrings
  textLanguage: HTMLAttributes<HTMLElement>
  onValue: (key: string, value: string) => void
  onLogo: (key: string, file: File | null) => void
}

export function FieldInput({ field, value, logoName, error, locale, strings, textLanguage, onValue, onLogo }: Props) {
  const id = fieldId(field.key)
  const numbers = new Intl.NumberFormat(locale)
  const counted = field.type === 'line' || field.type === 'multiline' || field.type === 'place' || field.type === 'url'
  const length = textLength(value)
  const counter = counted
    ? {
        text: fill(strings.counter, { count: numbers.format(length), max: numbers.format(field.maxLength) }),
        over: length > field.maxLength,
      }
    : undefined
  const help = field.type === 'logo' ? [field.help, strings.logoHelp].filter(Boolean).join(' ') : field.help
  const common = { id, name: field.key }
  return (
    <FormRow
      id={id}
      label={field.label}
      required={field.required}
      help={help}
      error={error}
      counter={counter}
      strings={strings}
      textLanguage={textLanguage}
    >
      {(aria) => {
        const change = (event: { target: { value: string } }) => onValue(field.key, event.target.value)
        switch (field.type) {
          case 'multiline':
            return <textarea {...common} {...aria} value={value} rows={4} dir="auto" onChange={change} />
          case 'place':
            // Venue, street, town: a line each, as the engine prints them.
            return <textarea {...common} {...aria} value={value} rows={3} dir="auto" autoComplete="off" onChange={change} />
          case 'date':
          case 'time':
            return <input {...common} {...aria} type={field.type} value={value} onChange={change} />
          case 'url':
            return <input {...common} {...aria} type="url" inputMode="url" dir="ltr" autoComplete="url" value={value} onChange={change} />
          case 'logo':
            return (
              <LogoControl
                id={id}
                name={field.key}
                aria={aria}
                logoName={logoName}
                strings={strings}
                onLogo={(file) => onLogo(field.key, file)}
              />
            )
          default:
            return <input {...common} {...aria} type="text" dir="auto" autoComplete="off" value={value} onChange={change} />
        }
      }}
    </FormRow>
  )
}

interface LogoProps {
  id: string
  name: string
  aria: Record<string, string | true | undefined>
  logoName?: string
  strings: EditorStrings
  onLogo: (file: File | null) => void
}

/** A PNG or JPEG file, with a button to remove it (which also empties the file input). */
function LogoControl({ id, name, aria, logoName, strings, onLogo }: LogoProps) {
  const input = useRef<HTMLInputElement>(null)
  const remove = () => {
    if (input.current) input.current.value = ''
    onLogo(null)
  }
  return (
    <div className="tract-logo">
      <input
        ref={input}
        id={id}
        name={name}
        {...aria}
        type="file"
        accept={logoTypes.join(',')}
        onChange={(event) => onLogo(event.target.files?.[0] ?? null)}
      />
      {logoName && (
        <p>
          {fill(strings.logoChosen, { name: logoName })}{' '}
          <button type="button" className="link-button" onClick={remove}>
            {strings.logoRemove}
          </button>
        </p>
      )}
    </div>
  )
}
