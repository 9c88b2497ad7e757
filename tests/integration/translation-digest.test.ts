import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { sendTranslationDigests } from '../../cms/jobs/translationDigest'
import type { Faq, User } from '../../cms/payload-types'
import { parisDay } from '../../cms/translations/digest/digestClaims'
import { env } from '../../env'
import { describeOnDatabase, testPayload } from './database'
import { createUser, publishedFaqData, richText, uniqueSlug } from './fixtures'
import { LoopbackMailbox } from './loopbackMailbox'

describeOnDatabase('translation digest: translators emailed what French publications gave them to update', () => {
  let payload: Payload
  const mailbox = new LoopbackMailbox()
  const logged: string[] = []
  let german: User
  let spanish: User
  let idle: User
  let faq: Faq

  const translator = (name: string, languages: ('de' | 'es' | 'pt')[]) => createUser(payload, 'translator', languages, [], name)

  /** Today's digests become yesterday's, as if a day had passed. */
  const passADay = async () => {
    const today = parisDay(new Date())
    const yesterday = parisDay(new Date(Date.now() - 86_400_000))
    const { docs } = await payload.find({ collection: 'payload-kv', where: { key: { like: `:${today}` } }, pagination: false })
    for (const { id, key } of docs) {
      await payload.update({ collection: 'payload-kv', id, data: { key: key.replace(`:${today}`, `:${yesterday}`) } })
    }
  }

  const publishFrench = (data: Partial<Faq>) =>
    payload.update({ collection: 'faqs', id: faq.id, locale: 'fr', data: { ...data, _status: 'published' } })

  beforeAll(async () => {
    await mailbox.open()
    // The email adapter reads SMTP_URL when the CMS starts.
    process.env.SMTP_URL = `smtp://127.0.0.1:${mailbox.port}`
    payload = await testPayload()
    const logger = payload.logger as unknown as Record<string, (...args: unknown[]) => void>
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal']) {
      const original = logger[level]!.bind(payload.logger)
      logger[level] = (...args: unknown[]) => {
        logged.push(args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : JSON.stringify(arg))).join(' '))
        original(...args)
      }
    }
    german = await translator('Übersetzerin', ['de'])
    spanish = await translator('Traductora', ['es'])
    idle = await translator('Tradutora', ['pt'])
    faq = await payload.create({ collection: 'faqs', data: publishedFaqData() })
    await payload.update({
      collection: 'faqs',
      id: faq.id,
      locale: 'de',
      draft: true,
      data: { question: 'Wie trete ich bei?', answer: richText('Online.') },
    })
    // Every translator's digest of the day so far (this file's FAQ, other files' documents): what follows starts clean.
    await sendTranslationDigests(payload)
    mailbox.received.length = 0
  })

  afterAll(async () => {
    await mailbox.close()
  })

  it('a French publication that outdates the German translation: the German translator gets one email listing it, the others none', async () => {
    await passADay()
    await publishFrench({ question: 'Comment adhérer au mouvement ?' })
    await sendTranslationDigests(payload)

    const mails = mailbox.to(german.email)
    expect(mails).toHaveLength(1)
    const mail = mails[0]!
    expect(mail.subject).toBe('Traductions à mettre à jour')
    expect(mail.text).toContain('Bonjour Übersetzerin,')
    expect(mail.text).toContain('ALLEMAND')
    expect(mail.text).toContain('Questions fréquentes')
    expect(mail.text).toContain(
      `- Comment adhérer au mouvement ? — 1 texte à revoir\n  ${env.serverUrl}/admin/collections/faqs/${faq.id}?locale=de`,
    )
    expect(mail.text).toContain(`${env.serverUrl}/admin/translations`)
    expect(mail.html).toContain(`href="${env.serverUrl}/admin/collections/faqs/${faq.id}?locale=de"`)
    // Nobody else's name or address.
    for (const other of [spanish, idle]) {
      expect(`${mail.text}${mail.html}`).not.toContain(other.email)
      expect(`${mail.text}${mail.html}`).not.toContain(other.name)
    }
    // Spanish was still to translate: a changed French question gives no new work.
    expect(mailbox.to(spanish.email)).toHaveLength(0)
  })

  it('at most one a day: a second run, two runs at once, another publication the same day send nothing more; the next day does', async () => {
    await sendTranslationDigests(payload)
    await publishFrench({ answer: richText('En ligne ou par courrier.') as never })
    await Promise.all([sendTranslationDigests(payload), sendTranslationDigests(payload)])
    expect(mailbox.to(german.email)).toHaveLength(1)

    await passADay()
    await Promise.all([sendTranslationDigests(payload), sendTranslationDigests(payload)])
    const mails = mailbox.to(german.email)
    expect(mails).toHaveLength(2)
    expect(mails[1]!.text).toContain('- Comment adhérer au mouvement ? — 2 textes à revoir')
  })

  it('a French draft sends nothing until it is published', async () => {
    await passADay()
    await payload.update({
      collection: 'faqs',
      id: faq.id,
      locale: 'de',
      draft: true,
      data: { question: 'Wie trete ich der Bewegung bei?', answer: richText('Online oder per Post.') },
    })
    await payload.update({ collection: 'faqs', id: faq.id, locale: 'fr', draft: true, data: { question: 'Comment nous rejoindre ?' } })
    await sendTranslationDigests(payload)
    expect(mailbox.to(german.email)).toHaveLength(2)

    await publishFrench({})
    await sendTranslationDigests(payload)
    const mails = mailbox.to(german.email)
    expect(mails).toHaveLength(3)
    expect(mails[2]!.text).toContain('- Comment nous rejoindre ? — 1 texte à revoir')
  })

  it('a translator given no new work gets nothing; the log names no one', () => {
    expect(mailbox.to(spanish.email)).toHaveLength(0)
    expect(mailbox.to(idle.email)).toHaveLength(0)
    const log = logged.join('\n')
    expect(log).toContain(`Translation digest: sent to user ${german.id}`)
    for (const person of [german, spanish, idle]) {
      expect(log).not.toContain(person.email)
      expect(log).not.toContain(person.name)
    }
  })

  it('a collection without drafts (saves are public): a new theme to translate, a French change outdating its German', async () => {
    await passADay()
    const theme = await payload.create({ collection: 'themes', data: { name: 'Écologie', slug: uniqueSlug('theme'), colour: '#1d5e3a' } })
    await payload.update({ collection: 'themes', id: theme.id, locale: 'de', data: { name: 'Ökologie' } })
    await payload.update({ collection: 'themes', id: theme.id, locale: 'fr', data: { name: 'Écologie politique' } })
    await sendTranslationDigests(payload)
    expect(mailbox.to(german.email).at(-1)!.text).toContain(
      `Thèmes\n- Écologie politique — 1 texte à revoir\n  ${env.serverUrl}/admin/collections/themes/${theme.id}?locale=de`,
    )
    expect(mailbox.to(spanish.email)).toHaveLength(1)
    expect(mailbox.to(spanish.email)[0]!.text).toContain('ESPAGNOL')
    expect(mailbox.to(spanish.email)[0]!.text).toContain('- Écologie politique — 1 texte à traduire')
  })

  it('a digest the SMTP server refused is sent by the next run, that day', async () => {
    await passADay()
    await publishFrench({ question: 'Comment adhérer en ligne ?' })
    mailbox.refusing = true
    // Translators of other test files, sharing the database, may be refused too: at least this one was.
    await expect(sendTranslationDigests(payload)).rejects.toThrow(/Translation digest: [1-9]\d* not sent/)
    mailbox.refusing = false
    const before = mailbox.to(german.email).length
    await sendTranslationDigests(payload)
    expect(mailbox.to(german.email)).toHaveLength(before + 1)
    expect(mailbox.to(german.email).at(-1)!.text).toContain('- Comment adhérer en ligne ? — 1 texte à revoir')
  })
})
