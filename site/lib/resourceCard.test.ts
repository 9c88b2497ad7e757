import { describe, expect, it } from 'vitest'

import type { Entry } from './content'
import { digestOf } from './digest'
import { resourceCardOf } from './resourceCard'

const training = {
  slug: 'parler-en-public',
  title: 'Parler en public',
  summary: 'Prendre la parole en réunion.',
  translated: true,
  titleTranslated: true,
  summaryTranslated: true,
  image: null,
  kind: 'course',
  level: 'beginner',
  durationMinutes: 45,
  lessons: [{ slug: 'respirer', title: 'Respirer', bodyHtml: '<p>Inspirez.</p>' }],
} as unknown as Entry<'trainings'>

describe('resource cards', () => {
  it('hold what the card shows: a lesson’s text changes no card, a title or the length does', () => {
    const card = resourceCardOf('trainings', training)
    expect(resourceCardOf('trainings', training)).toBe(card)
    expect(card).toMatchObject({
      slug: 'parler-en-public',
      title: 'Parler en public',
      training: { level: 'beginner', durationMinutes: 45 },
    })
    expect(card).not.toHaveProperty('lessons')
    // A training's kind is not on its card; a sheet's is.
    expect(card).not.toHaveProperty('sheetKind')
    const lessonEdited = { ...training, lessons: [{ slug: 'respirer', title: 'Respirer', bodyHtml: '<p>Inspirez, expirez.</p>' }] }
    expect(digestOf(resourceCardOf('trainings', lessonEdited as Entry<'trainings'>))).toBe(digestOf(card))
    for (const changed of [{ title: 'Parler en public, pas à pas' }, { durationMinutes: 60 }, { summaryTranslated: false }])
      expect(digestOf(resourceCardOf('trainings', { ...training, ...changed } as Entry<'trainings'>))).not.toBe(digestOf(card))
  })

  it('give a video’s duration and a sheet’s kind', () => {
    const video = { ...training, durationSeconds: 95 } as unknown as Entry<'videos'>
    expect(resourceCardOf('videos', video)).toMatchObject({ durationSeconds: 95 })
    const sheet = { ...training, kind: 'checklist' } as unknown as Entry<'sheets'>
    expect(resourceCardOf('sheets', sheet)).toMatchObject({ sheetKind: 'checklist' })
  })
})
