import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom'

import { directionOf } from '../../../publication/locales'
import { parseUnitSource, targetsOfRichText, withoutDuplicates, type UnitBuilder } from './readUnit'
import { linkUrl } from '../../../publication/lexicalCanonical'
import { formatOfBit, segmentsOf, type CodeDefinition, type InlinePart, type InlineToken } from './richTextSegments'
import {
  checkLanguages,
  TranslationFileError,
  type LexicalState,
  type ReadResult,
  type TranslationFile,
  type TranslationUnit,
  type UnitProblem,
} from './units'

/**
 * XLIFF 2.0 (OASIS, urn:oasis:names:tc:xliff:document:2.0) with the metadata module. One
 * `<file>` per document, one `<unit>` per field; rich text as one `<segment>` per text block,
 * its formats and links as `<pc>`, its line breaks as `<ph>`, every code marked
 * `canCopy="no" canDelete="no"` so that tools keep each exactly once. What a tool must not
 * change lives outside the segments: the unit's path, kind, source hash and the French
 * Lexical state (from which the blocks and links are taken on import) in `<mda:metadata>`,
 * the codes' original markup in `<originalData>` (shown by tools, never read back). See
 * docs/TRANSLATIONS-FORMATS.md.
 */

export const xliffNamespace = 'urn:oasis:names:tc:xliff:document:2.0'
export const metadataNamespace = 'urn:oasis:names:tc:xliff:metadata:2.0'
/** 2.1 kept 2.0's namespace and only added modules: its files read the same. */
const readableVersions = new Set(['2.0', '2.1'])

// ---------------------------------------------------------------------------------------------
// Identifiers: unit and file ids are NMTOKENs; anything else in a path is escaped reversibly.

/** `sections.65f0a1.title` stays as it is; any character but letters, digits, `.` and `-` becomes `_<hex>_`. */
export const toNmtoken = (value: string): string =>
  [...value].map((char) => (/[A-Za-z0-9.-]/.test(char) ? char : `_${(char.codePointAt(0) ?? 0).toString(16)}_`)).join('')

export const fromNmtoken = (token: string): string =>
  token.replace(/_([0-9a-f]{1,6})_/g, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))

// ---------------------------------------------------------------------------------------------
// Writing

/** Characters XML 1.0 cannot hold, written as XLIFF `<cp hex="…"/>`. */
const notXmlCharacter =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const dataOfCode = (code: CodeDefinition): [start: string, end?: string] => {
  switch (code.kind) {
    case 'format':
      return [`<${formatOfBit(code.bit).tag}>`, `</${formatOfBit(code.bit).tag}>`]
    case 'link':
      return [`<a href="${linkUrl(code.node)}">`, '</a>']
    case 'linebreak':
      return ['<br/>']
    case 'tab':
      return ['\t']
    case 'other':
      return [`<${code.node.type}/>`]
  }
}

/** `type` and `subType` as XLIFF 2.0 names them (xlf:b, xlf:i, xlf:u, xlf:lb), Lexical's names for the rest. */
const typeOfCode = (code: CodeDefinition): { type: string; subType?: string } => {
  switch (code.kind) {
    case 'format': {
      const { tag, name } = formatOfBit(code.bit)
      return { type: 'fmt', subType: ['b', 'i', 'u'].includes(tag) ? `xlf:${tag}` : `lexical:${name}` }
    }
    case 'link':
      return { type: 'link' }
    case 'linebreak':
      return { type: 'fmt', subType: 'xlf:lb' }
    case 'tab':
      return { type: 'fmt', subType: 'lexical:tab' }
    case 'other':
      return { type: 'other' }
  }
}

/** Text content, escaped; characters XML cannot hold as `<cp>`, carriage returns as `&#13;` (XML reads a raw one as a line feed). */
const escapeText = (text: string): string =>
  text
    .replace(/[&<>\r]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' })[char] as string)
    .replace(notXmlCharacter, (char) => `<cp hex="${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}"/>`)

/** An attribute value, escaped (whitespace as references, so that it reads back as written). */
const escapeAttribute = (value: string): string =>
  value.replace(notXmlCharacter, '\uFFFD').replace(/[&<"\t\n\r]/g, (char) => `&#${char.charCodeAt(0)};`)

type Attributes = Record<string, string | undefined>

const tag = (name: string, attributes: Attributes = {}, close = '>') =>
  `<${name}${Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('')}${close}`

const indent = (depth: number) => `\n${'  '.repeat(depth)}`

/** An element on its own line, its content already XML. */
const line = (depth: number, name: string, attributes: Attributes, content: string) =>
  `${indent(depth)}${tag(name, attributes)}${content}</${name}>`

/** An element holding other elements, each on its own line. */
const block = (depth: number, name: string, attributes: Attributes, children: string[]) =>
  `${indent(depth)}${tag(name, attributes)}${children.join('')}${indent(depth)}</${name}>`

const metadata = (depth: number, category: string, metas: Record<string, string>) =>
  block(depth, 'mda:metadata', {}, [
    block(
      depth + 1,
      'mda:metaGroup',
      { category },
      Object.entries(metas).map(([type, value]) => line(depth + 2, 'mda:meta', { type }, escapeText(value))),
    ),
  ])

const writeTextSegment = (source: string, target: string | undefined) =>
  block(3, 'segment', { id: 'seg1', state: target === undefined ? 'initial' : 'translated' }, [
    line(4, 'source', {}, escapeText(source)),
    ...(target === undefined ? [] : [line(4, 'target', {}, escapeText(target))]),
  ])

/** A rich text's original data (the codes' markup, each once) and segments. */
const writeRichSegments = (source: LexicalState, target: LexicalState | undefined): string[] => {
  const segments = segmentsOf(source)
  const targets = target ? targetsOfRichText(source, target) : undefined
  const codes = new Map(segments.flatMap((segment) => [...segment.codes]))
  const dataIds = new Map<string, string>()
  const dataRef = (data: string | undefined) => {
    if (data === undefined) return undefined
    if (!dataIds.has(data)) dataIds.set(data, `d${dataIds.size + 1}`)
    return dataIds.get(data)
  }
  const refs = new Map([...codes].map(([id, code]) => [id, dataOfCode(code).map(dataRef)]))
  const inline = (parts: readonly InlinePart[]): string =>
    parts
      .map((part) => {
        if (typeof part === 'string') return escapeText(part)
        const [start, end] = refs.get(part.code) ?? []
        const attributes = { id: part.code, ...typeOfCode(codes.get(part.code) as CodeDefinition), canCopy: 'no', canDelete: 'no' }
        return 'children' in part
          ? `${tag('pc', { ...attributes, dataRefStart: start, dataRefEnd: end })}${inline(part.children)}</pc>`
          : tag('ph', { ...attributes, dataRef: start }, '/>')
      })
      .join('')
  const written = segments.map((segment, index) => {
    const translated = targets?.[index]
    return block(3, 'segment', { id: segment.id, state: translated ? 'translated' : 'initial' }, [
      line(4, 'source', {}, inline(segment.content)),
      ...(translated ? [line(4, 'target', {}, inline(translated))] : []),
    ])
  })
  const originalData = [...dataIds].map(([data, id]) => line(4, 'data', { id }, escapeText(data)))
  return [...(originalData.length > 0 ? [block(3, 'originalData', {}, originalData)] : []), ...written]
}

const writeUnit = (unit: TranslationUnit): string => {
  const metas: Record<string, string> = { path: unit.path, kind: unit.kind, sourceHash: unit.sourceHash }
  // The French state, whose blocks a translation takes on import (JSON; U+FFFE/U+FFFF escaped: XML cannot hold them).
  if (typeof unit.source !== 'string') {
    metas.sourceState = JSON.stringify(unit.source).replace(/[\uFFFE\uFFFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`)
  }
  const segments =
    typeof unit.source === 'string'
      ? [writeTextSegment(unit.source, typeof unit.target === 'string' ? unit.target : undefined)]
      : writeRichSegments(unit.source, typeof unit.target === 'object' ? unit.target : undefined)
  return block(2, 'unit', { id: toNmtoken(unit.path), canResegment: 'no', 'xml:space': 'preserve' }, [
    metadata(3, 'translation', metas),
    ...segments,
  ])
}

/**
 * The file as XLIFF 2.0, UTF-8. Written as text (a DOM costs seconds for ten thousand units),
 * every value through the escapes above; the tests read it back with the parser.
 */
export function writeXliff(file: TranslationFile): string {
  const documents = new Map<string, TranslationUnit[]>()
  for (const unit of file.units) {
    const key = `${toNmtoken(unit.collection)}:${toNmtoken(unit.document)}`
    const units = documents.get(key)
    if (units) units.push(unit)
    else documents.set(key, [unit])
  }
  const rtl = directionOf(file.targetLanguage as Parameters<typeof directionOf>[0]) === 'rtl' ? 'rtl' : undefined
  const files = [...documents].map(([id, units]) => {
    const { collection, document } = units[0] as TranslationUnit
    return block(1, 'file', { id, trgDir: rtl }, [metadata(2, 'document', { collection, document }), ...units.map(writeUnit)])
  })
  const root = {
    xmlns: xliffNamespace,
    'xmlns:mda': metadataNamespace,
    version: '2.0',
    srcLang: file.sourceLanguage,
    trgLang: file.targetLanguage,
  }
  return `<?xml version="1.0" encoding="UTF-8"?>${block(0, 'xliff', root, files)}\n`
}

// ---------------------------------------------------------------------------------------------
// Reading

const childElements = (parent: Node, localName?: string): Element[] => {
  const elements: Element[] = []
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === child.ELEMENT_NODE && (!localName || (child as Element).localName === localName)) elements.push(child as Element)
  }
  return elements
}

const inXliff = (element: Element) => element.namespaceURI === xliffNamespace

const parseXml = (text: string): Document => {
  // XLIFF has no DTD: refusing one rules out entity expansion and external entities.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new TranslationFileError('notXml', { reason: 'DOCTYPE' })
  const errors: string[] = []
  let document: Document | undefined
  try {
    document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(message.split('\n')[0] ?? message)
      },
    }).parseFromString(text.replace(/^\uFEFF/, ''), 'text/xml')
  } catch (error) {
    errors.push(error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error))
  }
  if (errors.length > 0 || !document?.documentElement) throw new TranslationFileError('notXml', { reason: errors[0] ?? 'no root element' })
  return document
}

/** The `<mda:meta>` values of an element's metadata, by type (first wins). */
const metasOf = (element: Element): Map<string, string> => {
  const metas = new Map<string, string>()
  for (const metadata of childElements(element, 'metadata').filter((child) => child.namespaceURI === metadataNamespace)) {
    for (const meta of metadata.getElementsByTagNameNS(metadataNamespace, 'meta')) {
      const type = meta.getAttribute('type')
      if (type && !metas.has(type)) metas.set(type, meta.textContent ?? '')
    }
  }
  return metas
}

/** A `<source>`'s or `<target>`'s content as tokens; an element no translation may hold is reported. */
const tokensOfContent = (content: Element, unsupported: (element: string) => void): InlineToken[] => {
  const tokens: InlineToken[] = []
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === child.TEXT_NODE || child.nodeType === child.CDATA_SECTION_NODE) {
        tokens.push({ text: child.nodeValue ?? '' })
        continue
      }
      if (child.nodeType !== child.ELEMENT_NODE) continue
      const element = child as Element
      const id = element.getAttribute('id') ?? ''
      const name = inXliff(element) ? element.localName : `{${element.namespaceURI ?? ''}}${element.localName ?? element.nodeName}`
      switch (name) {
        case 'pc':
          tokens.push({ open: id })
          walk(element)
          tokens.push({ close: id })
          break
        case 'sc':
          tokens.push({ open: id })
          break
        case 'ec':
          tokens.push({ close: element.getAttribute('startRef') ?? id })
          break
        case 'ph':
          tokens.push({ standalone: id })
          break
        case 'cp':
          tokens.push({ text: String.fromCodePoint(Number.parseInt(element.getAttribute('hex') ?? 'FFFD', 16) || 0xfffd) })
          break
        // Annotations a tool may add (terms, comments): their text counts, the markers do not.
        case 'mrk':
          walk(element)
          break
        case 'sm':
        case 'em':
          break
        default:
          unsupported(name ?? '')
      }
    }
  }
  walk(content)
  return tokens
}

/** A segment's target, or undefined when it has none or an empty one (tools write `<target/>` for untranslated text). */
const targetOf = (segment: Element): Element | undefined => {
  const target = childElements(segment, 'target').find(inXliff)
  return target && (target.textContent !== '' || childElements(target).length > 0) ? target : undefined
}

/** The file's units and the problems of those left out. */
export function readXliff(text: string): ReadResult {
  const root = parseXml(text).documentElement as Element
  if (root.localName !== 'xliff') throw new TranslationFileError('notTranslationFile', { found: `<${root.nodeName}>` })
  const version = root.getAttribute('version') ?? ''
  if (!inXliff(root) || !readableVersions.has(version)) {
    throw new TranslationFileError('unsupportedVersion', { version: version || String(root.namespaceURI) })
  }
  const targetLanguage = checkLanguages(root.getAttribute('srcLang'), root.getAttribute('trgLang'))
  const units: TranslationUnit[] = []
  const problems: UnitProblem[] = []
  for (const file of childElements(root, 'file').filter(inXliff)) {
    const fileMetas = metasOf(file)
    const [collectionToken, documentToken] = (file.getAttribute('id') ?? '').split(':')
    const collection = fileMetas.get('collection') ?? (collectionToken ? fromNmtoken(collectionToken) : undefined)
    const document = fileMetas.get('document') ?? (documentToken ? fromNmtoken(documentToken) : undefined)
    const unitElements: Element[] = []
    const collect = (parent: Element) =>
      childElements(parent)
        .filter(inXliff)
        .forEach((child) => (child.localName === 'unit' ? unitElements.push(child) : child.localName === 'group' && collect(child)))
    collect(file)
    for (const unit of unitElements) {
      const metas = metasOf(unit)
      const path = metas.get('path') ?? fromNmtoken(unit.getAttribute('id') ?? '')
      const builder: UnitBuilder = { collection, document, path, kind: metas.get('kind'), sourceHash: metas.get('sourceHash'), problems }
      const segments = childElements(unit, 'segment').filter(inXliff)
      const read = readUnit(builder, segments, metas.get('sourceState'))
      if (read) units.push(read)
    }
  }
  return { file: { sourceLanguage: 'fr', targetLanguage, units: withoutDuplicates(units, problems) }, problems }
}

const readUnit = (builder: UnitBuilder, segments: Element[], sourceState: string | undefined): TranslationUnit | undefined => {
  const unsupportedIn = (segment: Element) => (element: string) =>
    builder.problems.push({
      collection: builder.collection,
      document: builder.document,
      unitId: builder.path,
      code: 'unsupportedMarkup',
      params: { segment: segment.getAttribute('id') ?? '', element },
    })
  const targets = segments.map((segment) => {
    const target = targetOf(segment)
    return { id: segment.getAttribute('id') ?? '', tokens: target && tokensOfContent(target, unsupportedIn(segment)) }
  })
  const before = builder.problems.length
  // Plain text: the segments' texts end to end (a tool may have split it, harmlessly).
  const sourceText = segments
    .flatMap((segment) => {
      const source = childElements(segment, 'source').find(inXliff)
      return source ? tokensOfContent(source, () => undefined) : []
    })
    .map((token) => ('text' in token ? token.text : ''))
    .join('')
  const unit = parseUnitSource(builder, { text: sourceText, state: sourceState }, targets)
  return builder.problems.length > before ? undefined : unit
}
