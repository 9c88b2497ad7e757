/**
 * Spreadsheets the staff download (an event's registrations, the treasurer's exports), written so
 * that they open cleanly by a double click in the software they use: UTF-8 with a byte order mark
 * (Excel reads accents and Arabic right only with it), fields separated by `;` (Excel in French,
 * and in every decimal-comma language, splits columns on `;` and would put a comma-separated file
 * in one column; LibreOffice, Numbers and Google Sheets detect `;` too), every field quoted, CRLF
 * line ends (RFC 4180). A text a spreadsheet would run as a formula (= + - @, a tab or a carriage
 * return first) gets a leading apostrophe.
 */

const separator = ';'
const byteOrderMark = '\uFEFF'

/** An amount of money in a cell: euros with a decimal comma ("-20,50"), which French spreadsheets read as a number. */
export interface EuroCell {
  cents: number
}

export type CsvValue = string | number | EuroCell | null | undefined

/** "-1234,05" from -123405: whole cents, never a float's rounding. */
const eurosText = (cents: number) => {
  const whole = Math.abs(Math.trunc(cents))
  return `${cents < 0 ? '-' : ''}${Math.floor(whole / 100)},${String(whole % 100).padStart(2, '0')}`
}

/** One cell, quoted. Numbers and amounts are ours, written as numbers; a text's formula-like first character is disarmed. */
export const csvCell = (value: CsvValue): string => {
  let text: string
  if (value === null || value === undefined) text = ''
  else if (typeof value === 'number') text = String(value)
  else if (typeof value === 'object') text = eurosText(value.cents)
  else text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return `"${text.replaceAll('"', '""')}"`
}

export const csvLine = (cells: CsvValue[]) => `${cells.map(csvCell).join(separator)}\r\n`

/** "2026-06-01 18:30", in the given zone: the form spreadsheets read as a date and time. */
export const localDateTime = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone }).format(new Date(iso))

/**
 * A CSV download: the byte order mark, then each chunk of lines as the source yields it (one page
 * of rows at a time, so memory stays flat whatever the file's size). Never cached, never sniffed.
 */
export const csvDownload = (lines: AsyncIterable<string>, fileName: string): Response => {
  const encoder = new TextEncoder()
  const chunks = lines[Symbol.asyncIterator]()
  const body = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(encoder.encode(byteOrderMark)),
    pull: async (controller) => {
      const { done, value } = await chunks.next()
      if (done) controller.close()
      else controller.enqueue(encoder.encode(value))
    },
    cancel: async () => {
      await chunks.return?.()
    },
  })
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
