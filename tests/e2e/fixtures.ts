import { type BrowserContext, test as base, expect, type Page } from '@playwright/test'

import { demoPassword } from '../../content/seed/users'

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

/** Signs in to the admin as the demo editor (or `email`, a demo account), and waits for the dashboard. */
export const logIn = async (page: Page, email = 'editrice@example.org') => {
  await page.goto('/admin/login')
  await page.getByRole('textbox', { name: /E-mail/ }).fill(email)
  await page.getByRole('textbox', { name: 'Mot de passe' }).fill(demoPassword)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  // The admin's first page compiles on demand in development: slow the first time.
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 60_000 })
}
