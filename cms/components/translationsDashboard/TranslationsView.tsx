import { DefaultTemplate } from '@payloadcms/next/templates'
import { getTranslation } from '@payloadcms/translations'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { hasRole } from '../../access/roles'
import { translationPaths } from '../../endpoints/translations'
import { type DashboardSort, type LanguageProgress, translationsDashboard } from '../../translations/dashboard'
import { translationsText } from '../../translations/messages'
import { translateParameter } from '../../translations/listFilter'
import { NumberHeadings, numberCell, panel, searchParameter } from '../admin/adminPanel'
import { ImportTranslations } from './ImportTranslations'

type Text = ReturnType<typeof translationsText>

/** A collection's list, filtered to the documents to translate into a language, shown in that language. */
const listUrl = (adminRoute: string, collection: string, code: string) =>
  `${adminRoute}/collections/${collection}?${new URLSearchParams({ [translateParameter]: code, locale: code })}`

const Progress = ({ percent, label }: { percent: number; label: string }) => (
  <progress max={100} value={percent} aria-label={label} title={`${percent} %`} style={{ inlineSize: '8rem', blockSize: '0.8rem' }} />
)

/** One language's table: per collection, its documents in each state, with a link to those to translate. */
function LanguageSection({
  language,
  adminRoute,
  apiRoute,
  labelOf,
  t,
}: {
  language: LanguageProgress
  adminRoute: string
  apiRoute: string
  labelOf: (slug: string) => string
  t: Text
}) {
  const { code, label, collections, totals, interfaceStrings, subtitles } = language
  const headingId = `translations-${code}`
  return (
    <section aria-labelledby={headingId} style={panel}>
      <h2 id={headingId} style={{ margin: '0 0 0.5rem', fontSize: '1.2rem' }}>
        {label} — {totals.percent} %
      </h2>
      <table style={{ borderCollapse: 'collapse', inlineSize: '100%' }}>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'start' }}>
              {t('collection')}
            </th>
            <NumberHeadings labels={[t('missing'), t('outdated'), t('upToDate')]} />
            <th scope="col" style={{ ...numberCell, textAlign: 'start' }}>
              {t('progress')}
            </th>
          </tr>
        </thead>
        <tbody>
          {collections.map((entry) => (
            <tr key={entry.collection}>
              <th scope="row" style={{ textAlign: 'start', fontWeight: 'normal' }}>
                {entry.missing + entry.outdated > 0 ? (
                  <a href={listUrl(adminRoute, entry.collection, code)} title={t('openList')}>
                    {labelOf(entry.collection)}
                  </a>
                ) : (
                  labelOf(entry.collection)
                )}
              </th>
              <td style={numberCell}>{entry.missing}</td>
              <td style={numberCell}>{entry.outdated}</td>
              <td style={numberCell}>{entry.upToDate}</td>
              <td style={numberCell}>
                {entry.total === 0 ? (
                  <span style={{ color: 'var(--theme-elevation-500)' }}>{t('nothingYet')}</span>
                ) : (
                  <Progress
                    percent={entry.percent}
                    label={t('progressLabel', { percent: entry.percent, language: label, collection: labelOf(entry.collection) })}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" style={{ textAlign: 'start' }}>
              {t('total')}
            </th>
            <td style={numberCell}>{totals.missing}</td>
            <td style={numberCell}>{totals.outdated}</td>
            <td style={numberCell}>{totals.upToDate}</td>
            <td style={numberCell}>{totals.missing + totals.outdated === 0 ? t('allDone') : `${totals.percent} %`}</td>
          </tr>
        </tfoot>
      </table>
      <h3 style={{ margin: '0.75rem 0 0.25rem', fontSize: '1rem' }}>{t('interfaceTitle')}</h3>
      {interfaceStrings.missing.length === 0 ? (
        <p style={{ margin: 0 }}>{t('interfaceComplete', { total: interfaceStrings.total })}</p>
      ) : (
        <details>
          <summary>{t('interfaceMissing', { count: interfaceStrings.missing.length, total: interfaceStrings.total, file: code })}</summary>
          <ul style={{ columns: '16rem', margin: '0.25rem 0 0' }}>
            {interfaceStrings.missing.map((key) => (
              <li key={key}>
                <code>{key}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      <h3 style={{ margin: '0.75rem 0 0.25rem', fontSize: '1rem' }}>{t('subtitlesTitle')}</h3>
      <p style={{ margin: 0 }}>
        {subtitles.withoutTrack === 0 ? (
          t('subtitlesComplete')
        ) : (
          <a href={`${adminRoute}/collections/videos?${new URLSearchParams({ locale: code })}`}>
            {t('subtitlesMissing', { count: subtitles.withoutTrack })}
          </a>
        )}
      </p>
      <form
        method="get"
        action={`${apiRoute}${translationPaths.export}`}
        style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'end', marginBlockStart: '0.75rem' }}
      >
        <input type="hidden" name="lang" value={code} />
        <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'flex', gap: '0.5rem', alignItems: 'end', flexWrap: 'wrap' }}>
          <legend style={{ fontWeight: 600 }}>{t('exportTitle')}</legend>
          <label>
            {t('collection')}{' '}
            <select name="collection" defaultValue="">
              <option value="">{t('exportAll')}</option>
              {collections.map((entry) => (
                <option key={entry.collection} value={entry.collection}>
                  {labelOf(entry.collection)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('format')}{' '}
            <select name="format" defaultValue="xliff">
              <option value="xliff">XLIFF 2.0</option>
              <option value="json">JSON</option>
            </select>
          </label>
          <button type="submit">{t('exportButton')}</button>
        </fieldset>
        <p style={{ flexBasis: '100%', margin: 0, color: 'var(--theme-elevation-600)' }}>{t('exportHelp')}</p>
      </form>
    </section>
  )
}

/**
 * The Translations dashboard (`/admin/translations`): for each language the reader works in,
 * per collection, the documents to translate, to review and up to date, with progress bars and
 * links to the documents; the site's missing interface strings; export and import. Server component.
 */
export async function TranslationsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const { payload, user, i18n } = req
  const t = translationsText(i18n.language)
  const allowed = user && hasRole(user, 'admin', 'editor', 'translator')
  const sort: DashboardSort = searchParameter(searchParams, 'sort') === 'work' ? 'work' : 'reading'
  const languages = allowed ? await translationsDashboard(payload, user, sort) : []
  const { admin: adminRoute, api: apiRoute } = payload.config.routes
  const labelOf = (slug: string) => getTranslation(payload.collections[slug as 'faqs']?.config.labels.plural ?? slug, i18n)
  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        {!allowed || languages.length === 0 ? (
          <p role="status">{t('noLanguages')}</p>
        ) : (
          <>
            {hasRole(user, 'translator') && (
              <p>{t('yourLanguages', { languages: languages.map((language) => language.label).join(', ') })}</p>
            )}
            <nav aria-label={t('sortBy')} style={{ marginBlockEnd: 'var(--base)' }}>
              {t('sortBy')}{' '}
              {(['reading', 'work'] as const).map((option) => (
                <a
                  key={option}
                  href={`${adminRoute}/translations?sort=${option}`}
                  aria-current={sort === option ? 'page' : undefined}
                  style={{ marginInlineEnd: '0.75rem', fontWeight: sort === option ? 600 : 'normal' }}
                >
                  {t(option === 'reading' ? 'sortReading' : 'sortWork')}
                </a>
              ))}
            </nav>
            {languages.map((language) => (
              <LanguageSection
                key={language.code}
                language={language}
                adminRoute={adminRoute}
                apiRoute={apiRoute}
                labelOf={labelOf}
                t={t}
              />
            ))}
            <ImportTranslations action={`${apiRoute}${translationPaths.import}`} language={i18n.language} />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
