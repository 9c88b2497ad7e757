/**
 * Local artwork generator for the demo content: every image is drawn as SVG and
 * rendered with sharp; sheets are PDFs built with pdf-lib. No network access.
 */
export { renderVisual } from './visual'
export { renderCover } from './cover'
export { renderPoster } from './poster'
export { renderInfographic } from './infographic'
export { renderSheetPdf } from './sheet-pdf'
export { renderVtt } from './vtt'
