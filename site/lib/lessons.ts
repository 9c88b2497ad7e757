import type { Entry } from './content'

/** A training's lessons in reading order, each knowing its module and neighbours. */
export function lessonsOf(training: Entry<'trainings'>) {
  const flat = training.modules.flatMap((module, moduleIndex) =>
    module.lessons.map((lesson) => ({ ...lesson, moduleIndex, moduleTitle: module.title })),
  )
  return flat.map((lesson, index) => ({
    ...lesson,
    number: index + 1,
    total: flat.length,
    previous: flat[index - 1] ?? null,
    next: flat[index + 1] ?? null,
  }))
}
