/** A template problem as the editor reads it, in the admin's language (browser-safe: the save check and the preview share it). */
import { tractMessage } from '../../../tracts/messages'
import type { TemplateProblem } from '../../../tracts/template'

/** The engine's message for a problem; `legalZoneLabel` names the legal zone, which has no label of its own. */
export const problemMessage = (problem: TemplateProblem, language: string, legalZoneLabel: string): string => {
  const params = problem.path[0] === 'legal' ? { ...problem.params, field: legalZoneLabel } : problem.params
  return tractMessage(problem.code, language, params)
}
