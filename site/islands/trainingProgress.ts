/**
 * What a training's progress says and where its main button leads, from the lessons finished in
 * this browser (components/LessonProgress.astro reads them from localStorage and calls these).
 */

/** A plural string in each category of a language's grammar (i18next's `key_one`, `key_other`…). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>

/** The forms of `base` a language needs, read from its strings (the category's own, else `_other`). */
export function pluralFormsOf(strings: Record<string, unknown>, base: string, locale: string): PluralForms {
  const form = (category: string) => strings[`${base}_${category}`] ?? strings[`${base}_other`]
  return Object.fromEntries(
    new Intl.PluralRules(locale).resolvedOptions().pluralCategories.flatMap((category) => {
      const text = form(category)
      return typeof text === 'string' ? [[category, text]] : []
    }),
  )
}

/** "2 leçons terminées sur 5": the form of the category `done` falls in, both numbers in the language's format. */
export function progressText(forms: PluralForms, locale: string, done: number, total: number): string {
  const number = new Intl.NumberFormat(locale)
  const form = forms[new Intl.PluralRules(locale).select(done)] ?? forms.other ?? ''
  return form.replace(/\{\{count(?:, number)?\}\}/g, number.format(done)).replace(/\{\{total(?:, number)?\}\}/g, number.format(total))
}

/** The training page's main button: start at the first lesson, resume at the first one not finished, or review them all. */
export type NextStep = { action: 'start' | 'resume' | 'review'; lesson: string }

/** `lessons` in the training's order; null for a training without lessons. */
export function nextStep(lessons: readonly string[], done: ReadonlySet<string>): NextStep | null {
  const first = lessons[0]
  if (first === undefined) return null
  const unfinished = lessons.find((lesson) => !done.has(lesson))
  if (unfinished === undefined) return { action: 'review', lesson: first }
  return lessons.some((lesson) => done.has(lesson)) ? { action: 'resume', lesson: unfinished } : { action: 'start', lesson: first }
}
