'use client'
import { SaveDraftButton, useForm, useFormFields, useFormProcessing, useFormSubmitted } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/**
 * Payload's "Save draft" button. When the server refuses a draft for its empty title, Payload
 * keeps the field's error hidden: a draft's refusal leaves the form unsubmitted, and only a
 * submitted form shows field errors. Marking it submitted then shows the title outlined with its
 * message, as a refused publication does; as soon as the title is edited, the form is as before
 * the refusal, so that nothing else turns red while the editor types (the publication checks it all).
 */
export const SaveDraftMarkingRefusals = ({ titlePath }: { titlePath: string }) => {
  const { dispatchFields, getField, getFields, setSubmitted } = useForm()
  const processing = useFormProcessing()
  const submitted = useFormSubmitted()
  const titleValue = useFormFields(([fields]) => fields[titlePath]?.value)
  const titleError = useFormFields(([fields]) => fields[titlePath]?.errorMessage)
  const wasProcessing = useRef(false)
  // The title as it was when its refusal was shown; undefined while none is.
  const refusedTitle = useRef<unknown>(undefined)
  // The refusal's message, which says the title is empty.
  const refusal = useRef<string | undefined>(undefined)

  useEffect(() => {
    const saveEnded = wasProcessing.current && !processing
    wasProcessing.current = processing
    const title = getField(titlePath)
    if (saveEnded && !submitted && title?.valid === false && title.errorMessage) {
      refusedTitle.current = title.value ?? ''
      refusal.current = title.errorMessage
      setSubmitted(true)
    }
  }, [getField, processing, setSubmitted, submitted, titlePath])

  useEffect(() => {
    if (refusedTitle.current === undefined || (titleValue ?? '') === refusedTitle.current) return
    refusedTitle.current = undefined
    setSubmitted(false)
    // While the form was marked, Payload checked every field as the values then were: those
    // verdicts are stale, and a stale one would stop the publication in the browser (empty slug,
    // filled in by the server) instead of letting the server check what it receives.
    for (const [path, field] of Object.entries(getFields()))
      if (field.valid === false) dispatchFields({ type: 'UPDATE', path, valid: true, errorMessage: undefined })
  }, [dispatchFields, getFields, setSubmitted, titleValue])

  // Payload re-checks the form on the server after each change; an answer that left while the title
  // was still empty can arrive after the editor filled it in, and mark it again with the refusal.
  useEffect(() => {
    if (!refusal.current || titleError !== refusal.current || (titleValue ?? '') === '') return
    dispatchFields({ type: 'UPDATE', path: titlePath, valid: true, errorMessage: undefined })
  }, [dispatchFields, titleError, titlePath, titleValue])

  return <SaveDraftButton />
}
