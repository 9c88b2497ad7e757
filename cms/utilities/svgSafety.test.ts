import { describe, expect, it } from 'vitest'

import { checkSvg } from './svgSafety'

const wrap = (inner: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attributes}>${inner}</svg>`

describe('checkSvg', () => {
  it('accepts plain vector artwork', () => {
    expect(checkSvg(wrap('<rect width="10" height="10" fill="#c9462c"/><a href="https://example.org"><text>Hi</text></a>'))).toEqual({
      safe: true,
    })
  })

  it.each([
    ['a script element', wrap('<script>alert(1)</script>'), '<script>'],
    ['an event handler', wrap('<rect width="1" height="1"/>', ' onload="alert(1)"'), 'onload='],
    ['a javascript: link', wrap('<a xlink:href=" javascript:alert(1)"><text>x</text></a>'), 'xlink:href'],
    ['embedded HTML', wrap('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), '<foreignObject>'],
    ['a CSS import', wrap('<style>@import url(https://evil.example/x.css);</style>'), '<style>'],
    [
      'a link under another namespace prefix',
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink"><a x:href="javascript:alert(1)"><text>x</text></a></svg>',
      'x:href',
    ],
    [
      'an animation that sets a javascript: link',
      wrap('<a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'),
      '<set',
    ],
    [
      'a stylesheet processing instruction',
      `<?xml version="1.0"?><?xml-stylesheet href="https://evil.example/x.xsl"?>${wrap('<rect/>')}`,
      '<?…?>',
    ],
    ['HTML markup hidden in a CDATA section', wrap('<text><![CDATA[><img src=x onerror=alert(1)>]]></text>'), '<img'],
    ['an entity declaration', `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]>${wrap('<text>&a;</text>')}`, '<!ENTITY>'],
    // Chromium gives the root the declared default attribute, and runs it.
    [
      'a default attribute declared in the doctype',
      `<!DOCTYPE svg [<!ATTLIST svg onload CDATA "alert(1)">]>${wrap('<rect/>')}`,
      '<!DOCTYPE',
    ],
    [
      'a doctype subset behind a quoted >',
      `<!DOCTYPE svg SYSTEM "a>b.dtd" [<!ATTLIST svg onload CDATA "alert(1)">]>${wrap('<rect/>')}`,
      '<!DOCTYPE',
    ],
    ['an empty doctype subset', `<!DOCTYPE svg []>${wrap('<rect/>')}`, '<!DOCTYPE'],
    ['a javascript: URL in a paint attribute', wrap('<rect fill="url(javascript:alert(1))"/>'), 'fill='],
    ['an animation that sets an event handler', wrap('<rect><set attributeName="onclick" to="alert(1)"/></rect>'), '<set'],
    ['an animation that sets a style', wrap('<rect><set attributeName="style" to="background:url(javascript:alert(1))"/></rect>'), '<set'],
    ['a CSS import written with an escape', wrap('<style>@\\69mport url(https://evil.example/x.css);</style>'), '<style>'],
    ['a javascript: link after other text', wrap('<a href="x javascript:alert(1)"><text>x</text></a>'), 'href'],
  ])('refuses %s', (_label, svg, reason) => {
    const result = checkSvg(svg)
    expect(result.safe).toBe(false)
    expect(result.safe === false && result.reason).toContain(reason)
  })

  it('accepts a doctype without a subset, paint servers and plain animations', () => {
    const doctype = '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">'
    const artwork = wrap('<defs><linearGradient id="g"/></defs><rect fill="url(#g)"><animate attributeName="opacity" to="0"/></rect>')
    expect(checkSvg(`${doctype}${artwork}`)).toEqual({ safe: true })
  })

  it('accepts CSS in a CDATA section', () => {
    expect(checkSvg(wrap('<style><![CDATA[ rect > circle { fill: #c9462c } ]]></style><rect/>'))).toEqual({ safe: true })
  })

  it('reports unreadable files as such', () => {
    expect(checkSvg('<svg><rect></svg>')).toMatchObject({ safe: false, unreadable: true })
    expect(checkSvg('<html><body/></html>')).toMatchObject({ safe: false, unreadable: true })
    // Browsers show no picture for an SVG root outside the SVG namespace.
    expect(checkSvg('<svg viewBox="0 0 10 10"><rect/></svg>')).toMatchObject({
      safe: false,
      unreadable: true,
      reason: expect.stringContaining('xmlns'),
    })
    expect(checkSvg('<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:rect/></s:svg>')).toEqual({ safe: true })
  })
})

describe('an SVG read in another encoding than the one checked', () => {
  it('refuses an encoding other than UTF-8 or ASCII, whose escape sequences can hide an attribute', () => {
    const disguised = `<?xml version="1.0" encoding="ISO-2022-JP"?><svg xmlns="http://www.w3.org/2000/svg" a="\x1b$B"\tb='\x1b(B" onload="alert(document.domain)" c="'/>`
    expect(checkSvg(disguised)).toMatchObject({ safe: false, reason: 'encoding="ISO-2022-JP"' })
    expect(checkSvg(disguised.replace(' encoding="ISO-2022-JP"', ''))).toMatchObject({ safe: false, reason: 'escape sequences' })
  })

  it('accepts the encodings it reads as they are checked', () => {
    for (const encoding of ['UTF-8', 'utf-8', 'us-ascii']) {
      expect(
        checkSvg(`<?xml version="1.0" encoding="${encoding}"?><svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>`),
      ).toEqual({
        safe: true,
      })
    }
  })
})
