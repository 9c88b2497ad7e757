/** Which problems and warnings the form shows, in which order, and which ones stop a download for a question. */
import type { InputProblem } from '../../../tracts/input'
import type { TractWarning } from '../../../tracts/layout'
import type { TractTemplate } from '../../../tracts/template'

/** Problems shown as soon as they happen; the others (an empty required field…) after a first download attempt. */
const immediate: ReadonlySet<InputProblem['code']> = new Set(['tooLong', 'logoType'])

export const visibleProblems = (problems: InputProblem[], attempted: boolean) =>
  attempted ? problems : problems.filter((problem) => immediate.has(problem.code))

/** One problem per input (the first found), by field key or `legal.name` / `legal.address`. */
export function problemsByInput(problems: InputProblem[]): Map<string, InputProblem> {
  const byInput = new Map<string, InputProblem>()
  for (const problem of problems) if (!byInput.has(problem.field)) byInput.set(problem.field, problem)
  return byInput
}

/** The input that gets the focus after a refused download: the first invalid one in the order of the form. */
export function firstInvalid(template: TractTemplate, problems: InputProblem[]): string | undefined {
  const order = [...template.fields.map((field) => field.key), 'legal.name', 'legal.address']
  const invalid = new Set(problems.map((problem) => problem.field))
  return order.find((name) => invalid.has(name))
}

/** Warnings that need the visitor's go-ahead: text that overflows its box, characters no font can draw. */
export const confirmationWarnings = (warnings: TractWarning[]) =>
  warnings.filter((warning) => warning.code === 'overflow' || warning.code === 'missingGlyphs')
