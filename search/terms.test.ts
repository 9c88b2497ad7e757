import { describe, expect, it } from 'vitest'

import { stemArabic } from './arabicStemmer'
import { type Analyzer, analyzerFor, maxQueryWords, queryOf, shardFile, shardOf } from './terms'

const analyzers = new Map<string, Analyzer>()
for (const locale of ['fr', 'en', 'es', 'de', 'it', 'pt', 'ar']) analyzers.set(locale, await analyzerFor(locale))
/** The term of each word: words that must meet share one term. */
const terms = (locale: string, ...words: string[]) => words.map((word) => analyzers.get(locale)?.termOf(word))

describe('terms of the static index', () => {
  it('folds words and leaves out one-letter and common words of the language', () => {
    expect(analyzers.get('fr')?.termsOf("L'Avenir en commun, à la Une")).toEqual(['aven', 'commun'])
    expect(analyzers.get('en')?.termsOf('The planning of the 6e République')).toEqual(['plan', '6e', 'republiqu'])
  })

  it.each<[string, string[][]]>([
    // plurals (French -x and -aux, English -es), feminines, a verb and its noun
    [
      'fr',
      [
        ['élections', 'élection', 'election'],
        ['journaux', 'journal'],
        ['généraux', 'général'],
        ['militantes', 'militante', 'militant'],
        ['organiser', 'organisation'],
        ['manifester', 'manifestation'],
        ['retraités', 'retraite'],
      ],
    ],
    [
      'en',
      [
        ['taxes', 'tax'],
        ['churches', 'church'],
        ['policies', 'policy'],
        ['actresses', 'actress'],
        ['organise', 'organising', 'organisation'],
        ['meetings', 'meeting'],
        ['speaking', 'speak'],
      ],
    ],
    [
      'es',
      [
        ['elecciones', 'elección'],
        ['pensiones', 'pensión'],
        ['trabajadoras', 'trabajador'],
        ['pública', 'públicos'],
        ['organizar', 'organización'],
        ['votar', 'voto'],
      ],
    ],
    [
      'de',
      [
        ['Wahlen', 'Wahl', 'wählen'],
        ['Häuser', 'Haus'],
        ['Löhne', 'Lohn'],
        ['Arbeiterinnen', 'Arbeiterin', 'Arbeiter'],
        ['Versammlungen', 'Versammlung'],
        ['öffentliche', 'öffentlich'],
      ],
    ],
    [
      'it',
      [
        ['elezioni', 'elezione'],
        ['pensioni', 'pensione'],
        ['lavoratrici', 'lavoratore'],
        ['pubblica', 'pubblico'],
        ['organizzare', 'organizzazione'],
        ['riunioni', 'riunione'],
      ],
    ],
    [
      'pt',
      [
        ['eleições', 'eleição'],
        ['pensões', 'pensão'],
        ['reuniões', 'reunião'],
        ['trabalhadoras', 'trabalhador'],
        ['pública', 'público'],
        ['organizar', 'organização'],
        ['planejar', 'planejamento'],
      ],
    ],
    [
      'ar',
      [
        ['الانتخابات', 'انتخاب'],
        ['المعلمون', 'معلم'],
        ['والتعليم', 'تعليم'],
        ['الديمقراطية', 'ديمقراطية'],
        ['مدرسة', 'المدرسة'],
      ],
    ],
  ])('%s: plurals, feminines, and verbs with their nouns meet on one term', (locale, groups) => {
    for (const words of groups) {
      const found = terms(locale, ...words)
      expect(found, words.join(' / ')).not.toContain(null)
      expect(new Set(found).size, `${words.join(' / ')} → ${found.join(' / ')}`).toBe(1)
    }
  })

  it('keeps apart words that only look alike', () => {
    expect(new Set(terms('fr', 'formation', 'forme', 'formulaire')).size).toBe(3)
    expect(new Set(terms('en', 'public', 'publish')).size).toBe(2)
  })

  it('stems Arabic lightly: conjunction, article and suffixes off, no root sought', () => {
    expect(stemArabic('والمعلمات')).toBe('معلم')
    expect(stemArabic('أحزاب')).toBe('احزاب')
    expect(stemArabic('كتب')).toBe('كتب')
  })

  const analyzersOf = (...locales: string[]) => locales.map((locale) => analyzers.get(locale)) as [Analyzer, ...Analyzer[]]

  it('keeps a query’s words by term, once, and names its stop words', () => {
    expect(queryOf('Comment organiser une réunion, l’organisation', analyzersOf('fr'))).toEqual({
      words: [
        { word: 'organiser', terms: ['organis'] },
        { word: 'réunion', terms: ['reunion'] },
      ],
      stopWords: ['Comment', 'une'],
    })
    expect(queryOf('¿Cómo votar?', analyzersOf('es')).stopWords).toEqual(['Cómo'])
    expect(queryOf('Wie wählen?', analyzersOf('de')).words).toEqual([{ word: 'wählen', terms: ['wahl'] }])
  })

  it('gives a query word its terms in the page’s language and in French, the language of untranslated texts', () => {
    const query = queryOf('Como ler os journaux', analyzersOf('pt', 'fr'))
    expect(query.stopWords).toEqual(['Como', 'os'])
    expect(query.words.map((word) => word.word)).toEqual(['ler', 'journaux'])
    // French "journaux" is stemmed as French too: it meets "journal" in a French text.
    expect(query.words[1]?.terms).toContain(analyzers.get('fr')?.termOf('journal'))
  })

  it('searches a query’s first words only: a link holding thousands costs a phone no more than a question', () => {
    const words = Array.from({ length: 20_000 }, (_, at) => `x${at}`)
    const query = queryOf(words.join(' '), analyzersOf('fr'))
    expect(query.words.map(({ word }) => word)).toEqual(words.slice(0, maxQueryWords))
  })

  it('names shard files safely, whatever the script', () => {
    expect(shardOf('formation')).toBe('fo')
    expect(shardFile('fo')).toBe('fo.json')
    expect(shardFile('تد')).toBe('_62a_62f.json')
  })
})
