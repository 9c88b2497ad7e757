import { describe, expect, it } from 'vitest'

import type { GroupEntry } from '../publication/schema'
import { htmlToText, isPast, maxTextLength, themeNamesByLocale, toSearchRecord } from './records'
import { eventEntry, tractEntry } from './testEntries'

const base = {
  translated: true,
  translationOutdated: false,
  titleTranslated: true,
  summaryTranslated: true,
  themes: ['democratie', 'inconnu'],
  publishedAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  featured: false,
  seo: { title: null, description: null },
  image: {
    width: 1920,
    height: 1080,
    avif: [{ url: '/media/visuals/a-320x180.avif', width: 320, height: 180 }],
    webp: [{ url: '/media/visuals/a-320x180.webp', width: 320, height: 180 }],
    original: null,
    alt: 'Une foule',
    social: '/media/visuals/a-social.png',
  },
}
const themeNames = new Map([['democratie', 'Démocratie']])

describe('search records', () => {
  it('turns rich text into plain text: no tags, entities decoded, blocks spaced', () => {
    expect(
      htmlToText('<p>Le <strong>RIC</strong>&nbsp;: l&#39;outil</p><ul><li>un</li><li>deux &amp; trois</li></ul><script>x()</script>'),
    ).toBe("Le RIC : l'outil un deux & trois")
  })

  it('maps a training: its lessons as text, its level, kind and duration, its page, theme names', () => {
    const record = toSearchRecord(
      'trainings',
      {
        ...base,
        locale: 'en',
        slug: 'prendre-la-parole',
        title: 'Public speaking',
        summary: 'Speak with confidence',
        kind: 'practice',
        level: 'beginner',
        durationMinutes: 45,
        objectives: ['Structure a speech'],
        modules: [
          {
            title: 'Basics',
            titleTranslated: true,
            summary: '',
            lessons: [
              {
                slug: 'l1',
                titleTranslated: true,
                translated: true,
                title: 'Breathing',
                bodyHtml: '<p>Breathe <em>slowly</em>.</p>',
                video: null,
                attachments: [],
              },
            ],
          },
        ],
      },
      themeNames,
    )
    expect(record).toEqual({
      id: 'en-trainings-prendre-la-parole',
      type: 'trainings',
      locale: 'en',
      language: 'en',
      title: 'Public speaking',
      summary: 'Speak with confidence',
      text: 'Structure a speech Basics Breathing Breathe slowly .',
      themes: ['Démocratie'],
      level: 'beginner',
      kind: 'practice',
      durationMinutes: 45,
      eventType: null,
      department: null,
      online: null,
      endsAt: null,
      date: '2026-03-01T10:00:00.000Z',
      url: '/en/trainings/prendre-la-parole/',
      image: '/media/visuals/a-social.png',
    })
  })

  it('points a question to its anchor in the FAQ, and says when the text is the French one', () => {
    const record = toSearchRecord(
      'faqs',
      {
        ...base,
        translated: false,
        locale: 'es',
        slug: 'qui-peut-donner',
        title: 'Qui peut donner ?',
        summary: '',
        answerHtml: '<p>Toute personne.</p>',
        category: 'donations',
        order: 1,
      },
      themeNames,
    )
    expect(record.url).toBe('/es/faq/#qui-peut-donner')
    expect(record.language).toBe('fr')
    expect(record.text).toBe('Toute personne.')
  })

  it('maps an event: its description, city, type and groups as text; its type, department, attendance and end to filter on', () => {
    const record = toSearchRecord('events', eventEntry(), themeNames)
    expect(record).toMatchObject({
      id: 'fr-events-reunion-lille',
      type: 'events',
      title: 'Réunion de quartier',
      summary: 'On prépare la rentrée.',
      text: 'Ordre du jour : la rentrée. Lille 59 Réunion publique Lille centre',
      themes: ['Démocratie'],
      eventType: 'reunion-publique',
      department: '59',
      online: false,
      endsAt: Date.parse('2099-06-01T11:00:00.000Z'),
      kind: null,
      url: '/fr/events/reunion-lille/',
      image: null,
    })
    const online = toSearchRecord('events', eventEntry({ place: null, online: { url: null } }), themeNames)
    expect(online).toMatchObject({ online: true, department: null })
  })

  it('maps a group: its name as title, its city as summary, its kind and department to filter on', () => {
    const group: GroupEntry = {
      locale: 'en',
      slug: 'lille-centre',
      translated: false,
      translationOutdated: false,
      name: 'Lille centre',
      kind: 'local',
      descriptionHtml: '<p>On agit dans le quartier.</p>',
      city: 'Lille',
      postcode: '59000',
      department: '59',
      latitude: null,
      longitude: null,
      themes: ['democratie'],
      contactEmail: 'lille@example.org',
      socialLinks: [],
      logo: null,
    }
    expect(toSearchRecord('groups', group, themeNames)).toMatchObject({
      id: 'en-groups-lille-centre',
      language: 'fr',
      title: 'Lille centre',
      summary: 'Lille',
      text: 'On agit dans le quartier. Lille 59',
      kind: 'local',
      department: '59',
      eventType: null,
      online: null,
      endsAt: null,
      date: null,
      url: '/en/groups/lille-centre/',
      image: null,
    })
  })

  it('makes a tract template a record: its name, description and fields found, its format a facet, its page the link', () => {
    expect(toSearchRecord('tracts', tractEntry(), themeNames)).toMatchObject({
      id: 'en-tracts-tract-a5-reunion-publique',
      type: 'tracts',
      language: 'en',
      title: 'A5 leaflet — public meeting',
      summary: 'The leaflet to hand out at the market or door to door to announce a public meeting.',
      text: 'Action group Place',
      themes: ['Démocratie'],
      kind: 'A5',
      date: null,
      url: '/en/tracts/tract-a5-reunion-publique/',
      image: null,
    })
    expect(toSearchRecord('tracts', tractEntry({ translated: false }), themeNames).language).toBe('fr')
  })

  it('makes a downloadable visual a record: its picture described as summary, its credit and what it is as text, its page the link', () => {
    const visual = {
      ...base,
      locale: 'fr',
      slug: '12',
      title: 'Carte slogan « Pour la 6e République ! »',
      summary: '',
      credit: 'Atelier graphique',
      licence: 'CC-BY-SA-4.0',
      width: 1600,
      height: 1600,
      sizes: [],
    }
    expect(toSearchRecord('visuals', visual, themeNames)).toMatchObject({
      id: 'fr-visuals-12',
      type: 'visuals',
      language: 'fr',
      title: 'Carte slogan « Pour la 6e République ! »',
      summary: 'Une foule',
      text: 'Atelier graphique visuel image',
      themes: ['Démocratie'],
      kind: null,
      url: '/fr/visuals/12/',
      image: '/media/visuals/a-social.png',
    })
    // In each language, the words its visitors search visuals by; a French text standing in keeps them.
    expect(toSearchRecord('visuals', { ...visual, locale: 'en' }, themeNames).text).toBe('Atelier graphique visual image picture')
    expect(toSearchRecord('visuals', { ...visual, locale: 'es', translated: false }, themeNames)).toMatchObject({
      language: 'fr',
      text: 'Atelier graphique visual imagen',
    })
    expect(toSearchRecord('visuals', { ...visual, image: null }, themeNames).summary).toBe('')
  })

  it('takes an event as past once its end has come, and nothing else ever', () => {
    const endsAt = Date.parse('2099-06-01T11:00:00.000Z')
    expect(isPast({ endsAt }, endsAt - 1)).toBe(false)
    expect(isPast({ endsAt }, endsAt)).toBe(true)
    expect(isPast({ endsAt: null }, Number.MAX_SAFE_INTEGER)).toBe(false)
  })

  it('names themes by language, then slug', () => {
    const names = themeNamesByLocale([
      { locale: 'fr', slug: 'democratie', name: 'Démocratie' },
      { locale: 'en', slug: 'democratie', name: 'Democracy' },
      { locale: 'fr', slug: 'ecologie', name: 'Écologie' },
    ])
    expect(names.get('en')).toEqual(new Map([['democratie', 'Democracy']]))
    expect(names.get('fr')).toEqual(
      new Map([
        ['democratie', 'Démocratie'],
        ['ecologie', 'Écologie'],
      ]),
    )
  })

  it('keeps only the beginning of a very long text', () => {
    const long = `<p>${'mot '.repeat(5000)}</p>`
    const record = toSearchRecord(
      'sheets',
      { ...base, locale: 'fr', slug: 's', title: 'T', summary: '', kind: 'sheet', bodyHtml: long, steps: [], attachments: [] },
      themeNames,
    )
    expect(record.text.length).toBeLessThanOrEqual(maxTextLength + 1)
    expect(record.text.endsWith('…')).toBe(true)
  })
})
