import { siteURL } from '../../playwright.config'
import { expect, test } from './fixtures'

/**
 * The public site's security headers and Content-Security-Policy as a browser gets them from `npm start`
 * (site/server/serveSite.ts, astro.config.mjs); every other e2e test fails on a CSP violation.
 */
const site = (path: string) => `${siteURL}${path}`

test('pages are sent with the security headers and a policy that runs only their own scripts', async ({ page }) => {
  const response = await page.goto(site('/fr/tracts/'))
  const headers = response?.headers() ?? {}
  expect(headers['content-security-policy']).toBe("frame-ancestors 'none'")
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['permissions-policy']).toContain('camera=()')

  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')
  const scriptSrc = /script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? ''
  expect(scriptSrc).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+\s*$/)
  expect(policy).toMatch(/default-src 'self'/)
  expect(policy).toMatch(/object-src 'none'/)
})

test.describe('an injected script', () => {
  test.use({ cspViolationsExpected: true })

  test('does not run, and the browser reports it', async ({ page }) => {
    await page.goto(site('/fr/'))
    const violation = page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true }),
        ),
    )
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.injected = true'
      document.head.append(script)
    })
    expect(await violation).toMatch(/^script-src/)
    expect(await page.evaluate(() => 'injected' in window)).toBe(false)
  })
})
