import { renderSheetPdf } from '../artwork'
import { sheets } from '../data/sheets'
import type { SheetSeed } from '../types'
import { type SeedContext, idsOf, themeColourOf } from './context'
import { upsertPublished, upsertUpload } from './upsert'

const stripMarkdown = (markdown: string) => markdown.replace(/^#+\s*/gm, '')

const sheetPdf = (sheet: SheetSeed, colour: string) =>
  renderSheetPdf({
    title: sheet.title.fr,
    summary: sheet.summary.fr,
    steps: sheet.steps.map((step) => ({ title: step.title.fr, body: stripMarkdown(step.body.fr) })),
    colour,
    footer: 'Fiche pratique · Ressources du mouvement · IPNS — Ne pas jeter sur la voie publique',
  })

/** Practical sheets and tutorials, each with its printable PDF. */
export const seedSheets = async (context: SeedContext): Promise<void> => {
  const step = context.progress.step('Fiches pratiques', sheets.length)
  for (const sheet of sheets) {
    const colour = themeColourOf(context, sheet.themes)
    const pdf = await upsertUpload(
      context,
      'files',
      { name: `fiche-${sheet.slug}.pdf`, mimetype: 'application/pdf', data: () => sheetPdf(sheet, colour) },
      { title: sheet.title, description: sheet.summary },
    )
    context.ids.sheetPdfs.set(sheet.slug, pdf.id)
    await upsertPublished(
      context,
      'sheets',
      {
        slug: sheet.slug,
        kind: sheet.kind,
        title: sheet.title,
        summary: sheet.summary,
        body: sheet.body,
        steps: sheet.steps,
        attachments: [pdf.id],
        themes: idsOf(context.ids.themes, sheet.themes, 'theme'),
      },
      new Set(['body']),
    )
    step.tick()
  }
  step.done()
}
