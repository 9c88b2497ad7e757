import type { AstroUserConfig } from 'astro'

import { env } from '../../env'
import type { BrowserEngine } from '../../search/config'

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>

/** Where the CMS sends a donor to pay: Stripe's checkout, or the local stand-in without STRIPE_SECRET_KEY (cms/donations/stripeClient.ts). */
export const checkoutOrigin = () => (env.stripe.secretKey ? 'https://checkout.stripe.com' : `http://127.0.0.1:${env.stripe.standInPort}`)

/**
 * The pages' Content-Security-Policy (astro.config.mjs's `security.csp`), written by Astro as a <meta> tag
 * into each page with the hashes of the inline scripts and styles it generates itself (island
 * hydration): no other inline script runs, and scripts come from the site alone. The directives a
 * <meta> cannot carry (frame-ancestors) are the static server's headers (site/server/serveSite.ts).
 * Style attributes (theme colours, tract card ratios) stay allowed: CSS cannot run script.
 * The CMS (`server`, SERVER_URL) is reached by the event pages' sign-up form and seats count, and
 * by the donation form and thank-you page.
 */
export function sitePolicy(search: BrowserEngine, server: string = env.serverUrl, checkout: string = checkoutOrigin()): CspConfig {
  const cms = new URL(server).origin
  return {
    directives: [
      "default-src 'self'",
      // The tract customiser draws its preview as blob: images and its artwork as data: URIs.
      "img-src 'self' data: blob:",
      // The search page may ask a Meilisearch server of its own (search/config.ts); the seats and
      // sign-up islands ask the CMS.
      `connect-src 'self' ${cms}${search.kind === 'meilisearch' ? ` ${new URL(search.host).origin}` : ''}`,
      // Video players, loaded on the visitor's click; a PeerTube video adds its instance on its page (lib/videoFrames).
      'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
      "object-src 'none'",
      "base-uri 'self'",
      // The sign-up and donation forms post to the CMS, which answers with a redirect back to the
      // site, or (a donation) to the checkout: browsers hold a form's redirects to form-action too.
      `form-action 'self' ${cms} ${checkout}`,
    ],
    styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
  }
}
