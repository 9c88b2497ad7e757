import type { Endpoint, PayloadRequest } from 'payload'

import { defaultLocale, isLocaleCode } from '../../publication/locales'
import { hasRole } from '../access/roles'
import { documentTranslationStatus } from '../translations/documentStatus'
import { exportTranslations, importTranslations, writesLanguage } from '../translations/exchange'
import { readTranslationFile, writeTranslationFile } from '../translations/formats'
import { fileErrorText, withProblemTexts } from '../translations/formats/messages'
import { TranslationFileError } from '../translations/formats/units'
import { translationsText } from '../translations/messages'
import { isDocumentId, isTranslatableCollection } from '../translations/translatableCollections'
import { readBodyUpTo } from './formBody'

/**
 * The translation tools' endpoints, for staff signed in to the admin (same origin only, as every
 * staff session):
 * - `GET /api/translations/document?collection=&id=`: one document's status in each of the
 *   reader's languages, its French texts, and what changed in French since each outdated translation;
 * - `GET /api/translations/export?lang=&collection=&document=&format=xliff|json`: a language's texts
 *   to translate and to review, as a file to download;
 * - `POST /api/translations/import` (the file as the body): each document's units saved as a draft
 *   in the file's language, if their French is unchanged; answers the report. A file that cannot
 *   be read is refused whole (400) and nothing is written.
 */
export const translationPaths = {
  document: '/translations/document',
  export: '/translations/export',
  import: '/translations/import',
} as const

/** The largest translation file accepted: the whole programme in one language is well under 1 MB. */
const maxImportBytes = 20 * 1024 * 1024

const answer = (status: number, body: unknown) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
const problem = (status: number, message: string, extra: object = {}) => answer(status, { errors: [{ message, ...extra }] })

/** The refusal when the reader is not staff who translate; null when they are. */
const refusedReader = (req: PayloadRequest) => {
  if (!req.user) return problem(401, req.t('error:unauthorized'))
  if (!hasRole(req.user, 'admin', 'editor', 'translator')) return problem(403, req.t('error:notAllowedToPerformAction'))
  return null
}

export const translationEndpoints: Endpoint[] = [
  {
    path: translationPaths.document,
    method: 'get',
    handler: async (req) => {
      const refused = refusedReader(req)
      if (refused) return refused
      const collection = req.searchParams.get('collection')
      const id = req.searchParams.get('id') ?? ''
      if (!isTranslatableCollection(collection) || !isDocumentId(req.payload, id))
        return problem(400, req.t('error:invalidRequestArgs', { args: 'collection, id' }))
      const status = await documentTranslationStatus(req.payload, req.user!, collection, id)
      return status ? answer(200, status) : problem(404, req.t('error:notFound'))
    },
  },
  {
    path: translationPaths.export,
    method: 'get',
    handler: async (req) => {
      const refused = refusedReader(req)
      if (refused) return refused
      const language = req.searchParams.get('lang')
      const collection = req.searchParams.get('collection') || undefined
      const document = req.searchParams.get('document') || undefined
      const format = req.searchParams.get('format') ?? 'xliff'
      if (!isLocaleCode(language) || language === defaultLocale) return problem(400, req.t('error:invalidRequestArgs', { args: 'lang' }))
      if (!writesLanguage(req.user, language)) return problem(403, req.t('error:notAllowedToPerformAction'))
      if ((collection && !isTranslatableCollection(collection)) || (document && (!collection || !isDocumentId(req.payload, document)))) {
        return problem(400, req.t('error:invalidRequestArgs', { args: 'collection, document' }))
      }
      if (format !== 'xliff' && format !== 'json') return problem(400, req.t('error:invalidRequestArgs', { args: 'format' }))
      const file = await exportTranslations(req.payload, {
        language,
        ...(collection ? { collection } : {}),
        ...(document ? { document } : {}),
      } as never)
      const name = ['traductions', language, collection, document].filter(Boolean).join('-')
      return new Response(writeTranslationFile(file, format), {
        headers: {
          'Content-Type': format === 'xliff' ? 'application/xliff+xml; charset=utf-8' : 'application/json; charset=utf-8',
          'Content-Disposition': `attachment; filename="${name}.${format === 'xliff' ? 'xlf' : 'json'}"`,
          'Cache-Control': 'no-store',
        },
      })
    },
  },
  {
    path: translationPaths.import,
    method: 'post',
    handler: async (req) => {
      const refused = refusedReader(req)
      if (refused) return refused
      const body = await readBodyUpTo(req as unknown as Parameters<typeof readBodyUpTo>[0], maxImportBytes)
      if (!body) return problem(413, translationsText(req.i18n.language)('importTooLarge', { megabytes: maxImportBytes / 1024 / 1024 }))
      try {
        const { file, problems } = readTranslationFile(body.toString('utf8'))
        const report = await importTranslations(req.payload, req.user!, file, problems, req)
        return answer(200, { ...report, invalid: withProblemTexts(report.invalid, problems, req.i18n.language) })
      } catch (error) {
        if (!(error instanceof TranslationFileError)) throw error
        return problem(400, fileErrorText(req.i18n.language, error.code, error.params), { code: error.code, params: error.params })
      }
    },
  },
]
