import type { Payload, ServerProps } from 'payload'

import { env } from '../../env'
import type { SiteBuild } from '../payload-types'
import { formatAdminDate } from './admin/formatAdminDate'
import { formatDuration } from './admin/formatDuration'

type Translate = Parameters<typeof formatDuration>[1]

/**
 * On the admin dashboard: is the public site up to date? Shows the live
 * version, a build in progress or waiting, and a failed build with a link to
 * its log. Server component: reads the `site-builds` log directly.
 */
const latest = async (payload: Payload, status?: SiteBuild['status']) =>
  (
    await payload.find({
      collection: 'site-builds',
      where: status ? { status: { equals: status } } : {},
      sort: '-startedAt',
      limit: 1,
      depth: 0,
      select: { status: true, startedAt: true, pages: true, durationMs: true },
    })
  ).docs[0]

const pendingRebuilds = async (payload: Payload) =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    })
  ).totalDocs

export async function SiteStatus({ payload, i18n, user }: ServerProps) {
  if (!user || !payload || !i18n) return null
  const t = (key: string, vars?: Record<string, unknown>) => (i18n.t as (key: string, vars?: object) => string)(`hub:${key}`, vars)
  const [last, live, pending] = await Promise.all([latest(payload), latest(payload, 'succeeded'), pendingRebuilds(payload)])
  const when = (iso: string) => formatAdminDate(iso, i18n)
  const logLink = (build: { id: number | string }) => `${payload.config.routes.admin}/collections/site-builds/${build.id}`
  const failed = last?.status === 'failed'

  return (
    <section
      aria-labelledby="site-status-title"
      style={{
        marginBlockEnd: 'var(--base)',
        padding: 'calc(var(--base) * 0.75)',
        border: `1px solid ${failed ? 'var(--theme-error-500)' : 'var(--theme-elevation-150)'}`,
        borderRadius: 'var(--style-radius-m)',
        background: failed ? 'var(--theme-error-50)' : 'var(--theme-elevation-50)',
      }}
    >
      <h2 id="site-status-title" style={{ margin: 0, fontSize: '1.1rem' }}>
        {t('siteStatusTitle')}
      </h2>
      <p role="status" style={{ marginBlock: '0.5rem' }}>
        {live
          ? t('siteStatusLive', {
              date: when(live.startedAt),
              pages: live.pages ?? 0,
              duration: formatDuration(live.durationMs ?? 0, i18n.t as Translate),
            })
          : t('siteStatusNever')}
        {last?.status === 'running' && <> {t('siteStatusBuilding', { date: when(last.startedAt) })}</>}
        {last?.status !== 'running' && pending > 0 && <> {t('siteStatusQueued')}</>}
      </p>
      {failed && last && (
        <p role="alert" style={{ marginBlock: '0.5rem', color: 'var(--theme-error-750)' }}>
          {t('siteStatusFailed', { date: when(last.startedAt) })} <a href={logLink(last)}>{t('siteStatusViewLog')}</a>
        </p>
      )}
      <p style={{ margin: 0, display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
        <a href={env.siteUrl} target="_blank" rel="noopener">
          {t('siteStatusOpen')}
        </a>
        <a href={`${payload.config.routes.admin}/collections/site-builds`}>{t('siteStatusAllBuilds')}</a>
      </p>
    </section>
  )
}
