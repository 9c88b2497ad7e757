import { describe, expect, it, vi } from 'vitest'

import { nodeAssets } from '../../tracts/node/assets'
import { renderTractPdf } from '../../tracts/pdf'
import { squeezed, squeezedPdfText } from '../../tracts/test-pdf-text'
import fr from '../i18n/fr.json' with { type: 'json' }
import { type Certificate, certificateFileName, certificateInput, certificateTemplate } from './certificate'

/**
 * Issue 19's attacker's review of the certificate of completion: the name is whatever the visitor types
 * (or pastes: the form's maxlength is the browser's only), the training's title whatever the editors wrote.
 * The PDF is drawn as glyphs, so no typed text can become PDF syntax; what remains is that an odd name
 * neither stops the engine nor reaches the network.
 */
const base: Certificate = {
  locale: 'fr',
  publisher: fr.site.name,
  name: 'Camille',
  training: { slug: 'medias-et-pouvoir', title: 'Médias et pouvoir' },
  date: new Date(2026, 11, 6),
}
const strings = fr.training.certificate
const render = (certificate: Certificate) =>
  renderTractPdf(certificateTemplate(certificate, strings), certificateInput(certificate, strings), nodeAssets())

describe('issue 19 review: the certificate takes any name', () => {
  const names = {
    'PDF syntax': 'Camille) Tj ET /JavaScript (app.alert(1)) BT (x',
    'HTML and a link': '<script>alert(1)</script> https://evil.example/',
    'control characters and a bidi override': 'Cam\u0000il\u0007le \u202eelliмаC\u202c',
    'a lone surrogate': 'Camille \ud800 Martin',
    'letters the fonts lack (CJK, emoji)': '王小明 🏳️‍🌈',
    'a very long paste': 'Camille '.repeat(5000),
  }
  for (const [what, name] of Object.entries(names)) {
    it(`${what}: a PDF, in bounded time, and nothing fetched`, async () => {
      const fetched = vi.fn()
      vi.stubGlobal('fetch', fetched)
      try {
        const start = performance.now()
        const { bytes } = await render({ ...base, name })
        expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
        expect(performance.now() - start).toBeLessThan(15_000)
        expect(fetched).not.toHaveBeenCalled()
        expect(certificateFileName({ ...base, name }, strings)).toMatch(/^[\p{L}\p{N}-]+\.pdf$/u)
      } finally {
        vi.unstubAllGlobals()
      }
    }, 60_000)
  }

  // The engine says so; the page's script (components/TrainingCertificate.astro) does not read `warnings` and
  // announces the file ready: see the review's report.
  it('a name the fonts cannot draw is said so by the engine, not silently printed as nothing', async () => {
    const { bytes, warnings } = await render({ ...base, name: '王小明' })
    const text = await squeezedPdfText(bytes)
    // Either the name is in the PDF, or the engine says what it could not draw (the page can then tell the visitor).
    expect(text.includes(squeezed('王小明')) || warnings.length > 0, `text: ${text.slice(0, 200)}`).toBe(true)
  })

  it('prints PDF syntax typed as a name as text: no action, no JavaScript in the file', async () => {
    const { bytes } = await render({ ...base, name: names['PDF syntax'] })
    const raw = new TextDecoder('latin1').decode(bytes)
    expect(raw).not.toMatch(/\/JavaScript|\/JS\b|\/OpenAction|\/AA\b|\/URI/)
    expect(await squeezedPdfText(bytes)).toContain(squeezed('app.alert(1)'))
  })
})
