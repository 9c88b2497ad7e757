import { squeezed, squeezedPdfText } from '../../tracts/test-pdf-text'
import { describe, expect, it } from 'vitest'

import { nodeAssets } from '../../tracts/node/assets'
import { renderTractPdf } from '../../tracts/pdf'
import { templateProblems, tractTemplateSchema } from '../../tracts/template'
import ar from '../i18n/ar.json' with { type: 'json' }
import fr from '../i18n/fr.json' with { type: 'json' }
import { type Certificate, certificateFileName, certificateInput, certificateTemplate } from './certificate'

const certificate: Certificate = {
  locale: 'fr',
  publisher: fr.site.name,
  name: '  Camille Martin-Lefèvre ',
  training: { slug: 'medias-et-pouvoir', title: 'Médias et pouvoir : comprendre la fabrique de l’information' },
  date: new Date(2026, 11, 6, 23, 30),
}
const strings = fr.training.certificate

describe('the certificate of completion', () => {
  it('is a template the engine accepts: A4 landscape, no printer’s mention', () => {
    const template = tractTemplateSchema.parse(certificateTemplate(certificate, strings))
    // The one rule it breaks is the editors' rule for print tracts, which must carry the legal mention.
    expect(templateProblems(template).map((problem) => problem.code)).toEqual(['legalZoneMissing'])
    expect(template.page).toEqual({ unit: 'mm', width: 297, height: 210 })
    expect(template.legal).toBeNull()
  })

  it('prints the name as typed (trimmed), the training, the publisher and the day it is made, in words', () => {
    const { values } = certificateInput(certificate, strings)
    expect(values.name).toBe('Camille Martin-Lefèvre')
    expect(values.training).toBe(certificate.training.title)
    expect(values.publisher).toBe(fr.site.name)
    expect(values.title).toBe(strings.title)
    // The visitor's own day, not UTC's.
    expect(values.issued).toBe('Le 6 décembre 2026')
  })

  it('is a one-page PDF whose text layer reads every line', async () => {
    const { bytes, warnings } = await renderTractPdf(
      certificateTemplate(certificate, strings),
      certificateInput(certificate, strings),
      nodeAssets(),
    )
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
    expect(warnings).toEqual([])
    const text = await squeezedPdfText(bytes)
    for (const line of [fr.site.name, strings.title, strings.awardedTo, 'Camille Martin-Lefèvre', strings.completed, 'Le 6 décembre 2026'])
      expect(text).toContain(squeezed(line))
    expect(text).toContain(squeezed('Médias et pouvoir'))
  })

  it('speaks the page’s language, Arabic included', async () => {
    const arabic = { ...certificate, locale: 'ar', publisher: ar.site.name, name: 'سلمى بن علي' }
    const { values } = certificateInput(arabic, ar.training.certificate)
    expect(values.issued).toBe(
      ar.training.certificate.issued.replace('{{date}}', new Intl.DateTimeFormat('ar', { dateStyle: 'long' }).format(arabic.date)),
    )
    const { warnings } = await renderTractPdf(
      certificateTemplate(arabic, ar.training.certificate),
      certificateInput(arabic, ar.training.certificate),
      nodeAssets(),
    )
    expect(warnings).toEqual([])
  })

  it('is named for the certificate, the training and the person', () => {
    expect(certificateFileName(certificate, strings)).toBe('attestation-medias-et-pouvoir-camille-martin-lefevre.pdf')
  })
})
