import { describe, expect, it } from 'vitest'

import { markedFromHtml } from './engine'

describe('highlighted text from an engine', () => {
  it('splits marked and plain parts and decodes entities', () => {
    expect(markedFromHtml('la <mark>prise</mark> de <mark>parole</mark> &amp; le trac')).toEqual([
      { text: 'la ', marked: false },
      { text: 'prise', marked: true },
      { text: ' de ', marked: false },
      { text: 'parole', marked: true },
      { text: ' & le trac', marked: false },
    ])
  })

  it('keeps markup typed in a text as text, and drops any other tag', () => {
    expect(markedFromHtml('&lt;script&gt;alert(1)&lt;/script&gt; <b>gras</b>')).toEqual([
      { text: '<script>alert(1)</script> gras', marked: false },
    ])
  })
})
