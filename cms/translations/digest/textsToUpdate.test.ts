import { describe, expect, it } from 'vitest'

import { textsToUpdate } from './textsToUpdate'

const french = (entries: Record<string, string>) => new Map(Object.entries(entries))

describe('textsToUpdate', () => {
  it('gives an outdated translation of a French text that changed', () => {
    expect(
      textsToUpdate(french({ question: 'a', answer: 'b' }), french({ question: 'c', answer: 'b' }), {
        question: 'outdated',
        answer: 'upToDate',
      }),
    ).toEqual(['question'])
  })

  it('leaves out a text whose published French did not change, even when outdated by an unpublished draft', () => {
    expect(textsToUpdate(french({ question: 'a' }), french({ question: 'a' }), { question: 'outdated' })).toEqual([])
  })

  it('gives a missing translation only where French gained text', () => {
    const before = french({ question: 'a' })
    const now = french({ question: 'b', answer: 'c' })
    expect(textsToUpdate(before, now, { question: 'missing', answer: 'missing' })).toEqual(['answer'])
  })

  it('gives every untranslated text of a document published for the first time', () => {
    expect(textsToUpdate(null, french({ question: 'a', answer: 'b' }), { question: 'missing', answer: 'upToDate' })).toEqual(['question'])
  })

  it('leaves out a translation already brought up to date', () => {
    expect(textsToUpdate(french({ question: 'a' }), french({ question: 'b' }), { question: 'upToDate' })).toEqual([])
  })
})
