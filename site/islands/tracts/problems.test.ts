import { describe, expect, it } from 'vitest'

import type { InputProblem } from '../../../tracts/input'
import type { TractTemplate } from '../../../tracts/template'
import { confirmationWarnings, firstInvalid, problemsByInput, visibleProblems } from './problems'

const template = { fields: ['group', 'date', 'place'].map((key) => ({ key })) } as unknown as TractTemplate
const problems: InputProblem[] = [
  { field: 'place', code: 'required' },
  { field: 'group', code: 'tooLong', params: { max: 60 } },
  { field: 'legal.name', code: 'printerMissing' },
]

describe('problems shown by the form', () => {
  it('shows length and logo problems at once, the others after a first download attempt', () => {
    expect(visibleProblems(problems, false).map((problem) => problem.field)).toEqual(['group'])
    expect(visibleProblems(problems, true)).toEqual(problems)
  })

  it('keeps the first problem of each input', () => {
    const byInput = problemsByInput([...problems, { field: 'place', code: 'tooLong' }])
    expect(byInput.get('place')?.code).toBe('required')
    expect([...byInput.keys()]).toEqual(['place', 'group', 'legal.name'])
  })

  it('focuses the first invalid input in the order of the form, the printer last', () => {
    expect(firstInvalid(template, problems)).toBe('group')
    expect(
      firstInvalid(template, [
        { field: 'legal.address', code: 'printerMissing' },
        { field: 'date', code: 'invalidDate' },
      ]),
    ).toBe('date')
    expect(firstInvalid(template, [])).toBeUndefined()
  })

  it('asks before downloading text that overflows or characters no font has, not text that merely shrank', () => {
    const warnings = [
      { field: 'headline', code: 'shrunk' as const },
      { field: 'group', code: 'overflow' as const },
      { field: 'place', code: 'missingGlyphs' as const, chars: '🎉' },
    ]
    expect(confirmationWarnings(warnings).map((warning) => warning.field)).toEqual(['group', 'place'])
  })
})
