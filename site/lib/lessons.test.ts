import { describe, expect, it } from 'vitest'

import type { Entry } from './content'
import { lessonsOf } from './lessons'

const lesson = (slug: string) => ({ slug, title: slug.toUpperCase(), bodyHtml: '', video: null, attachments: [] })

describe('lessonsOf', () => {
  it('chains lessons across modules for next/previous', () => {
    const training = {
      modules: [
        { title: 'M1', summary: '', lessons: [lesson('a'), lesson('b')] },
        { title: 'M2', summary: '', lessons: [lesson('c')] },
      ],
    } as unknown as Entry<'trainings'>
    const lessons = lessonsOf(training)
    expect(lessons.map((l) => [l.slug, l.number, l.total, l.moduleIndex, l.previous?.slug ?? null, l.next?.slug ?? null])).toEqual([
      ['a', 1, 3, 0, null, 'b'],
      ['b', 2, 3, 0, 'a', 'c'],
      ['c', 3, 3, 1, 'b', null],
    ])
  })
})
