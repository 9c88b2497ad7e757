/** Templates and inputs the engine's tests render: an A5 tract for a public meeting and a square social post. */
import type { TractField, TractTemplate } from './template.ts'

const field = (
  key: string,
  type: TractField['type'],
  box: TractField['box'],
  style: Partial<TractField['style']>,
  extra: Partial<TractField> = {},
): TractField => ({
  key,
  label: key,
  help: '',
  type,
  box,
  style: { font: 'inter', minSize: 8, maxSize: 14, colour: '#1a1a1a', align: 'start', ...style },
  maxLength: 120,
  required: false,
  defaultValue: '',
  ...extra,
})

export const a5Template: TractTemplate = {
  slug: 'tract-a5-reunion-publique',
  name: 'Tract A5 — réunion publique',
  description: 'Une réunion publique près de chez vous.',
  themes: ['democratie'],
  locale: 'fr',
  languages: ['fr'],
  format: 'A5',
  page: { unit: 'mm', width: 148, height: 210 },
  background: '#fff4e6',
  artwork: { pdf: null, image: null },
  fields: [
    field(
      'headline',
      'line',
      { x: 10, y: 12, width: 128, height: 28 },
      { font: 'anton', minSize: 20, maxSize: 48, colour: '#c8102e', align: 'center' },
      {
        defaultValue: 'Réunion publique',
        maxLength: 40,
      },
    ),
    field(
      'group',
      'line',
      { x: 10, y: 48, width: 128, height: 12 },
      { font: 'inter-bold', minSize: 10, maxSize: 20 },
      { required: true, maxLength: 60 },
    ),
    field('date', 'date', { x: 10, y: 66, width: 88, height: 10 }, { minSize: 9, maxSize: 16 }, { required: true }),
    field('time', 'time', { x: 10, y: 78, width: 88, height: 10 }, { minSize: 9, maxSize: 16 }),
    field('place', 'place', { x: 10, y: 92, width: 88, height: 30 }, { minSize: 8, maxSize: 14 }, { maxLength: 200 }),
    field('contact', 'url', { x: 105, y: 66, width: 33, height: 33 }, { colour: '#000000' }),
  ],
  legal: {
    box: { x: 10, y: 196, width: 128, height: 8 },
    style: { font: 'inter', minSize: 5, maxSize: 7, colour: '#1a1a1a', align: 'center' },
  },
}

export const squareTemplate: TractTemplate = {
  slug: 'post-carre',
  name: 'Post carré',
  description: '',
  themes: [],
  locale: 'fr',
  languages: ['fr'],
  format: 'square',
  page: { unit: 'px', width: 1080, height: 1080 },
  background: '#c8102e',
  artwork: { pdf: null, image: null },
  fields: [
    field(
      'headline',
      'line',
      { x: 60, y: 80, width: 960, height: 200 },
      { font: 'anton', minSize: 48, maxSize: 140, colour: '#ffffff', align: 'center' },
    ),
    field(
      'group',
      'line',
      { x: 60, y: 320, width: 960, height: 90 },
      { font: 'inter-bold', minSize: 28, maxSize: 60, colour: '#ffffff', align: 'center' },
    ),
    field('date', 'date', { x: 60, y: 440, width: 960, height: 80 }, { minSize: 24, maxSize: 48, colour: '#ffffff', align: 'center' }),
    field('contact', 'url', { x: 390, y: 600, width: 300, height: 300 }, { colour: '#000000', align: 'center' }),
  ],
  legal: null,
}

export const storyTemplate: TractTemplate = {
  ...squareTemplate,
  slug: 'story',
  name: 'Story',
  format: 'story',
  page: { unit: 'px', width: 1080, height: 1920 },
}

export const a5Input = {
  values: {
    headline: 'Réunion publique',
    group: 'Groupe d’action Lyon 7e',
    date: '2026-03-14',
    time: '18:30',
    place: 'Salle des fêtes\n12 rue de l’Effort, 69007 Lyon',
    contact: 'https://example.org/lyon-7',
  },
  legal: { mode: 'ipns' as const },
}
