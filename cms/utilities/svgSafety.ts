import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom'

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

/** Browsers ignore whitespace and control characters inside a URL scheme ("java\tscript:"). */
const withoutInvisibles = (value: string): string => [...value].filter((char) => (char.codePointAt(0) ?? 0) > 0x20).join('')

const isDangerousUrl = (value: string): boolean => {
  const compact = withoutInvisibles(value).toLowerCase()
  return (
    compact.startsWith('javascript:') ||
    compact.startsWith('vbscript:') ||
    compact.startsWith('data:text/html') ||
    compact.startsWith('data:image/svg+xml') ||
    compact.startsWith('data:application/')
  )
}

const isDangerousStyle = (value: string): boolean => /@import|javascript:|expression\s*\(|behavior\s*:/i.test(value)

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
  }
  const animated = (element.getAttribute('attributeName') ?? '').split(':').pop()?.toLowerCase() ?? ''
  if (linkAttributes.has(animated) && animationValues.some((name) => (element.getAttribute(name) ?? '').split(';').some(isDangerousUrl))) {
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
  // Entity declarations allow "billion laughs" expansion and external entities.
  if (/<!ENTITY/i.test(source)) return { safe: false, unreadable: false, reason: '<!ENTITY>' }
  // Processing instructions other than the XML declaration (e.g. <?xml-stylesheet?>) load other documents.
  if (/<\?(?!xml[\s?])/i.test(source)) return { safe: false, unreadable: false, reason: '<?…?>' }
  const problems: string[] = []
  let root: XmlElement | null = null
  try {
    root = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(message.split('\n')[0] ?? message)
      },
    }).parseFromString(source, 'image/svg+xml').documentElement
  } catch (error) {
    // xmldom throws on fatal errors (e.g. mismatched tags) after reporting them.
    problems.push(error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error))
  }
  if (problems.length > 0 || !root) {
    return { safe: false, unreadable: true, reason: problems[0] ?? 'not XML' }
  }
  if ((root.localName ?? root.nodeName).toLowerCase() !== 'svg') {
    return { safe: false, unreadable: true, reason: `<${root.nodeName}> instead of <svg>` }
  }
  const danger = findDanger(root)
  return danger ? { safe: false, unreadable: false, reason: danger } : { safe: true }
}
