/** What a PDF reader (pdf.js) extracts from a page: the text search, copy and screen readers get. Tests only. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The first page's text runs, each with its baseline height (PDF heights grow upwards). */
export async function pdfTextRuns(bytes: Uint8Array): Promise<{ text: string; y: number }[]> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise
  const content = await (await document.getPage(1)).getTextContent()
  return content.items.flatMap((item) => ('str' in item ? [{ text: item.str, y: item.transform[5] as number }] : []))
}

/** Whitespace removed: pdf.js may split a line into runs anywhere, so texts are compared squeezed. */
export const squeezed = (text: string) => text.replace(/\s+/g, '')

/** The first page's text, squeezed. */
export async function squeezedPdfText(bytes: Uint8Array): Promise<string> {
  return squeezed((await pdfTextRuns(bytes)).map((run) => run.text).join(''))
}
