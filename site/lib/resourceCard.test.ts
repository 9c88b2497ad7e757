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
  modules: [{ title: 'Se préparer', lessons: [{ slug: 'respirer', title: 'Respirer', bodyHtml: '<p>Inspirez.</p>' }] }],
} as unknown as Entry<'trainings'>

describe('resource cards', () => {
  it('hold what the card shows: a lesson’s text changes no card, a title or the length does', () => {
    const card = resourceCardOf(training, 'trainings')
    expect(resourceCardOf(training, 'trainings')).toBe(card)
    expect(card).toMatchObject({
      slug: 'parler-en-public',
      title: 'Parler en public',
      training: { level: 'beginner', durationMinutes: 45 },
    })
    expect(card).not.toHaveProperty('modules')
    // A training's kind is not on its card; a sheet's is.
    expect(card).not.toHaveProperty('sheetKind')
    const lessonEdited = {
      ...training,
      modules: [{ title: 'Se préparer', lessons: [{ slug: 'respirer', title: 'Respirer', bodyHtml: '<p>Inspirez, expirez.</p>' }] }],
    }
    expect(digestOf(resourceCardOf(lessonEdited as Entry<'trainings'>, 'trainings'))).toBe(digestOf(card))
    for (const changed of [{ title: 'Parler en public, pas à pas' }, { durationMinutes: 60 }, { summaryTranslated: false }])
      expect(digestOf(resourceCardOf({ ...training, ...changed } as Entry<'trainings'>, 'trainings'))).not.toBe(digestOf(card))
  })

  it('give a video’s duration and a sheet’s kind', () => {
    const video = { ...training, durationSeconds: 95 } as unknown as Entry<'videos'>
    expect(resourceCardOf(video, 'videos')).toMatchObject({ durationSeconds: 95 })
    const sheet = { ...training, kind: 'checklist' } as unknown as Entry<'sheets'>
    expect(resourceCardOf(sheet, 'sheets')).toMatchObject({ sheetKind: 'checklist' })
  })
})
