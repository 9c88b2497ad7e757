/**
 * The bundled tract fonts at the URL the render engine fetches them from
 * (`fontUrl(id)`), so that the admin's template preview draws with the very
 * fonts of the site and the PDFs.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { projectRoot } from '../../../../../../../env'
import { fontPackageFiles } from '../../../../../../../tracts/fonts'
import { type FontId, fontIds } from '../../../../../../../tracts/template'

const isFontId = (value: string): value is FontId => (fontIds as readonly string[]).includes(value)

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params
  const id = file.replace(/\.ttf$/, '')
  if (!file.endsWith('.ttf') || !isFontId(id)) return new Response('Not found', { status: 404 })
  // From the project root (env.ts), never from this module's URL: Next moves compiled modules.
  const bytes = await fs.readFile(path.join(projectRoot, 'node_modules', fontPackageFiles[id]))
  return new Response(new Uint8Array(bytes), {
    headers: { 'content-type': 'font/ttf', 'cache-control': 'public, max-age=31536000, immutable' },
  })
}
