import { describe, expect, it } from 'vitest'

import { isCompleteIsoMedia, isCompletePdf } from './fileIntegrity'

/** An ISO base media box: its size, its type and its content. */
const box = (type: string, content: Buffer = Buffer.alloc(4)) => {
  const header = Buffer.alloc(8)
  header.writeUInt32BE(8 + content.length)
  header.write(type, 4, 'latin1')
  return Buffer.concat([header, content])
}
/** A box whose size is written in 64 bits (`size` 1, then the real size). */
const largeBox = (type: string, content: Buffer) => {
  const header = Buffer.alloc(16)
  header.writeUInt32BE(1)
  header.write(type, 4, 'latin1')
  header.writeBigUInt64BE(BigInt(16 + content.length), 8)
  return Buffer.concat([header, content])
}
// Major brand, minor version, one compatible brand.
const ftyp = box('ftyp', Buffer.from('isom\0\0\0\0isom', 'latin1'))

describe('isCompletePdf', () => {
  const pdf = async () => {
    const { PDFDocument } = await import('pdf-lib')
    const document = await PDFDocument.create()
    document.addPage([100, 100])
    return Buffer.from(await document.save())
  }

  it('takes a whole PDF', async () => {
    expect(isCompletePdf(await pdf())).toBe(true)
  })

  it('refuses one cut before its end, and bytes that do not start as a PDF', async () => {
    const whole = await pdf()
    expect(isCompletePdf(whole.subarray(0, whole.lastIndexOf('xref')))).toBe(false)
    expect(isCompletePdf(Buffer.concat([Buffer.from(' '), whole]))).toBe(false)
  })
})

describe('isCompleteIsoMedia', () => {
  it('takes boxes that run from the first byte to the last', () => {
    expect(isCompleteIsoMedia(Buffer.concat([ftyp, box('moov'), box('mdat', Buffer.alloc(64))]))).toBe(true)
    expect(isCompleteIsoMedia(Buffer.concat([ftyp, largeBox('mdat', Buffer.alloc(64))]))).toBe(true)
    // QuickTime files may start with their media.
    expect(isCompleteIsoMedia(Buffer.concat([box('mdat', Buffer.alloc(16)), box('moov', Buffer.alloc(16))]))).toBe(true)
  })

  it('refuses a truncated file, a file type box alone, and another first box', () => {
    const whole = Buffer.concat([ftyp, box('moov'), box('mdat', Buffer.alloc(64))])
    expect(isCompleteIsoMedia(whole.subarray(0, whole.length - 10))).toBe(false)
    expect(isCompleteIsoMedia(Buffer.concat([whole, Buffer.alloc(3)]))).toBe(false)
    expect(isCompleteIsoMedia(Buffer.concat([box('ftyp', Buffer.alloc(24))]))).toBe(false)
    expect(isCompleteIsoMedia(Buffer.concat([box('junk', Buffer.alloc(16)), box('mdat', Buffer.alloc(16))]))).toBe(false)
  })
})
