import type { Box, TextStyle } from '../../tracts/template'
import type { Localized, TractFieldSeed, TractSeed } from '../types'

/**
 * The demo tract templates: an A5 leaflet, an A3 poster, a square post and a
 * story. Each artwork is one scene of bold colour fields; every field's box
 * sits on a plain area whose colour contrasts with its text (≥ 4.5:1), and
 * print formats keep a quiet strip at the bottom for the legal mention.
 * Boxes are in mm (font sizes in pt) on print formats, in px on social ones.
 */

const nbsp = '\u00a0'

/** The fields every template shares: same key, label and help everywhere. */
const texts = {
  headline: {
    label: { fr: 'Titre', en: 'Headline' },
    help: { fr: 'En très grand : quelques mots qui accrochent.', en: 'In very large type: a few catchy words.' },
  },
  group: {
    label: { fr: 'Groupe d’action', en: 'Action group' },
    help: { fr: 'Le nom de votre groupe, tel qu’il sera imprimé.', en: 'Your group’s name, as it will be printed.' },
  },
  date: {
    label: { fr: 'Date', en: 'Date' },
    help: { fr: 'Le jour de l’événement.', en: 'The day of the event.' },
  },
  time: {
    label: { fr: 'Heure', en: 'Time' },
    help: { fr: 'L’heure du rendez-vous.', en: 'When it starts.' },
  },
  place: {
    label: { fr: 'Lieu', en: 'Place' },
    help: { fr: 'Salle, adresse, ville : deux ou trois lignes.', en: 'Venue, street, town: two or three lines.' },
  },
  contact: {
    label: { fr: 'Lien (QR code)', en: 'Link (QR code)' },
    help: {
      fr: 'Une adresse web (https://…) où vous joindre ou s’inscrire : elle est imprimée en QR code.',
      en: 'A web address (https://…) to reach you or sign up: it is printed as a QR code.',
    },
  },
  message: {
    label: { fr: 'Texte libre', en: 'Free text' },
    help: {
      fr: 'Facultatif : un appel, l’ordre du jour, les intervenant·es.',
      en: 'Optional: a call to action, the agenda, the speakers.',
    },
  },
} satisfies Record<string, { label: Localized; help: Localized }>

type Key = keyof typeof texts
const field = (
  key: Key,
  type: TractFieldSeed['type'],
  box: Box,
  style: TextStyle,
  options: { maxLength: number; required: boolean; defaultValue?: Localized },
): TractFieldSeed => ({ key, type, box, style, ...texts[key], ...options })

const style = (
  font: TextStyle['font'],
  minSize: number,
  maxSize: number,
  colour: string,
  align: TextStyle['align'] = 'start',
): TextStyle => ({
  font,
  minSize,
  maxSize,
  colour,
  align,
})

const limits = {
  headline: { maxLength: 40, required: true },
  group: { maxLength: 60, required: true },
  date: { maxLength: 10, required: true },
  time: { maxLength: 5, required: true },
  place: { maxLength: 120, required: true },
  contact: { maxLength: 200, required: false },
  message: { maxLength: 240, required: false },
}

// Colours: the themes' own (content/data/themes.ts) with a warm yellow, creams and inks.
const yellow = '#f5c33b'
const white = '#ffffff'
const purple = { base: '#5a2d82', ray: '#65358f', deep: '#3a1a58', tint: '#d9c9e6', cream: '#fff8ec', ink: '#1f1530' }
const red = { base: '#b0261e', ring: '#a32118', deep: '#7a1812', cream: '#fff4e4', ink: '#24100e' }
const blue = { base: '#1f4f8f', ring: '#2a5c9c', deep: '#14325c' }
const orange = { base: '#b4410b', ray: '#ab3d0a', deep: '#6e2806', cream: '#fff3e6', ink: '#241710' }

export const tracts: TractSeed[] = [
  {
    slug: 'tract-a5-reunion-publique',
    name: { fr: 'Tract A5 — réunion publique', en: 'A5 leaflet — public meeting' },
    description: {
      fr: 'Le tract à distribuer sur le marché ou en porte-à-porte pour annoncer une réunion publique : date, heure, lieu, un QR code vers votre page et un mot d’accueil.',
      en: 'The leaflet to hand out at the market or door to door to announce a public meeting: date, time, place, a QR code to your page and a word of welcome.',
    },
    themes: ['militer', 'democratie'],
    languages: ['fr', 'en'],
    format: 'A5',
    background: purple.cream,
    artwork: {
      alt: {
        fr: 'Haut violet traversé de rayons, soleil jaune dans le coin, bandeau jaune pour le titre ; bas crème avec un repère de lieu et un cadre blanc pour le QR code.',
        en: 'Purple top crossed by rays, a yellow sun in the corner, a yellow band for the headline; cream bottom with a place marker and a white frame for the QR code.',
      },
      layers: [
        { kind: 'rect', x: 0, y: 0, width: 148, height: 120, fill: purple.base },
        { kind: 'rays', cx: 148, cy: 0, radius: 119, count: 9, from: 90, to: 180, fill: purple.ray },
        { kind: 'circle', cx: 150, cy: -2, r: 27, fill: yellow },
        {
          kind: 'polygon',
          points: [
            [0, 34],
            [143, 34],
            [135, 76],
            [0, 76],
          ],
          fill: purple.deep,
        },
        {
          kind: 'polygon',
          points: [
            [0, 31],
            [140, 31],
            [132, 73],
            [0, 73],
          ],
          fill: yellow,
        },
        { kind: 'rect', x: 0, y: 120, width: 148, height: 2.5, fill: yellow },
        { kind: 'pin', x: 10, y: 127, height: 11, fill: purple.base, hole: purple.cream },
        { kind: 'rect', x: 101, y: 124, width: 41, height: 41, radius: 3, fill: white },
        { kind: 'dots', x: 106, y: 174, columns: 6, rows: 3, gap: 6, r: 1.1, fill: purple.tint },
        { kind: 'rect', x: 10, y: 189.5, width: 128, height: 0.6, fill: purple.base },
        { kind: 'rect', x: 0, y: 207, width: 148, height: 3, fill: purple.base },
      ],
    },
    fields: [
      field('group', 'line', { x: 10, y: 9, width: 104, height: 12 }, style('inter-bold', 10, 16, white), limits.group),
      field('headline', 'multiline', { x: 10, y: 35, width: 118, height: 35 }, style('anton', 28, 56, purple.deep), {
        ...limits.headline,
        defaultValue: { fr: 'Réunion publique', en: 'Public meeting' },
      }),
      field('date', 'date', { x: 10, y: 80, width: 128, height: 15 }, style('inter-black', 14, 24, white), limits.date),
      field('time', 'time', { x: 10, y: 96, width: 90, height: 12 }, style('inter-bold', 12, 18, yellow), limits.time),
      field('place', 'place', { x: 21, y: 126, width: 76, height: 24 }, style('inter-bold', 9, 13, purple.ink), limits.place),
      field('contact', 'url', { x: 104, y: 127, width: 35, height: 35 }, style('inter', 8, 8, purple.ink), limits.contact),
      field('message', 'multiline', { x: 10, y: 154, width: 87, height: 30 }, style('inter', 8, 11, purple.ink), {
        ...limits.message,
        defaultValue: {
          fr: `Entrée libre. Venez débattre et vous organiser avec nous${nbsp}!`,
          en: 'Free entry. Come and debate, and get organised with us!',
        },
      }),
    ],
    legal: { box: { x: 10, y: 193, width: 128, height: 12 }, style: style('inter', 5.5, 7, purple.ink) },
  },
  {
    slug: 'affiche-a3-rassemblement',
    name: { fr: 'Affiche A3 — rassemblement', en: 'A3 poster — rally' },
    description: {
      fr: 'L’affiche à coller chez les commerçants et sur les panneaux d’expression libre pour appeler à un rassemblement : un grand titre lisible de loin, la date, le lieu et un QR code.',
      en: 'The poster for shop windows and free-expression boards, calling people to a rally: a large headline readable from afar, the date, the place and a QR code.',
    },
    themes: ['militer', 'economie-travail'],
    languages: ['fr', 'en'],
    format: 'A3',
    background: red.base,
    artwork: {
      alt: {
        fr: 'Fond rouge avec des cercles concentriques dans le coin, un trait jaune sous le titre et un grand encart crème incliné pour la date, le lieu et le QR code.',
        en: 'Red background with concentric circles in the corner, a yellow stroke under the headline and a large tilted cream panel for the date, the place and the QR code.',
      },
      layers: [
        { kind: 'ring', cx: 297, cy: 0, r: 70, width: 16, stroke: red.ring },
        { kind: 'ring', cx: 297, cy: 0, r: 110, width: 16, stroke: red.ring },
        { kind: 'ring', cx: 297, cy: 0, r: 150, width: 16, stroke: red.ring },
        {
          kind: 'polygon',
          points: [
            [20, 154],
            [190, 148],
            [190, 156],
            [20, 162],
          ],
          fill: yellow,
        },
        {
          kind: 'polygon',
          points: [
            [0, 180],
            [297, 168],
            [297, 368],
            [0, 368],
          ],
          fill: red.cream,
        },
        { kind: 'pin', x: 20, y: 270, height: 24, fill: red.base, hole: red.cream },
        { kind: 'rect', x: 199, y: 262, width: 84, height: 84, radius: 5, fill: white },
        { kind: 'rect', x: 0, y: 368, width: 297, height: 5, fill: yellow },
      ],
    },
    fields: [
      field('group', 'line', { x: 20, y: 18, width: 190, height: 18 }, style('inter-bold', 18, 32, white), limits.group),
      field('headline', 'multiline', { x: 20, y: 44, width: 257, height: 100 }, style('anton', 72, 220, white), {
        ...limits.headline,
        defaultValue: { fr: 'Rassemblement pour nos salaires', en: 'Rally for fair wages' },
      }),
      field('date', 'date', { x: 20, y: 190, width: 257, height: 34 }, style('inter-black', 34, 64, red.deep), limits.date),
      field('time', 'time', { x: 20, y: 230, width: 160, height: 26 }, style('inter-bold', 28, 48, red.base), limits.time),
      field('place', 'place', { x: 44, y: 266, width: 148, height: 90 }, style('inter-bold', 18, 36, red.ink), limits.place),
      field('contact', 'url', { x: 205, y: 268, width: 72, height: 72 }, style('inter', 10, 10, red.ink), limits.contact),
    ],
    legal: { box: { x: 20, y: 388, width: 257, height: 22 }, style: style('inter', 8, 12, white) },
  },
  {
    slug: 'visuel-carre-evenement',
    name: { fr: 'Visuel carré — événement', en: 'Square post — event' },
    description: {
      fr: 'Le visuel 1080 × 1080 à publier sur les réseaux sociaux pour annoncer un événement : titre, date, heure et lieu, lisibles même en petit.',
      en: 'The 1080 × 1080 picture to post on social networks to announce an event: headline, date, time and place, readable even when small.',
    },
    themes: ['militer', 'medias-numerique'],
    languages: ['fr', 'en'],
    format: 'square',
    background: blue.base,
    artwork: {
      alt: {
        fr: 'Fond bleu, bandeau blanc incliné pour le titre, grand disque jaune entouré d’un anneau dans le coin inférieur droit.',
        en: 'Blue background, a tilted white band for the headline, a large yellow disc circled by a ring in the bottom-right corner.',
      },
      layers: [
        { kind: 'ring', cx: 1010, cy: 1010, r: 330, width: 28, stroke: blue.ring },
        { kind: 'circle', cx: 1010, cy: 1010, r: 255, fill: yellow },
        { kind: 'dots', x: 930, y: 80, columns: 3, rows: 3, gap: 40, r: 8, fill: yellow },
        {
          kind: 'polygon',
          points: [
            [0, 196],
            [1010, 196],
            [968, 500],
            [0, 500],
          ],
          fill: white,
        },
        { kind: 'pin', x: 80, y: 772, height: 56, fill: yellow, hole: blue.base },
      ],
    },
    fields: [
      field('group', 'line', { x: 80, y: 84, width: 800, height: 70 }, style('inter-bold', 36, 56, white), limits.group),
      field('headline', 'multiline', { x: 80, y: 222, width: 860, height: 252 }, style('anton', 90, 200, blue.deep), {
        ...limits.headline,
        defaultValue: { fr: `Rejoignez-nous${nbsp}!`, en: 'Join us!' },
      }),
      field('date', 'date', { x: 80, y: 545, width: 920, height: 100 }, style('inter-black', 48, 84, white), limits.date),
      field('time', 'time', { x: 80, y: 652, width: 480, height: 80 }, style('inter-bold', 44, 64, yellow), limits.time),
      field('place', 'place', { x: 140, y: 765, width: 560, height: 225 }, style('inter-bold', 34, 52, white), limits.place),
    ],
    legal: null,
  },
  {
    slug: 'story-mobilisation',
    name: { fr: 'Story — mobilisation', en: 'Story — call to mobilise' },
    description: {
      fr: 'La story 1080 × 1920 pour appeler à se mobiliser : un titre qui claque, la date, le lieu et un QR code vers l’inscription. Le bas reste libre pour les boutons de l’application.',
      en: 'The 1080 × 1920 story calling people to mobilise: a striking headline, the date, the place and a QR code to sign up. The bottom is left free for the app’s buttons.',
    },
    themes: ['militer', 'ecologie'],
    languages: ['fr', 'en'],
    format: 'story',
    background: orange.base,
    artwork: {
      alt: {
        fr: 'Haut orange traversé de rayons, trait jaune sous le titre, panneau crème incliné avec un repère de lieu et un cadre blanc pour le QR code, points jaunes en bas.',
        en: 'Orange top crossed by rays, a yellow stroke under the headline, a tilted cream panel with a place marker and a white frame for the QR code, yellow dots at the bottom.',
      },
      layers: [
        { kind: 'rays', cx: 540, cy: 880, radius: 1100, count: 14, from: 180, to: 360, fill: orange.ray },
        {
          kind: 'polygon',
          points: [
            [230, 790],
            [850, 772],
            [850, 796],
            [230, 814],
          ],
          fill: yellow,
        },
        {
          kind: 'polygon',
          points: [
            [0, 930],
            [1080, 880],
            [1080, 1530],
            [0, 1530],
          ],
          fill: orange.cream,
        },
        { kind: 'pin', x: 80, y: 1130, height: 60, fill: orange.base, hole: orange.cream },
        { kind: 'rect', x: 680, y: 1110, width: 330, height: 330, radius: 16, fill: white },
        { kind: 'dots', x: 100, y: 1720, columns: 10, rows: 1, gap: 98, r: 9, fill: yellow },
      ],
    },
    fields: [
      field('group', 'line', { x: 80, y: 150, width: 920, height: 90 }, style('inter-bold', 40, 60, white), limits.group),
      field('headline', 'multiline', { x: 80, y: 290, width: 920, height: 470 }, style('anton', 110, 240, white, 'center'), {
        ...limits.headline,
        defaultValue: { fr: `On se mobilise${nbsp}!`, en: 'Let’s mobilise!' },
      }),
      field('date', 'date', { x: 80, y: 960, width: 920, height: 120 }, style('inter-black', 56, 84, orange.deep), limits.date),
      field('place', 'place', { x: 145, y: 1120, width: 500, height: 300 }, style('inter-bold', 36, 56, orange.ink), limits.place),
      field('contact', 'url', { x: 700, y: 1130, width: 290, height: 290 }, style('inter', 20, 20, orange.ink), limits.contact),
    ],
    legal: null,
  },
]
