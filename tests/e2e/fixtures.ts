import { type BrowserContext, test as base, type Page } from '@playwright/test'

export { type APIRequestContext, type Download, expect, type Page } from '@playwright/test'

/**
 * Every e2e test, with one more check: no page it opens breaks a Content-Security-Policy (a blocked
 * script, style, image, font, connection or frame fails the test, even when the page looks right).
 * Chromium reports each violation as a `securitypolicyviolation` event and a console error.
 */
export const test = base.extend<{ cspViolationsExpected: boolean; failOnCspViolation: void }>({
  /** Only for a test that makes a page break the policy on purpose, and checks the browser refused. */
  cspViolationsExpected: [false, { option: true }],
  failOnCspViolation: [
    async ({ context, cspViolationsExpected }, use, testInfo) => {
      const violations: string[] = []
      const watch = (page: Page) =>
        page.on('console', (message) => {
          if (message.type() === 'error' && /Content Security Policy|CSP violation/.test(message.text()))
            violations.push(`${page.url()}: ${message.text()}`)
        })
      await reportViolations(context)
      context.pages().forEach(watch)
      context.on('page', watch)
      await use()
      if (violations.length > 0 && !cspViolationsExpected && testInfo.status === testInfo.expectedStatus) {
        throw new Error(`Content-Security-Policy violations:\n${[...new Set(violations)].join('\n')}`)
      }
    },
    { auto: true },
  ],
})

/** Console errors miss violations reported only as events (report-only policies, some in frames). */
const reportViolations = (context: BrowserContext) =>
  context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    ),
  )
