import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { describeOnDatabase, testPayload } from '../database'
import { createUser, minimalDocuments } from '../fixtures'
import { type ApiClient, apiClient, logIn } from '../apiClient'

/**
 * Threat: an anonymous read racing a save caches the state from before the
 * save, so an unpublished or deleted document stays public (up to the cache's
 * 60 s) after the editor was told it was saved. The commit is made slow on
 * purpose by a hook that waits, longer than any fixed delay would cover.
 */
describeOnDatabase('the API cache racing a slow save', () => {
  let payload: Payload
  let rest: ApiClient['request']
  let staff: Record<string, string>
  /** While set, every save and delete of an FAQ waits for it, before the commit. */
  let slowCommit: Promise<void> | null = null

  const waitForTheTest: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ doc }) => {
    await slowCommit
    return doc
  }

  /** Holds the commit of the save that `save` starts, lets an anonymous read race it, then lets it commit. */
  const raceAgainst = async (save: () => Promise<Response>, path: string) => {
    let release = () => {}
    slowCommit = new Promise((resolve) => (release = resolve))
    const saved = save()
    // Longer than the hooks of the save take to reach the wait, and than the old 1 s re-invalidation.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const racing = await rest('GET', path)
    release()
    const response = await saved
    slowCommit = null
    return { racing, response }
  }

  const publishedFaq = async () => {
    const faq = await payload.create({
      collection: 'faqs',
      data: { ...minimalDocuments({ visual: 0, vtt: 0 }).faqs, _status: 'published' },
    })
    const path = `faqs/${faq.id}?depth=0`
    expect((await rest('GET', path)).status).toBe(200)
    expect((await rest('GET', path)).headers.get('x-hub-cache')).toBe('hit')
    return { faq, path }
  }

  beforeAll(async () => {
    payload = await testPayload()
    rest = (await apiClient()).request
    const editor = await createUser(payload, 'editor')
    const { response } = await logIn(rest, editor.email)
    staff = { authorization: `JWT ${((await response.json()) as { token: string }).token}` }
    const hooks = payload.collections.faqs.config.hooks
    hooks.afterChange.push(waitForTheTest)
    hooks.afterDelete.push(waitForTheTest)
  })

  it('never serves an unpublished document once its save has returned', async () => {
    const { faq, path } = await publishedFaq()
    const { response } = await raceAgainst(() => rest('PATCH', `faqs/${faq.id}`, { headers: staff, body: { _status: 'draft' } }), path)
    expect(response.status).toBe(200)

    const afterSave = await rest('GET', path)
    expect(afterSave.status).toBe(404)
    const list = (await (await rest('GET', `faqs?where[id][equals]=${faq.id}`)).json()) as { docs: unknown[] }
    expect(list.docs).toEqual([])
  })

  it('never serves a deleted document once its deletion has returned', async () => {
    const { faq, path } = await publishedFaq()
    const { response } = await raceAgainst(() => rest('DELETE', `faqs/${faq.id}`, { headers: staff }), path)
    expect(response.status).toBe(200)

    expect((await rest('GET', path)).status).toBe(404)
  })
})
