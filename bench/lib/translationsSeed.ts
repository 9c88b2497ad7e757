/**
 * The FAQs `npm run bench:translations` measures: realistic questions and rich-text answers
 * (2 to 5 paragraphs, bold words, a list in some), written beneath the CMS as the 10,000
 * synthetic trainings are (content/seed/scale.ts): `payload.db.create` and `createVersion`, no
 * hooks, so the translation status starts empty, as after an import. Every document falls in
 * one of three plans, so that every state occurs in every language once its French is revised.
 */
import { type Column, and, eq, inArray, sql } from 'drizzle-orm'
import type { Payload } from 'payload'

import { defaultLocale, localeCodes } from '../../publication/locales'

/** complete: every language; partial: French, English and Spanish only; revised: every language, its French changed later. */
export type DocumentPlan = 'complete' | 'partial' | 'revised'

export const planOf = (index: number): DocumentPlan => (['complete', 'complete', 'partial', 'revised'] as const)[index % 4]!

const partialLocales = ['fr', 'en', 'es']

/** The bench's editor, who reads the dashboard (every language but French). */
export const editorEmail = 'editrice-banc@example.org'

export const faqSlug = (index: number) => `banc-traductions-${index}`

/** A few sentences per language: enough for answers of many shapes, each language its own text. */
const sentences: Record<string, readonly string[]> = {
  fr: [
    'Chaque groupe local choisit ses actions et les annonce dans l’agenda du mouvement.',
    'Les formations sont gratuites et ouvertes à toute personne qui souhaite s’engager.',
    'Vos données personnelles ne servent qu’à vous tenir informé·e de l’action choisie.',
    'Un don peut être fléché vers un ou plusieurs groupes, dans la limite prévue par la loi.',
    'Les tracts se personnalisent en ligne puis s’impriment en PDF ou en PNG.',
    'Pour rejoindre un groupe, écrivez à ses responsables depuis sa page.',
  ],
  en: [
    'Each local group chooses its actions and announces them in the movement’s agenda.',
    'Trainings are free and open to anyone who wants to get involved.',
    'Your personal data only serves to keep you informed about the action you chose.',
    'A donation can be earmarked for one or more groups, within the limit set by law.',
    'Leaflets are customised online, then printed as PDF or PNG.',
    'To join a group, write to its organisers from its page.',
  ],
  es: [
    'Cada grupo local elige sus acciones y las anuncia en la agenda del movimiento.',
    'Las formaciones son gratuitas y abiertas a cualquier persona que quiera comprometerse.',
    'Sus datos personales solo sirven para mantenerle informado de la acción elegida.',
    'Una donación puede destinarse a uno o varios grupos, dentro del límite legal.',
    'Los folletos se personalizan en línea y se imprimen en PDF o PNG.',
    'Para unirse a un grupo, escriba a sus responsables desde su página.',
  ],
  de: [
    'Jede Ortsgruppe wählt ihre Aktionen und kündigt sie im Kalender der Bewegung an.',
    'Die Schulungen sind kostenlos und allen offen, die sich engagieren möchten.',
    'Ihre persönlichen Daten dienen nur dazu, Sie über die gewählte Aktion zu informieren.',
    'Eine Spende kann im gesetzlichen Rahmen einer oder mehreren Gruppen zugedacht werden.',
    'Flugblätter werden online angepasst und dann als PDF oder PNG gedruckt.',
    'Um einer Gruppe beizutreten, schreiben Sie ihren Verantwortlichen über ihre Seite.',
  ],
  it: [
    'Ogni gruppo locale sceglie le sue azioni e le annuncia nell’agenda del movimento.',
    'Le formazioni sono gratuite e aperte a chiunque voglia impegnarsi.',
    'I suoi dati personali servono solo a tenerla informata sull’azione scelta.',
    'Una donazione può essere destinata a uno o più gruppi, nel limite previsto dalla legge.',
    'I volantini si personalizzano online e si stampano in PDF o PNG.',
    'Per unirsi a un gruppo, scriva ai suoi responsabili dalla sua pagina.',
  ],
  pt: [
    'Cada grupo local escolhe as suas ações e anuncia-as na agenda do movimento.',
    'As formações são gratuitas e abertas a qualquer pessoa que queira envolver-se.',
    'Os seus dados pessoais servem apenas para o manter informado sobre a ação escolhida.',
    'Um donativo pode ser destinado a um ou mais grupos, dentro do limite previsto na lei.',
    'Os folhetos personalizam-se online e imprimem-se em PDF ou PNG.',
    'Para aderir a um grupo, escreva aos seus responsáveis a partir da sua página.',
  ],
  ar: [
    'تختار كل مجموعة محلية أنشطتها وتعلن عنها في جدول أعمال الحركة.',
    'الدورات التدريبية مجانية ومفتوحة لكل من يرغب في الالتزام.',
    'لا تُستخدم بياناتك الشخصية إلا لإبقائك على اطلاع بالنشاط الذي اخترته.',
    'يمكن تخصيص التبرع لمجموعة واحدة أو أكثر، في حدود ما ينص عليه القانون.',
    'تُخصَّص المنشورات عبر الإنترنت ثم تُطبع بصيغة PDF أو PNG.',
    'للانضمام إلى مجموعة، راسل مسؤوليها من صفحتها.',
  ],
}

const questions: Record<string, string> = {
  fr: 'Comment fonctionne le point n° {n} de notre organisation ?',
  en: 'How does item no. {n} of our organisation work?',
  es: '¿Cómo funciona el punto n.º {n} de nuestra organización?',
  de: 'Wie funktioniert Punkt Nr. {n} unserer Organisation?',
  it: 'Come funziona il punto n. {n} della nostra organizzazione?',
  pt: 'Como funciona o ponto n.º {n} da nossa organização?',
  ar: 'كيف يعمل البند رقم {n} في تنظيمنا؟',
}

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const block = (type: string, children: object[], extra: object = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

/** A rich-text answer as Lexical stores it: 2 to 5 paragraphs of 2 to 4 sentences, a bold sentence, a list in every third. */
const answer = (locale: string, index: number) => {
  const bank = sentences[locale]!
  const sentence = (offset: number) => bank[(index + offset) % bank.length]!
  const paragraphs = Array.from({ length: 2 + (index % 4) }, (_, paragraph) =>
    block(
      'paragraph',
      Array.from({ length: 2 + ((index + paragraph) % 3) }, (_, position) =>
        text(`${sentence(paragraph * 3 + position)} `, position === 1 ? 1 : 0),
      ),
      { textFormat: 0, textStyle: '' },
    ),
  )
  const list =
    index % 3 === 0
      ? [
          block(
            'list',
            [0, 1, 2].map((item) => block('listitem', [text(sentence(item + 2))], { value: item + 1 })),
            { listType: 'bullet', start: 1, tag: 'ul' },
          ),
        ]
      : []
  return { root: block('root', [...paragraphs, ...list]) }
}

const question = (locale: string, index: number) => questions[locale]!.replace('{n}', String(index + 1))

/** One FAQ as the database stores it: its localized fields hold each of its plan's languages. */
const faqData = (index: number, now: string) => {
  const languages = planOf(index) === 'partial' ? partialLocales : localeCodes
  const inEach = (value: (locale: string) => unknown) => Object.fromEntries(languages.map((locale) => [locale, value(locale)]))
  return {
    _status: 'published',
    question: inEach((locale) => question(locale, index)),
    slug: faqSlug(index),
    answer: inEach((locale) => answer(locale, index)),
    category: 'movement',
    order: index,
    themes: [],
    publishedAt: now,
    createdAt: now,
    updatedAt: now,
  }
}

/**
 * Writes `count` FAQs beneath the CMS (no hooks: no translation status either), in batches of
 * 250 in their own transaction, four at a time, as content/seed/scale.ts does.
 */
export const seedFaqs = async (payload: Payload, count: number): Promise<void> => {
  const batches: number[][] = []
  for (let first = 0; first < count; first += 250)
    batches.push(Array.from({ length: Math.min(250, count - first) }, (_, offset) => first + offset))
  const writeBatch = async (indexes: number[]) => {
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    const req = { transactionID, payload } as never
    for (const index of indexes) {
      const now = new Date().toISOString()
      const data = faqData(index, now)
      const created = await payload.db.create({ collection: 'faqs', data, req, select: { id: true } })
      await payload.db.createVersion({
        collectionSlug: 'faqs',
        parent: created.id,
        versionData: { ...data, id: created.id } as never,
        autosave: false,
        createdAt: now,
        updatedAt: now,
        req,
        returning: false,
      })
    }
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  }
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let batch = batches.shift(); batch; batch = batches.shift()) await writeBatch(batch)
    }),
  )
}

/**
 * Each language's expected counts once the revised documents' French has changed, with `moved`
 * complete documents also revised (the saves measured): what the dashboard must show.
 */
export const expectedCounts = (count: number, moved: number): Record<string, { missing: number; outdated: number; upToDate: number }> => {
  const plans = { complete: 0, partial: 0, revised: 0 }
  for (let index = 0; index < count; index++) plans[planOf(index)] += 1
  return Object.fromEntries(
    localeCodes
      .filter((locale) => locale !== defaultLocale)
      .map((locale) => {
        const partialHas = partialLocales.includes(locale)
        return [
          locale,
          {
            missing: partialHas ? 0 : plans.partial,
            outdated: plans.revised + moved,
            upToDate: plans.complete - moved + (partialHas ? plans.partial : 0),
          },
        ]
      }),
  )
}

interface SqlTables {
  drizzle: {
    update: (table: unknown) => { set: (values: object) => { where: (condition: unknown) => Promise<unknown> } }
    select: (fields: object) => { from: (table: unknown) => { where: (condition: unknown) => unknown } }
  }
  tables: Record<string, Record<string, Column>>
}

/**
 * Changes the French question of FAQs `ids` beneath the CMS (no hook: their status is not
 * recomputed), in the document and in its versions, as an import that revised the French would:
 * their translations become outdated at the next recompute. One UPDATE per table.
 */
export const reviseFrench = async (payload: Payload, ids: readonly (number | string)[]): Promise<void> => {
  const { drizzle, tables } = payload.db as unknown as SqlTables
  const locales = tables.faqs_locales!
  const versions = tables._faqs_v!
  const versionLocales = tables._faqs_v_locales!
  const revised = (column: Column) => sql`${column} || ' (révisé)'`
  await drizzle
    .update(locales)
    .set({ question: revised(locales.question!) })
    .where(and(eq(locales._locale!, defaultLocale), inArray(locales._parentID!, [...ids])))
  await drizzle
    .update(versionLocales)
    .set({ version_question: revised(versionLocales.version_question!) })
    .where(
      and(
        eq(versionLocales._locale!, defaultLocale),
        inArray(
          versionLocales._parentID!,
          drizzle
            .select({ id: versions.id })
            .from(versions)
            .where(inArray(versions.parent!, [...ids])) as never,
        ),
      ),
    )
}
