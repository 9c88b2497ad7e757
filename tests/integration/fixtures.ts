import { randomUUID } from 'node:crypto'

import { type Payload, type RequiredDataFromCollectionSlug, ValidationError } from 'payload'
import { expect } from 'vitest'

import type { Role } from '../../cms/access/roles'
import type { User } from '../../cms/payload-types'
import type { LocaleCode } from '../../publication/locales'

export const uniqueSlug = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`

/** The errors a refused save reports, as `path: message` pairs. */
export const rejection = async (save: Promise<unknown>) => {
  const error = await save.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).data.errors.map(({ path, message }) => ({ path, message }))
}

/** A staff account with a given role (a translator's languages, an organiser's groups), created once per test file. */
export const createUser = async (
  payload: Payload,
  role: Role,
  languages: LocaleCode[] = [],
  groups: (number | string)[] = [],
  name: string = role,
): Promise<User> =>
  payload.create({
    collection: 'users',
    data: {
      email: `${uniqueSlug(role)}@example.org`,
      name,
      role,
      languages,
      groups: groups as number[],
      password: 'correct-horse-battery',
    },
  })

export const createTheme = async (payload: Payload) =>
  payload.create({ collection: 'themes', data: { name: 'Écologie', slug: uniqueSlug('theme'), colour: '#1d5e3a' } })

/** Lexical rich text with one paragraph, as the admin's editor saves it. */
export const richText = (text: string) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [
      {
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

/** The smallest valid French training (the second lesson's slug is left for the CMS to fill). */
/** A published FAQ in French ("Comment adhérer ?"), for the translation tests; `overrides` replace fields. */
export const publishedFaqData = (
  overrides: Partial<RequiredDataFromCollectionSlug<'faqs'>> = {},
): RequiredDataFromCollectionSlug<'faqs'> => ({
  question: 'Comment adhérer ?',
  slug: uniqueSlug('faq'),
  answer: richText('En ligne.'),
  category: 'movement',
  order: 1,
  _status: 'published',
  ...overrides,
})

/** A published programme chapter with an introduction, a section and a measure, every text French. */
export const publishedChapterData = (): RequiredDataFromCollectionSlug<'programme'> => ({
  number: 1000 + Math.floor(Math.random() * 1_000_000),
  title: 'Vivre mieux',
  slug: uniqueSlug('chapitre'),
  summary: 'Un résumé.',
  intro: richText('Une introduction en français.'),
  sections: [{ title: 'Se loger', measures: [{ title: 'Encadrer les loyers', text: richText('Les loyers seront encadrés.') }] }],
  _status: 'published',
})

export const trainingData = (slug = uniqueSlug('formation')): RequiredDataFromCollectionSlug<'trainings'> => ({
  title: 'Prendre la parole en public',
  slug,
  summary: 'Structurer une intervention de trois minutes.',
  kind: 'practice',
  level: 'beginner',
  durationMinutes: 45,
  modules: [
    {
      title: 'Préparer',
      lessons: [
        { title: 'Trouver son message', slug: 'message', body: richText('Un message, trois arguments.') },
        { title: 'Répéter', body: richText('À voix haute, chronomètre en main.') } as {
          title: string
          slug: string
          body: ReturnType<typeof richText>
        },
      ],
    },
  ],
})

/** A small generated PNG, so tests never depend on files on disk. */
export const pngFile = async (name = `${uniqueSlug('image')}.png`, width = 1600, height = 1000) => {
  const sharp = (await import('sharp')).default
  const data = await sharp({ create: { width, height, channels: 3, background: '#c9462c' } })
    .png()
    .toBuffer()
  return { name, data, mimetype: 'image/png', size: data.length }
}

export const textFile = (name: string, text: string, mimetype = 'text/plain') => {
  const data = Buffer.from(text, 'utf8')
  return { name, data, mimetype, size: data.length }
}

export const vttText = 'WEBVTT\n\n00:00:00.000 --> 00:00:03.000\nBonjour à toutes et à tous.\n'

/** One valid French document for each publishable collection, given the ids they refer to. */
export const minimalDocuments = (refs: { visual: number | string; vtt: number | string }) => ({
  trainings: trainingData(),
  videos: {
    title: 'Décoder la dette',
    slug: uniqueSlug('video'),
    summary: 'La dette expliquée en cinq minutes.',
    source: 'youtube' as const,
    providerId: 'dQw4w9WgXcQ',
    durationSeconds: 300,
    subtitles: [{ language: 'fr' as const, file: refs.vtt }],
  },
  infographics: {
    title: 'Les écarts de salaire',
    slug: uniqueSlug('infographie'),
    summary: 'Écart de salaire entre femmes et hommes.',
    image: refs.visual,
    altText: 'Diagramme en barres des écarts de salaire.',
    longDescription: richText('Les femmes gagnent en moyenne 14,9 % de moins que les hommes.'),
    sources: [{ label: 'INSEE', url: 'https://www.insee.fr' }],
  },
  bibliographies: {
    title: 'Lire l’histoire sociale',
    slug: uniqueSlug('biblio'),
    summary: 'Une sélection de lectures.',
    entries: [{ author: 'Gérard Noiriel', title: 'Une histoire populaire de la France', isbn: '978-2-7489-0301-0' }],
  },
  sheets: {
    title: 'Tenir une table',
    slug: uniqueSlug('fiche'),
    kind: 'sheet' as const,
    summary: 'Tenir une table sur un marché.',
    body: richText('Arriver tôt, saluer les commerçants.'),
  },
  faqs: {
    question: 'Comment adhérer ?',
    slug: uniqueSlug('faq'),
    answer: richText('En ligne, en deux minutes.'),
    category: 'movement' as const,
    order: 1,
  },
  programme: {
    number: Math.floor(Math.random() * 1_000_000) + 100,
    title: 'Une 6e République',
    slug: uniqueSlug('chapitre'),
    summary: 'Refonder les institutions.',
    sections: [{ title: 'Constituante', measures: [{ title: 'Convoquer une Assemblée constituante' }, { title: 'Instaurer le RIC' }] }],
  },
})

export const tractStyle = { font: 'inter-bold', minSize: 12, maxSize: 28, colour: '#1a1a1a', align: 'center' } as const

/** A French A5 leaflet with two fields and its legal mention zone, ready to publish. */
export const tractTemplateData = (): RequiredDataFromCollectionSlug<'tract-templates'> => ({
  name: `Tract A5 — réunion publique ${uniqueSlug('')}`,
  slug: uniqueSlug('tract'),
  languages: ['fr'],
  format: 'A5',
  background: '#fff4e0',
  fields: [
    {
      key: 'group',
      label: 'Groupe d’action',
      type: 'line',
      box: { x: 10, y: 20, width: 128, height: 15 },
      style: tractStyle,
      maxLength: 60,
      required: true,
    },
    {
      key: 'date',
      label: 'Date',
      type: 'date',
      box: { x: 10, y: 40, width: 60, height: 10 },
      style: tractStyle,
      maxLength: 10,
      required: true,
      defaultValue: '2026-05-01',
    },
  ],
  legal: {
    box: { x: 10, y: 195, width: 128, height: 10 },
    style: { font: 'inter', minSize: 5, maxSize: 7, colour: '#000000', align: 'start' },
  },
  _status: 'published',
})

/** An event type and an action group, as every event needs. */
export const createEventBasics = async (payload: Payload) => ({
  eventType: (await payload.create({ collection: 'event-types', data: { name: 'Réunion publique', slug: uniqueSlug('type') } })).id,
  group: (await payload.create({ collection: 'action-groups', data: { name: 'Groupe', slug: uniqueSlug('groupe'), kind: 'local' } })).id,
})

/**
 * For what an organiser may see and do: two action groups, `ours` (the organiser's under test) and
 * `theirs` (another's), and an event type for their events.
 */
export const createOursAndTheirs = async (payload: Payload) => {
  const group = async (name: string) =>
    (await payload.create({ collection: 'action-groups', data: { name, slug: uniqueSlug('groupe'), kind: 'local' } })).id
  const ours = await group('Les nôtres')
  const theirs = await group('Les autres')
  const eventType = (await payload.create({ collection: 'event-types', data: { name: 'Réunion publique', slug: uniqueSlug('type') } })).id
  return { ours, theirs, eventType }
}

/** A valid published event (a place, an end after the start), taking sign-ups here; `overrides` replace fields. */
export const eventData = (basics: { eventType: number | string; group: number | string }, overrides: Record<string, unknown> = {}) => ({
  title: 'Réunion de quartier',
  slug: uniqueSlug('evenement'),
  summary: 'On se retrouve pour préparer la rentrée.',
  type: basics.eventType,
  organisers: [basics.group],
  startsAt: '2099-06-01T08:00:00.000Z',
  endsAt: '2099-06-01T11:00:00.000Z',
  place: { city: 'Lille', department: '59' },
  registration: { mode: 'site', capacity: 100, waitlist: true },
  _status: 'published',
  ...overrides,
})

/**
 * Waits until the site rebuild a publication queued is due (cms/hooks/queueSiteRebuild.ts decides
 * when): the latest one queued, not the hourly rebuild, which waits for its hour.
 */
export const untilRebuildDue = async (payload: Payload) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { completedAt: { exists: false } }, { processing: { equals: false } }] },
    sort: '-createdAt',
    depth: 0,
  })
  const hourly = (await import('../../cms/jobs/rebuildSite')).hourlyRebuildReason
  const queued = docs.find((job) => (job.input as { reason?: string } | null)?.reason !== hourly)
  const due = queued?.waitUntil ? new Date(queued.waitUntil).getTime() : Date.now()
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now()) + 100))
}
