'use client'
import { SaveDraftButton, useForm, useFormProcessing, useFormSubmitted } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/**
 * Payload's "Save draft" button. When the server refuses a draft for its empty title, Payload
 * keeps the field's error hidden: a draft's refusal leaves the form unsubmitted, and only a
 * submitted form shows field errors. Marking it submitted then shows the title outlined with its
 * message, as a refused publication does. Only then: a form just opened, or a draft saved, keeps
 * its other empty fields unmarked until the publication.
 */
export const SaveDraftMarkingRefusals = ({ titlePath }: { titlePath: string }) => {
  const { getField, setSubmitted } = useForm()
  const processing = useFormProcessing()
  const submitted = useFormSubmitted()
  const wasProcessing = useRef(false)

  useEffect(() => {
    const saveEnded = wasProcessing.current && !processing
    wasProcessing.current = processing
    const title = getField(titlePath)
    if (saveEnded && !submitted && title?.valid === false && title.errorMessage) setSubmitted(true)
  }, [getField, processing, setSubmitted, submitted, titlePath])

  return <SaveDraftButton />
}
