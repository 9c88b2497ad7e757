import { type Document as XmlDocument, DOMParser, type Element as XmlElement } from '@xmldom/xmldom'

/**
 * Decides whether an uploaded SVG is inert. An SVG is a document that browsers
 * execute when opened directly, so anything that can run code or load another
 * document is refused rather than silently stripped: the editor then knows
 * the file they have is unsafe.
 */
export type SvgCheck = { safe: true } | { safe: false; unreadable: boolean; reason: string }

const blockedElements = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener'])
/** Compared by local name, so that any namespace prefix (`xlink:href`, `x:href`) counts. */
const linkAttributes = new Set(['href', 'src', 'data', 'action', 'formaction'])
/** Animation elements can set a link attribute to these values (`<set attributeName="href" to="javascript:…">`). */
const animationValues = ['to', 'from', 'values', 'by']

/** Presentation attributes whose value may be a CSS `url(…)`. */
const urlFunctionAttributes = new Set([
  'clip-path',
  'cursor',
  'fill',
  'filter',
  'marker',
  'marker-end',
  'marker-mid',
  'marker-start',
  'mask',
  'stroke',
])
const svgNamespace = 'http://www.w3.org/2000/svg'
const internalSubset = '<!DOCTYPE … [ … ]>'

/** Browsers ignore whitespace and control characters inside a URL scheme ("java\tscript:"). */
const withoutInvisibles = (value: string): string =>
  [...value].filter((char) => (char.codePointAt(0) ?? 0) > 0x20 && char !== '\u007f').join('')

/** Anywhere in the value, as Payload's own check (which runs after this one) looks for them. */
const isDangerousUrl = (value: string): boolean =>
  /(?:java|vb)script:|data:(?:text\/html|image\/svg\+xml|application\/)/.test(withoutInvisibles(value).toLowerCase())

/** CSS as a browser reads it: comments dropped, escapes (`\\69mport`) decoded. */
const decodeCss = (value: string): string =>
  value
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\\\r\n|\\[\n\r\f]/g, '')
    .replace(/\\([\da-f]{1,6})\s?|\\(.)/gi, (_match, hex: string | undefined, escaped: string | undefined) => {
      if (!hex) return escaped ?? ''
      const codePoint = Number.parseInt(hex, 16)
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : ''
    })

const isDangerousStyle = (value: string): boolean => {
  const css = decodeCss(value)
  return /@import|expression\s*\(|behavior\s*:/i.test(css) || isDangerousUrl(css)
}

const findDanger = (element: XmlElement): string | null => {
  const name = (element.localName ?? element.nodeName).toLowerCase()
  if (blockedElements.has(name)) return `<${element.nodeName}>`
  if (name === 'style' && isDangerousStyle(element.textContent ?? '')) return '<style> @import/javascript'
  for (let index = 0; index < element.attributes.length; index += 1) {
    const attribute = element.attributes.item(index)
    if (!attribute) continue
    const localName = (attribute.localName ?? attribute.name).toLowerCase()
    if (localName.startsWith('on')) return `${attribute.name}=`
    if (linkAttributes.has(localName) && isDangerousUrl(attribute.value)) return `${attribute.name}="${attribute.value.slice(0, 24)}…"`
    if (localName === 'style' && isDangerousStyle(attribute.value)) return 'style= javascript'
    if (urlFunctionAttributes.has(localName) && /url\s*\(/i.test(attribute.value) && isDangerousStyle(attribute.value)) {
      return `${attribute.name}="url(…)"`
    }
  }
  const animated = (element.getAttribute('attributeName') ?? '').split(':').pop()?.trim().toLowerCase() ?? ''
  const values = animationValues.map((name) => element.getAttribute(name) ?? '')
  if (
    animated.startsWith('on') ||
    (linkAttributes.has(animated) && values.some((value) => value.split(';').some(isDangerousUrl))) ||
    ((animated === 'style' || urlFunctionAttributes.has(animated)) && values.some(isDangerousStyle))
  ) {
    return `<${element.nodeName} attributeName="${animated}">`
  }
  for (let index = 0; index < element.childNodes.length; index += 1) {
    const child = element.childNodes.item(index)
    // Text to XML, but markup to an HTML parser (`<![CDATA[><img onerror=…>]]>`) should the file ever be read as HTML.
    const hiddenMarkup = child?.nodeType === child?.CDATA_SECTION_NODE ? /<[a-z!/?][^\s>]*/i.exec(child?.nodeValue ?? '') : null
    if (hiddenMarkup) return `<![CDATA[ ${hiddenMarkup[0]}`
    if (child && child.nodeType === child.ELEMENT_NODE) {
      const danger = findDanger(child as XmlElement)
      if (danger) return danger
    }
  }
  return null
}

export const checkSvg = (source: string): SvgCheck => {
  // Checked as UTF-8, read by browsers in the encoding the file declares: another one (ISO-2022-JP's
  // escape sequences swallow a quote) can turn what is checked as an attribute's text into an attribute.
  const declared = /^\uFEFF?<\?xml[^>]*\bencoding\s*=\s*["']([^"']*)["']/i.exec(source)?.[1]
  if (declared && !/^(utf-?8|us-ascii|ascii)$/i.test(declared)) return { safe: false, unreadable: false, reason: `encoding="${declared}"` }
  // eslint-disable-next-line no-control-regex
  if (/[\x1b\x0e\x0f]/.test(source)) return { safe: false, unreadable: false, reason: 'escape sequences' }
  // Entity declarations allow "billion laughs" expansion and external entities.
  if (/<!ENTITY/i.test(source)) return { safe: false, unreadable: false, reason: '<!ENTITY>' }
  // An internal subset can give any element an attribute by default (`<!ATTLIST svg onload CDATA "…">`), which browsers honour.
  if (/<!DOCTYPE[^>]*\[/i.test(source)) return { safe: false, unreadable: false, reason: internalSubset }
  // Processing instructions other than the XML declaration (e.g. <?xml-stylesheet?>) load other documents.
  if (/<\?(?!xml[\s?])/i.test(source)) return { safe: false, unreadable: false, reason: '<?…?>' }
  const problems: string[] = []
  let document: XmlDocument | null = null
  try {
    document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(message.split('\n')[0] ?? message)
      },
    }).parseFromString(source, 'image/svg+xml')
  } catch (error) {
    // xmldom throws on fatal errors (e.g. mismatched tags) after reporting them.
    problems.push(error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error))
  }
  const root = document?.documentElement
  if (problems.length > 0 || !root) {
    return { safe: false, unreadable: true, reason: problems[0] ?? 'not XML' }
  }
  // The same subset, should a quoted `>` have hidden it from the test above.
  if (document?.doctype?.internalSubset) return { safe: false, unreadable: false, reason: internalSubset }
  if ((root.localName ?? root.nodeName).toLowerCase() !== 'svg') {
    return { safe: false, unreadable: true, reason: `<${root.nodeName}> instead of <svg>` }
  }
  // The parser assumes the SVG namespace for an SVG file; browsers (and Payload's check) need it written.
  if (root.getAttribute(root.prefix ? `xmlns:${root.prefix}` : 'xmlns') !== svgNamespace) {
    return { safe: false, unreadable: true, reason: `<${root.nodeName}> without xmlns="${svgNamespace}"` }
  }
  const danger = findDanger(root)
  return danger ? { safe: false, unreadable: false, reason: danger } : { safe: true }
}
