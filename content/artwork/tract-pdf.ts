/** `renderTractArtworkPdf`: a print tract's artwork as a one-page vector PDF of the page's exact size. */
import { PDFDocument, rgb } from 'pdf-lib'

import type { TractLayer } from '../types'
import { parse } from './colour'
import { type TractCanvas, expandLayers, shapePath } from './tract-scene'

const pointsPerUnit = { mm: 72 / 25.4, px: 0.75 } as const

const colour = (hex: string) => {
  const [r, g, b] = parse(hex)
  return rgb(r / 255, g / 255, b / 255)
}

export async function renderTractArtworkPdf(
  { page, background }: TractCanvas,
  layers: readonly TractLayer[],
  title: string,
): Promise<Buffer> {
  const scale = pointsPerUnit[page.unit]
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.setTitle(title)
  doc.setProducer('resource-hub artwork')
  const pdfPage = doc.addPage([page.width * scale, page.height * scale])
  pdfPage.drawRectangle({ x: 0, y: 0, width: pdfPage.getWidth(), height: pdfPage.getHeight(), color: colour(background) })
  // Paths are in page units, y downwards: placed at the top-left corner and scaled to points.
  const origin = { x: 0, y: pdfPage.getHeight(), scale }
  for (const shape of expandLayers(layers)) {
    const path = shapePath(shape)
    if (shape.kind === 'ring') pdfPage.drawSvgPath(path, { ...origin, borderColor: colour(shape.stroke), borderWidth: shape.width })
    else pdfPage.drawSvgPath(path, { ...origin, color: colour(shape.fill) })
  }
  return Buffer.from(await doc.save())
}
