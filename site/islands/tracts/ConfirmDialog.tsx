/** An in-page question before downloading a file that has warnings (not window.confirm: styled, translated, accessible). */
import { useEffect, useRef } from 'react'

interface Props {
  open: boolean
  title: string
  text: string
  /** The warnings, each in the visitor's language. */
  items: string[]
  confirm: string
  cancel: string
  onConfirm: () => void
  onCancel: () => void
}

export function ConfirmDialog({ open, title, text, items, confirm, cancel, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const back = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) {
      element.showModal()
      // The safe answer has the focus: Enter does not download a flawed file by accident.
      back.current?.focus()
    } else if (!open && element.open) {
      element.close()
    }
  }, [open])

  return (
    <dialog
      ref={dialog}
      className="tract-confirm"
      aria-labelledby="tract-confirm-title"
      aria-describedby="tract-confirm-text"
      onCancel={(event) => {
        // Escape answers "back to the form", through our state rather than the browser's.
        event.preventDefault()
        onCancel()
      }}
    >
      <h2 id="tract-confirm-title">{title}</h2>
      <p id="tract-confirm-text">{text}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <div className="tract-actions">
        <button type="button" className="button" onClick={onConfirm}>
          {confirm}
        </button>
        <button ref={back} type="button" className="button secondary" onClick={onCancel}>
          {cancel}
        </button>
      </div>
    </dialog>
  )
}
