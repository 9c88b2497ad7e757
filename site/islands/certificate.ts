/**
 * A training's certificate of completion, drawn by the tract engine: an A4 landscape page whose
 * fields are the certificate's lines, filled with the visitor's name, the training's title and
 * the day it is made. It is made in the browser (components/TrainingCertificate.astro) and never
 * leaves it: nothing is sent, nothing is stored.
 */
import type { TextStyle, TractField, TractInput, TractTemplate } from '../../tracts/template'
import { fileNamePart } from './tracts/fileName'

/** `training.certificate` of site/i18n/<lang>.json: the printed lines and the file's name. */
export interface CertificateStrings {
  title: string
  awardedTo: string
  completed: string
  /** "Le {{date}}". */
  issued: string
  fileName: string
}

export interface Certificate {
  /** The page's language: the certificate's lines, its date and its direction. */
  locale: string
  /** Who publishes the training (the site's name). */
  publisher: string
  /** As the visitor typed it. */
  name: string
  training: { slug: string; title: string }
  /** The day it is made, in the visitor's time zone. */
  date: Date
}

/** Longest name the form takes: two long names and a particle fit on one line at the smallest size. */
export const nameMaxLength = 80

const ink = '#1c1a17'
const soft = '#4a453e'
const accent = '#9b1c14'
const width = 297
/** Every line is centred across the page, between 20 mm margins. */
const margin = 20

const style = (font: TextStyle['font'], minSize: number, maxSize: number, colour: string): TextStyle => ({
  font,
  minSize,
  maxSize,
  colour,
  align: 'center',
})

/**
 * One line of the certificate: its box spans the page between the margins, from `y` down `height` mm.
 * Labels name a field in the customiser's form and warnings, which a certificate has none of.
 */
const line = (key: string, type: 'line' | 'multiline', y: number, height: number, textStyle: TextStyle): TractField => ({
  key,
  label: key,
  help: '',
  type,
  box: { x: margin, y, width: width - 2 * margin, height },
  style: textStyle,
  maxLength: 300,
  required: false,
  defaultValue: '',
})

/** The certificate's page: every line's place and type size; the texts come with the input. */
export function certificateTemplate(certificate: Certificate, strings: CertificateStrings): TractTemplate {
  return {
    slug: 'certificate',
    name: `${strings.title} — ${certificate.training.title}`,
    description: '',
    themes: [],
    locale: certificate.locale,
    languages: [certificate.locale],
    format: 'custom',
    page: { unit: 'mm', width, height: 210 },
    background: '#fffdf8',
    artwork: { pdf: null, image: null },
    fields: [
      line('publisher', 'line', 18, 10, style('inter-bold', 9, 13, soft)),
      line('title', 'line', 38, 22, style('inter-black', 20, 36, accent)),
      line('awarded', 'line', 72, 10, style('inter', 10, 15, soft)),
      line('name', 'line', 85, 22, style('inter-bold', 14, 34, ink)),
      line('completed', 'line', 114, 10, style('inter', 10, 15, soft)),
      line('training', 'multiline', 127, 30, style('inter-bold', 12, 22, ink)),
      line('issued', 'line', 172, 10, style('inter', 9, 13, soft)),
    ],
    // A certificate is not a tract handed out in the street: no printer's mention.
    legal: null,
  }
}

/** The day in words, in the certificate's language: "6 décembre 2026". */
export const certificateDate = (date: Date, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date)

/** The texts of every line. */
export function certificateInput(certificate: Certificate, strings: CertificateStrings): TractInput {
  return {
    values: {
      publisher: certificate.publisher,
      title: strings.title,
      awarded: strings.awardedTo,
      name: certificate.name.trim(),
      completed: strings.completed,
      training: certificate.training.title,
      issued: strings.issued.replace('{{date}}', certificateDate(certificate.date, certificate.locale)),
    },
    legal: { mode: 'ipns' },
  }
}

/** "attestation-medias-et-pouvoir-camille-martin.pdf". */
export const certificateFileName = (certificate: Certificate, strings: CertificateStrings): string =>
  `${[fileNamePart(strings.fileName), certificate.training.slug, fileNamePart(certificate.name)].filter(Boolean).join('-')}.pdf`
