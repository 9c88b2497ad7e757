/** The save check of tract templates against the render engine's contract. */
import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import { hubT } from '../../../i18n/hubT'
import { defaultLocale, isLocaleCode } from '../../../../publication/locales'
import { type TemplateProblem, templateProblems } from '../../../../tracts/template'
import { problemMessage } from '../problemMessage'
import { type ArtworkUpload, completeParts, type TemplateSource } from '../../../../publication/toTractTemplate'
import { mergeUpdate } from './mergeUpdate'

/** Problems that mean "not finished yet" rather than "wrong": a draft may have them, a publication may not. */
const unfinished = new Set<TemplateProblem['code']>(['artworkImageMissing'])

/** An upload field's value with its MIME type: hooks see ids, the mapping needs to know a PDF from an image. */
const withMimeType = async (req: PayloadRequest, value: unknown): Promise<ArtworkUpload | null> => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return value as ArtworkUpload
  return req.payload.findByID({ collection: 'tract-artwork', id: value as number | string, depth: 0, req, disableErrors: true })
}

/** The admin path of a problem: rows keep their document index; the contract's `artwork.image` is the `artworkImage` field. */
const pathOf = (problem: TemplateProblem, rowIndices: number[]): string => {
  const [head, index, ...rest] = problem.path
  if (head === 'fields' && typeof index === 'number') return ['fields', rowIndices[index] ?? index, ...rest].join('.')
  if (head === 'artwork') return index === 'image' ? 'artworkImage' : 'artwork'
  return problem.path.join('.')
}

/**
 * Refuses, field by field, a template the engine would draw wrongly: a box
 * outside the page, a size range upside down, two fields with one key, a
 * default value longer than allowed, a print format without its legal
 * mention zone; and, when publishing, a PDF artwork without its image.
 *
 * These are checked on every save, drafts included: a box outside the page is
 * never right, and a print format is designed around its legal mention from
 * the start (the law requires it on every printed copy). What is merely
 * unfinished (a row or the legal zone still being filled in, the artwork image
 * not uploaded yet) is only refused on publication, like Payload's own required
 * fields, which it does not check on drafts: incomplete rows are left out of
 * the check, and Payload names their empty fields when the template is published.
 */
export const validateTemplate: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  // A partial update (Local API, REST PATCH, a translator's texts) sends what it changes; the rest is the stored document.
  const doc = mergeUpdate(originalDoc ?? {}, data) as TemplateSource & { _status?: string }
  const [artwork, artworkImage] = await Promise.all([withMimeType(req, doc.artwork), withMimeType(req, doc.artworkImage)])
  const locale = isLocaleCode(req.locale) ? req.locale : defaultLocale
  // Only whether an upload is there matters here, not where the engine would load it from.
  const parts = completeParts({ ...doc, artwork, artworkImage }, locale, (upload) => upload.filename ?? String(upload.id ?? ''))
  if (!parts) return data

  // A draft save has `_status: 'draft'` in `data`; an update that does not say keeps the stored status.
  const publishing = doc._status === 'published'
  const problems = templateProblems(parts.template).filter(
    (problem) =>
      (publishing || !unfinished.has(problem.code)) &&
      // A legal zone being filled in is not a missing one: Payload names its empty numbers.
      !(problem.code === 'legalZoneMissing' && parts.legalIncomplete),
  )
  if (problems.length === 0) return data
  const errors = problems.map((problem) => {
    const message = problemMessage(problem, req.i18n.language, hubT(req, 'tractLegalZone'))
    // The admin shows no message on a group (a box) but names each error's label in its notice: the label says what is wrong.
    return { path: pathOf(problem, parts.rowIndices), message, label: message }
  })
  throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
}
