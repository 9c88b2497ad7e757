import type { Payload, TaskConfig } from 'payload'

import { defaultLocale, type LocaleCode } from '../../publication/locales'
import { translatorLocales } from '../access/roles'
import { composeTranslationDigest } from '../translations/digest/compose'
import { claimDigestDay, claimKey, digestClaims, forgetClaims, parisDay, parisHour } from '../translations/digest/digestClaims'
import { type DigestWindow, type PendingDocument, pendingWork } from '../translations/digest/pendingWork'
import { emailQueue } from './registrationEmails'

/** The hour (in Paris) from which the day's digests go out: after a working day's publications. */
export const digestHour = 18

/** How far back a translator's first digest looks: the day before. */
const firstDigestLookbackMs = 24 * 3_600_000

/**
 * Emails each translator, at most once a day (a day in Paris), the documents in their languages
 * that French publications gave them work on since their last digest (outdated translations,
 * texts French gained): one email per translator, nothing when there is nothing. The day is
 * claimed before sending (cms/translations/digest/digestClaims.ts), so that a retry or a second
 * run sends nothing twice; a send that fails gives the day back and is tried on the next run.
 * The email is in French, the admin's language: a user's admin language is a cookie of their
 * browser, not stored. Logs ids and counts only. Says how many it sent; throws after trying
 * everyone when a send failed (the job is retried).
 */
export const sendTranslationDigests = async (payload: Payload, now = new Date()): Promise<number> => {
  const day = parisDay(now)
  const { docs: translators } = await payload.find({
    collection: 'users',
    where: { role: { equals: 'translator' } },
    select: { email: true, name: true, languages: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  // Translators whose last digest closed at the same moment share their window: computed once.
  const workSince = new Map<number, Promise<PendingDocument[]>>()
  const workFor = (window: DigestWindow) => {
    const key = window.since.getTime()
    if (!workSince.has(key)) workSince.set(key, pendingWork(payload, window))
    return workSince.get(key)!
  }
  let sent = 0
  let failed = 0
  for (const translator of translators) {
    const languages: LocaleCode[] = translatorLocales(translator)
    if (languages.length === 0) continue
    const claims = await digestClaims(payload, translator.id)
    if (claims.some((claim) => claim.day === day)) continue
    const since = claims.at(-1)?.until ?? new Date(now.getTime() - firstDigestLookbackMs)
    const documents = (await workFor({ since, until: now })).filter((document) => languages.includes(document.locale))
    if (documents.length === 0) continue
    if (!(await claimDigestDay(payload, translator.id, day, now))) continue
    try {
      await payload.sendEmail(composeTranslationDigest({ language: defaultLocale, to: translator.email, name: translator.name, documents }))
    } catch (error) {
      await forgetClaims(payload, [claimKey(translator.id, day)])
      payload.logger.error(`Translation digest: not sent to user ${translator.id} (${(error as Error).message})`)
      failed += 1
      continue
    }
    // The new claim alone says where the next window opens.
    await forgetClaims(
      payload,
      claims.map((claim) => claim.key),
    )
    payload.logger.info(`Translation digest: sent to user ${translator.id} (${documents.length} documents)`)
    sent += 1
  }
  if (failed > 0) throw new Error(`Translation digest: ${failed} not sent`)
  return sent
}

/**
 * Hourly (Payload's scheduler, run by the admin server's autoRun on the email queue; its cron
 * knows no time zone), sending from `digestHour` in Paris: the first run of the evening sends the
 * day's digests, the later ones those that failed or had no work yet, never a second one.
 */
export const translationDigestTask: TaskConfig<{ input: object; output: { sent: number } }> = {
  slug: 'translationDigest',
  label: 'Email translators what French publications gave them to update',
  schedule: [{ cron: '0 0 * * * *', queue: emailQueue }],
  retries: 2,
  handler: async ({ req }) => {
    const now = new Date()
    return { output: { sent: parisHour(now) < digestHour ? 0 : await sendTranslationDigests(req.payload, now) } }
  },
}
