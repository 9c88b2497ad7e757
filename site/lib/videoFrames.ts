/**
 * The frame-src a video's player needs on its page, beyond the providers every page allows
 * (astro.config.mjs): a PeerTube video plays from its own instance. Given to Astro.csp in the page's
 * frontmatter (a component renders after the page's <meta> CSP is written). Only a plain host is
 * accepted, so that an odd provider id cannot add directives.
 */
export function videoFrameSource(video: { source: string; providerId: string | null }): `frame-src ${string}` | null {
  if (video.source !== 'peertube' || !video.providerId) return null
  const origin = URL.parse(`https://${video.providerId.split('/')[0]}`)?.origin
  return origin && /^https:\/\/[a-z0-9.-]+(:\d+)?$/.test(origin) ? `frame-src ${origin}` : null
}
