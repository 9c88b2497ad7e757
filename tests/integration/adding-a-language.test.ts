import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import type { User } from '../../cms/payload-types'
import { translationsDashboard } from '../../cms/translations/dashboard'
import { languagesShownTo } from '../../cms/translations/documentStatus'
import { interfaceStringsStatus } from '../../cms/translations/interfaceStrings'
import { donationText } from '../../publication/donationText'
import * as publicationLocales from '../../publication/locales'
import { languageOfTexts, textsIn } from '../../publication/textsByLanguage'
import { localeRoutes } from '../../site/lib/routes'
import { useTranslations } from '../../site/i18n'
import { interfaceStringsDir } from '../../site/i18n/stringsDir'
import { describeOnDatabase, testPayload } from './database'
import { createUser, publishedFaqData, richText, uniqueSlug } from './fixtures'

/**
 * README, "Adding a language": one entry in publication/locales.ts and one interface-strings
 * file, then the migration `migrate:create` generates. This file adds Dutch the way a
 * maintainer would (a module mock stands for the entry, a temporary folder for the site's
 * strings, leaving the real files alone) and finds it in the admin, the dashboard and the site.
 */

// Hoisted with the module mocks, which run before this file's imports.
const { dutch } = vi.hoisted(() => ({ dutch: { code: 'nl', label: 'Nederlands', dir: 'ltr' } as const }))

/**
 * publication/locales.ts with one more entry, every export derived again as the module derives
 * it. Each export is replaced (none spread from the real module): an export added there without
 * being derived here fails this file rather than keeping the seven languages silently.
 */
vi.mock('../../publication/locales', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../publication/locales')>()
  const { env } = await import('../../env')
  const locales = [...real.locales, dutch]
  const localeCodes = locales.map((locale) => locale.code)
  const wanted = env.siteLocales
  const siteLocales = locales.filter(({ code }) => code === real.defaultLocale || !wanted || wanted.includes(code))
  return {
    locales,
    defaultLocale: real.defaultLocale,
    localeCodes,
    isLocaleCode: (value: unknown) => typeof value === 'string' && localeCodes.includes(value as never),
    siteLocales,
    siteLocaleCodes: siteLocales.map(({ code }) => code),
    directionOf: (code: string) => siteLocales.find((locale) => locale.code === code)?.dir ?? 'ltr',
  }
})

/** The site's strings folder, copied, with `nl.json` (the French file, one string in Dutch): the "one interface-strings file". */
vi.mock('../../site/i18n/stringsDir', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../site/i18n/stringsDir')>()
  const { default: fs } = await import('node:fs')
  const { default: os } = await import('node:os')
  const { default: path } = await import('node:path')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-strings-'))
  for (const name of fs.readdirSync(real.interfaceStringsDir).filter((file) => file.endsWith('.json')))
    fs.copyFileSync(path.join(real.interfaceStringsDir, name), path.join(dir, name))
  const french = JSON.parse(fs.readFileSync(path.join(dir, 'fr.json'), 'utf8')) as { site: Record<string, string> }
  fs.writeFileSync(path.join(dir, 'nl.json'), JSON.stringify({ ...french, site: { ...french.site, home: 'Startpagina' } }))
  return { interfaceStringsDir: dir }
})

// site/lib/routes.ts reads the snapshot's collections through Astro; the language routes need none.
vi.mock('astro:content', () => ({ getCollection: () => Promise.resolve([]) }))

/** The generated types know seven languages; the mocked list has an eighth. */
const nl = 'nl' as string as publicationLocales.LocaleCode

afterAll(() => fs.rmSync(interfaceStringsDir, { recursive: true, force: true }))

it('derives every export of publication/locales from the list with Dutch in it', async () => {
  const real = await vi.importActual<typeof import('../../publication/locales')>('../../publication/locales')
  expect(Object.keys(publicationLocales).sort()).toEqual(Object.keys(real).sort())
  expect(publicationLocales.localeCodes).toEqual([...real.localeCodes, 'nl'])
  expect(publicationLocales.isLocaleCode('nl')).toBe(true)
})

/** Where a string of a schema snapshot names a language code: a key or a value equal to it, or a name with it as a word. */
const placesNaming = (code: string, value: unknown, at = ''): string[] => {
  const names = (text: string) => new RegExp(`(^|_)${code}(_|$)`).test(text)
  if (typeof value === 'string') return names(value) ? [at] : []
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(names(key) ? [`${at}/${key} (key)`] : []),
    ...placesNaming(code, inner, `${at}/${key}`),
  ])
}

interface DrizzleKit {
  generateDrizzleJson: (schema: unknown) => unknown
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

interface DrizzleAdapter {
  name: string
  schema: unknown
  requireDrizzleKit: () => DrizzleKit
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
  drizzle: unknown
}

/** A snapshot without one language among its enums' values: the schema as the committed migrations leave it. */
const withoutValue = (snapshot: unknown, code: string): unknown =>
  JSON.parse(JSON.stringify(snapshot), (key, value: unknown) =>
    key === 'values' && Array.isArray(value) ? value.filter((entry) => entry !== code) : value,
  )

/**
 * What `npm run migrate:create` writes for the new language: Payload's migrate:create diffs the
 * schema against the previous snapshot with drizzle-kit, as here. The previous snapshot is this
 * schema without `nl` (not the last committed one, which other pending model changes may differ from).
 */
const generatedStatements = async (payload: Payload) => {
  const adapter = payload.db as unknown as DrizzleAdapter
  const kit = adapter.requireDrizzleKit()
  const after = await kit.generateDrizzleJson(adapter.schema)
  return { places: placesNaming('nl', after), statements: await kit.generateMigration(withoutValue(after, 'nl'), after) }
}

it('tells, in the README, that a migration is generated, never written by hand', () => {
  const readme = fs.readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('### Adding a language'), readme.indexOf('\n## ', readme.indexOf('### Adding a language')))
  expect(section).toContain('publication/locales.ts')
  expect(section).toContain('site/i18n/nl.json')
  expect(section).toContain('npm run migrate:create -- add_language_nl')
})

describeOnDatabase('adding a language: one entry, one strings file, one generated migration', () => {
  let payload: Payload
  let editor: User

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createUser(payload, 'editor')
    // PostgreSQL keeps language codes in enums: apply what migrate:create generates, nothing else.
    if (payload.db.name === 'postgres') {
      const adapter = payload.db as unknown as DrizzleAdapter
      for (const statement of (await generatedStatements(payload)).statements)
        await adapter.execute({ drizzle: adapter.drizzle, raw: statement })
    }
  })

  it('needs, as schema change, only the migration migrate:create generates: enum values on PostgreSQL, nothing elsewhere', async () => {
    if (payload.db.name === 'mongoose') return // no schema to migrate
    const { places, statements } = await generatedStatements(payload)
    if (payload.db.name === 'sqlite') {
      // Languages are text there: nothing in the schema names Dutch, migrate:create finds nothing to do.
      expect(places).toEqual([])
      expect(statements).toEqual([])
      return
    }
    expect(places.length).toBeGreaterThan(0)
    expect(places.filter((place) => !/^\/enums\/[^/]+\/values\/\d+$/.test(place))).toEqual([])
    expect(statements).toHaveLength(places.length)
    for (const statement of statements) expect(statement).toMatch(/^ALTER TYPE "[^"]+"\."[^"]+" ADD VALUE 'nl'/)
    // The languages themselves and the selects built from the list.
    expect(statements.join('\n')).toContain('"_locales"')
    expect(statements.join('\n')).toContain('"enum_users_languages"')
  })

  it('admin: localises content in Dutch, with its label, and offers the admin in Dutch (Payload has it)', () => {
    const { localization, i18n } = payload.config
    expect(localization && localization.locales).toContainEqual(expect.objectContaining({ code: 'nl', label: 'Nederlands', rtl: false }))
    expect(Object.keys(i18n.supportedLanguages ?? {})).toContain('nl')
  })

  it('admin: a FAQ saved in Dutch reads back in Dutch, every other language byte for byte as before', async () => {
    const faq = await payload.create({ collection: 'faqs', data: publishedFaqData() })
    await payload.update({ collection: 'faqs', id: faq.id, locale: 'de', draft: true, data: { question: 'Wie trete ich bei?' } })
    const otherLanguages = async () => {
      const all = await payload.findByID({ collection: 'faqs', id: faq.id, locale: 'all', draft: true, depth: 0 })
      return JSON.stringify(all, (key, value: unknown) => (key === 'updatedAt' || key === 'nl' ? undefined : value))
    }
    const before = await otherLanguages()

    await payload.update({
      collection: 'faqs',
      id: faq.id,
      locale: nl,
      draft: true,
      data: { question: 'Hoe word ik lid?', answer: richText('Online.') },
    })

    const dutchFaq = await payload.findByID({ collection: 'faqs', id: faq.id, locale: nl, fallbackLocale: false, draft: true, depth: 0 })
    expect(dutchFaq.question).toBe('Hoe word ik lid?')
    expect(await otherLanguages()).toBe(before)
    const { docs } = await payload.find({
      collection: 'translation-status',
      where: { and: [{ collection: { equals: 'faqs' } }, { document: { equals: String(faq.id) } }, { locale: { equals: 'nl' } }] },
    })
    expect(docs).toEqual([expect.objectContaining({ status: 'upToDate' })])
  })

  it('admin: takes a translator for Dutch, who sees Dutch alone', async () => {
    const translator = await payload.create({
      collection: 'users',
      data: {
        email: `${uniqueSlug('nl')}@example.org`,
        name: 'Vertaler',
        role: 'translator',
        languages: [nl],
        password: 'correct-horse-battery',
      },
    })
    expect(translator.languages).toEqual(['nl'])
    expect(languagesShownTo(translator)).toEqual(['nl'])
    expect((await translationsDashboard(payload, translator)).map((language) => language.code)).toEqual(['nl'])
  })

  it('dashboard: lists Dutch with its documents and the interface strings it lacks', async () => {
    const languages = await translationsDashboard(payload, editor)
    const dutchProgress = languages.find((language) => language.code === 'nl')
    expect(dutchProgress).toMatchObject({
      label: 'Nederlands',
      collections: expect.arrayContaining([expect.objectContaining({ collection: 'faqs' })]),
    })
    expect(dutchProgress?.collections.find((entry) => entry.collection === 'faqs')?.upToDate).toBeGreaterThan(0)
    expect(dutchProgress?.interfaceStrings.total).toBeGreaterThan(0)
  })

  it('dashboard: finds the Dutch strings file complete, then names the key it lacks', () => {
    const statusOfDutch = () => interfaceStringsStatus(interfaceStringsDir).find((status) => status.locale === 'nl')
    expect(statusOfDutch()).toMatchObject({ missing: [] })

    const file = path.join(interfaceStringsDir, 'nl.json')
    const complete = fs.readFileSync(file, 'utf8')
    const strings = JSON.parse(complete) as { site: Record<string, string> }
    delete strings.site.tagline
    fs.writeFileSync(file, JSON.stringify(strings))
    try {
      expect(statusOfDutch()).toMatchObject({ missing: ['site.tagline'] })
    } finally {
      fs.writeFileSync(file, complete)
    }
  })

  it('site: builds every language page in Dutch, left to right, with its own strings', () => {
    expect(localeRoutes()).toContainEqual({ params: { lang: 'nl' } })
    expect(publicationLocales.siteLocales).toContainEqual(dutch)
    expect(publicationLocales.directionOf(nl)).toBe('ltr')
    expect(useTranslations(nl)('site.home')).toBe('Startpagina')
    expect(useTranslations('fr')('site.home')).toBe('Accueil')
    // Texts not written in Dutch yet (the donation pages', the navigation's « donate ») read French, marked French.
    expect(textsIn(donationText, nl)).toBe(donationText.fr)
    expect(languageOfTexts(donationText, nl)).toBe('fr')
  })
})
