import { describe, expect, it } from 'vitest'

import { frenchText } from './frenchText'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1, detail: 0, mode: 'normal', style: '' })
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, children, version: 1, ...extra })
const state = (...children: unknown[]) => ({ root: block('root', children) })

describe('frenchText', () => {
  it('reads a plain string as it is', () => {
    expect(frenchText('Pourquoi agir ?')).toBe('Pourquoi agir ?')
  })

  it('reads rich text as paragraphs, line breaks and bullets', () => {
    const value = state(
      block('paragraph', [text('Premier '), text('gras', 1), { type: 'linebreak', version: 1 }, text('suite')]),
      block('list', [block('listitem', [text('un')]), block('listitem', [text('deux')])], { listType: 'bullet' }),
      block('heading', [text('Titre')], { tag: 'h2' }),
    )
    expect(frenchText(value)).toBe('Premier gras\nsuite\n\n• un\n• deux\n\nTitre')
  })

  it('reads nothing from an empty editor or another kind of value', () => {
    expect(frenchText(state(block('paragraph', [])))).toBe('')
    expect(frenchText(null)).toBe('')
    expect(frenchText(42)).toBe('')
  })
})
