/**
 * Flat pictograms drawn in a 200×200 box with thick rounded shapes.
 * `fg` is the main shape colour, `accent` the highlight, `bg` the colour
 * used for cut-outs (normally the colour behind the pictogram).
 */
import { r1 } from './svg'

export type PictogramName =
  'megaphone' | 'ballot' | 'bubble' | 'leaf' | 'building' | 'globe' | 'scales' | 'gear' | 'book' | 'checklist' | 'bulb'

export const pictogramNames: readonly PictogramName[] = [
  'megaphone',
  'ballot',
  'bubble',
  'leaf',
  'building',
  'globe',
  'scales',
  'gear',
  'book',
  'checklist',
  'bulb',
]

interface Colours {
  fg: string
  accent: string
  bg: string
}

const line = (d: string, stroke: string, w: number) =>
  `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"/>`
const round = (d: string, fill: string, w = 10) =>
  `<path d="${d}" fill="${fill}" stroke="${fill}" stroke-width="${w}" stroke-linejoin="round"/>`
const rect = (x: number, y: number, w: number, h: number, rx: number, fill: string, extra = '') =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${rx}" fill="${fill}"${extra}/>`

const draw: Record<PictogramName, (c: Colours) => string> = {
  megaphone: ({ fg, accent }) =>
    rect(58, 112, 24, 58, 12, fg, ' transform="rotate(-12 70 140)"') +
    round('M44,78 L122,44 L122,156 L44,122 Z', fg, 16) +
    rect(20, 74, 30, 52, 10, fg) +
    rect(116, 32, 24, 136, 12, fg) +
    line('M158,76 Q172,100 158,124', accent, 12) +
    line('M172,52 Q200,100 172,148', accent, 12),
  ballot: ({ fg, accent, bg }) =>
    `<g transform="rotate(-8 100 70)">${rect(66, 22, 68, 86, 8, accent)}${line('M84,62 L96,74 L118,48', bg, 10)}</g>` +
    rect(26, 92, 148, 88, 16, fg) +
    rect(62, 98, 76, 10, 5, bg) +
    rect(76, 138, 48, 10, 5, bg, ' fill-opacity="0.45"'),
  bubble: ({ fg, accent }) =>
    rect(22, 32, 156, 112, 30, fg) +
    round('M58,136 L46,176 L98,140 Z', fg, 10) +
    [64, 100, 136].map((x) => `<circle cx="${x}" cy="88" r="12" fill="${accent}"/>`).join(''),
  leaf: ({ fg, accent }) =>
    round('M36,168 C36,84 86,32 170,30 C170,116 122,168 36,168 Z', fg, 8) +
    line('M30,176 Q92,114 142,60', accent, 11) +
    line('M100,104 V80 M100,104 H124 M128,76 V58 M128,76 H146 M72,132 V112 M72,132 H92', accent, 8),
  building: ({ fg, accent }) =>
    round('M28,70 L100,28 L172,70 Z', fg, 12) +
    rect(28, 70, 144, 14, 4, fg) +
    [40, 73, 109, 142].map((x) => rect(x, 88, 18, 66, 6, fg)).join('') +
    rect(22, 156, 156, 14, 6, fg) +
    rect(12, 174, 176, 14, 6, fg) +
    `<circle cx="100" cy="56" r="9" fill="${accent}"/>`,
  globe: ({ fg, accent }) =>
    `<circle cx="100" cy="100" r="72" fill="${accent}"/>` +
    `<circle cx="100" cy="100" r="72" fill="none" stroke="${fg}" stroke-width="12"/>` +
    `<ellipse cx="100" cy="100" rx="30" ry="72" fill="none" stroke="${fg}" stroke-width="10"/>` +
    line('M30,100 H170 M42,62 H158 M42,138 H158', fg, 10),
  scales: ({ fg, accent }) =>
    rect(94, 44, 12, 118, 6, fg) +
    rect(58, 160, 84, 18, 9, fg) +
    rect(28, 52, 144, 12, 6, fg) +
    `<circle cx="100" cy="44" r="13" fill="${accent}"/>` +
    line('M44,62 L22,118 M44,62 L66,118 M156,62 L134,118 M156,62 L178,118', fg, 6) +
    round('M16,118 A28,24 0 0 0 72,118 Z', accent, 6) +
    round('M128,118 A28,24 0 0 0 184,118 Z', accent, 6),
  gear: ({ fg, accent, bg }) =>
    Array.from({ length: 8 }, (_, i) => rect(86, 22, 28, 40, 8, fg, ` transform="rotate(${i * 45} 100 100)"`)).join('') +
    `<circle cx="100" cy="100" r="58" fill="${fg}"/><circle cx="100" cy="100" r="26" fill="${bg}"/>` +
    `<circle cx="100" cy="100" r="12" fill="${accent}"/>`,
  book: ({ fg, accent, bg }) =>
    round('M96,58 C78,44 50,40 22,46 L22,160 C50,154 78,158 96,172 Z', fg, 8) +
    round('M104,58 C122,44 150,40 178,46 L178,160 C150,154 122,158 104,172 Z', fg, 8) +
    line('M40,76 Q60,72 80,80 M40,104 Q60,100 80,108 M40,132 Q60,128 80,136', bg, 7) +
    line('M120,80 Q140,72 160,76 M120,108 Q140,100 160,104', bg, 7) +
    rect(132, 126, 22, 52, 3, accent) +
    round('M132,176 L143,166 L154,176 Z', bg, 1),
  checklist: ({ fg, accent, bg }) =>
    rect(38, 30, 124, 154, 18, fg) +
    rect(72, 18, 56, 28, 10, accent) +
    [80, 116, 152]
      .map(
        (y, i) =>
          (i < 2
            ? line(`M58,${y} L66,${y + 8} L80,${y - 8}`, accent, 8)
            : `<circle cx="68" cy="${y}" r="9" fill="none" stroke="${bg}" stroke-width="6"/>`) + line(`M96,${y} H142`, bg, 9),
      )
      .join(''),
  bulb: ({ fg, accent, bg }) =>
    round('M100,34 C66,34 50,60 50,84 C50,108 68,120 74,138 L126,138 C132,120 150,108 150,84 C150,60 134,34 100,34 Z', fg, 10) +
    rect(72, 146, 56, 13, 6.5, accent) +
    rect(80, 165, 40, 13, 6.5, accent) +
    line('M74,86 A28,28 0 0 1 100,60', bg, 9) +
    line('M100,8 V18 M38,26 L46,34 M162,26 L154,34 M18,86 H28 M172,86 H182', accent, 9),
}

export function pictogram(name: PictogramName, o: { x: number; y: number; size: number } & Colours): string {
  return `<g transform="translate(${r1(o.x)} ${r1(o.y)}) scale(${r1((o.size / 200) * 1000) / 1000})">${draw[name](o)}</g>`
}

const KEYWORDS: [RegExp, PictogramName][] = [
  [/vote|urne|scrutin|elect|ballot|referendum/, 'ballot'],
  [/megaphone|mobilis|manif|greve|strike|voix|rassembl|action|militer|agir/, 'megaphone'],
  [/clima|ecolo|nature|planete|foret|biodiv|leaf|vert/, 'leaf'],
  [/service|public|ecole|hopital|commun/, 'building'],
  [/monde|international|paix|globe|peuple/, 'globe'],
  [/egal|justice|droit|equal/, 'scales'],
  [/travail|econom|industr|emploi|salaire|work/, 'gear'],
  [/debat|discu|dialogue|question|parole|media|ecout/, 'bubble'],
  [/lire|livre|biblio|formation|savoir|lecture|book/, 'book'],
  [/programme|mesure|liste|plan/, 'checklist'],
  [/idee|idea|theor|pense/, 'bulb'],
]

/** Pictogram suggested by a text's keywords, else `fallback`. */
export function pictogramFor(text: string | undefined, fallback: PictogramName): PictogramName {
  const plain = (text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  return KEYWORDS.find(([re]) => re.test(plain))?.[1] ?? fallback
}
